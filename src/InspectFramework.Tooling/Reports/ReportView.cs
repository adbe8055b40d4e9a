using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using InspectFramework.Runtime;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.Reports;

/// <summary>A standard as every report shows it.</summary>
internal sealed record StandardView(
    PlanStandard Plan,
    StandardScore Score,
    string? DecidingKeyQuestion,
    int? Note,
    string? JudgementRationale)
{
    public bool IsJudgement => Score.Kind == StandardRatingKind.Judgement;

    /// <summary>A <c>not rated</c> standard: its key questions as percentages only, no rating.</summary>
    public bool IsNotRated => Score.Kind == StandardRatingKind.NotRated;

    public int Decimals => Plan.Bands?.Decimals ?? 0;

    /// <summary>Lower edges of the bands above the lowest: where the bars mark the thresholds.</summary>
    public IEnumerable<(decimal Edge, RatingLevel Level)> Thresholds =>
        Plan.Bands is null ? Enumerable.Empty<(decimal, RatingLevel)>() : Plan.Bands.Bands.OrderBy(b => b.Low).Skip(1).Select(b => (b.Low, b.Level));
}

internal sealed record DomainView(DomainResult Result, ImmutableArray<StandardView> Standards);

/// <summary>What the text, Markdown, JSON and HTML reports share: the result arranged by domain,
/// discretion notes numbered in order, and invariant formatting.</summary>
internal sealed class ReportView
{
    public ReportView(InspectionResult result, InspectionMetadata metadata)
    {
        Result = result;
        Metadata = metadata;
        Score = result.Score ?? throw new ArgumentException("Only a scored inspection has a report.", nameof(result));
        var note = 0;
        var domains = ImmutableArray.CreateBuilder<DomainView>();
        foreach (var domain in result.Domains)
        {
            var standards = ImmutableArray.CreateBuilder<StandardView>();
            foreach (var index in domain.Standards)
            {
                var plan = result.Plan.Standards[index];
                var score = Score.Standards[index];
                string? deciding = null;
                if (score.Computed is { } computed && score.DecidingPercentage is { } percentage)
                {
                    deciding = score.KeyQuestions.First(k => k.Band?.Ordinal == computed.Ordinal && k.Percentage == percentage).Number;
                }

                standards.Add(new StandardView(plan, score, deciding, score.DiscretionApplied ? ++note : null, result.JudgementRationales[index]));
            }

            domains.Add(new DomainView(domain, standards.ToImmutable()));
        }

        Domains = domains.ToImmutable();
    }

    public InspectionResult Result { get; }

    public InspectionMetadata Metadata { get; }

    public InspectionScore Score { get; }

    public ImmutableArray<DomainView> Domains { get; }

    public IEnumerable<StandardView> Standards => Domains.SelectMany(d => d.Standards);

    public IEnumerable<StandardView> Discretion => Standards.Where(s => s.Note is not null);

    /// <summary>Rated standards that got no rating (no key question applied); `not rated` ones are not among them.</summary>
    public IEnumerable<StandardView> Unrated => Standards.Where(s => s.Plan.IsRated && s.Score.Final is null);

    /// <summary>False for a framework of pooled scores only: no ratings, no overall rating.</summary>
    public bool HasRatings => Result.Plan.RatedStandards > 0;

    /// <summary>The pooled scores with their plans (for the decimals of their rounding), in declaration order.</summary>
    public IEnumerable<(PooledScore Score, PlanScore Plan)> Scores => Score.Scores.Select((s, i) => (s, Result.Plan.Scores[i]));

    public string Service => Metadata.Service ?? "Inspection";

    public string FrameworkLine => $"{Result.Plan.Model.Name} version {Result.Plan.Model.Version}, {Result.Plan.Model.ContentHash}";

    /// <summary>"36 read = 36 scored + 0 rejected".</summary>
    public string CasesLine
    {
        get
        {
            if (Result.FromRatingsAlone)
            {
                return "none: scored from the recorded standard ratings alone";
            }

            var plan = Result.Plan;
            var parts = new List<string>();
            for (var i = 0; i < plan.CaseTypes.Length; i++)
            {
                parts.Add($"{plan.CaseTypeLabels[i]} {Count(Result.CasesByType[i])}");
            }

            var byType = parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
            return $"{Count(Result.CasesRead)} read = {Count(Result.CasesScored)} scored + {Count(Result.CasesRejected)} rejected{ResultSummary.EmptyRows(Result)}{byType}";
        }
    }

    public string OverallLine
    {
        get
        {
            if (Score.Overall is { } overall)
            {
                return $"{overall.Label} ({Score.TotalPoints} of {Score.MaxPoints} points)";
            }

            var unrated = Unrated.Select(s => s.Plan.Number).ToList();
            var list = unrated.Count == 1 ? $"standard {unrated[0]} has" : $"standards {string.Join(", ", unrated.Take(unrated.Count - 1))} and {unrated[^1]} have";
            return $"none: {list} no rating (no key question applied to the cases inspected)";
        }
    }

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Percent(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>"computed Requires improvement, rated Good: the deciding key question 2.1.3 scored 62%, 3 points below the Good threshold of 65%".</summary>
    public static string DiscretionSentence(StandardView standard)
    {
        var score = standard.Score;
        var computed = score.Computed!;
        var final = score.Final!;
        var text = $"computed {computed.Label}, rated {final.Label} by professional discretion";
        if (score.DecidingPercentage is { } deciding && standard.Plan.Bands is { } bands)
        {
            var higher = computed.Ordinal > final.Ordinal ? computed : final;
            if (bands.LowerEdgeOf(higher) is { } edge)
            {
                var distance = Math.Abs(edge - deciding);
                text += $": the deciding key question {standard.DecidingKeyQuestion} scored {Percent(deciding, standard.Decimals)}, {Number(distance)} {(distance == 1 ? "point" : "points")} from the {higher.Label} threshold of {Percent(edge, standard.Decimals)}";
            }
        }

        return text;
    }

    /// <summary>Colours by position on the scale, lowest red to highest dark green (inspectorate style).</summary>
    public string Colour(RatingLevel level)
    {
        var count = Result.Plan.Levels.Length;
        string[] palette = count switch
        {
            1 => new[] { "#00703c" },
            2 => new[] { "#d4351c", "#00703c" },
            3 => new[] { "#d4351c", "#f47738", "#00703c" },
            _ => new[] { "#d4351c", "#f47738", "#4c9f38", "#00502f" },
        };
        var position = count <= 1 ? 0 : (int)Math.Round((double)level.Ordinal * (palette.Length - 1) / (count - 1), MidpointRounding.AwayFromZero);
        return palette[Math.Min(position, palette.Length - 1)];
    }

    public bool IsTop(RatingLevel level) => level.Ordinal == Result.Plan.Levels.Length - 1;
}
