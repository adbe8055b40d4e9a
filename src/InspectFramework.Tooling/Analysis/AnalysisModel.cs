using System;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Runtime;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;
using InspectFramework.Tooling.Statistics;

namespace InspectFramework.Tooling.Analysis;

public enum AnalysisRowKind
{
    /// <summary>A pooled score: its contributing key questions pooled over the cases.</summary>
    Score,

    KeyQuestion,
}

/// <summary>
/// A line of the analysis: a key question, or a pooled score with the key question slots that
/// contribute to it (<see cref="Number"/> is then the score's name). Percentages are rounded by
/// <see cref="Rounding"/> to <see cref="Decimals"/>, the framework's rule for the item (its standard's
/// band table, or the score's rule), half up to whole numbers where the framework states none.
/// </summary>
public sealed record AnalysisRowDefinition(
    AnalysisRowKind Kind,
    string Number,
    string Name,
    string Text,
    ImmutableArray<int> Slots,
    PercentageRounding Rounding,
    int Decimals);

/// <summary>How many applicable answers were yes, of how many (yes or no).</summary>
public readonly record struct Proportion(long Yes, long Total)
{
    public bool IsEmpty => Total == 0;

    public Proportion Add(Proportion other) => new(Yes + other.Yes, Total + other.Total);

    /// <summary>The rounded percentage, null when nothing applied.</summary>
    public decimal? Percent(AnalysisRowDefinition row)
    {
        if (Total <= 0)
        {
            return null;
        }

        return Percentages.Round(100m * Yes / Total, row.Rounding, row.Decimals);
    }
}

/// <summary>One line of the tables: the figures for every subgroup, the test between the subgroups,
/// and the figures of each inspection.</summary>
public sealed record AnalysisRow(
    AnalysisRowDefinition Definition,
    Proportion All,
    ImmutableArray<Proportion> Groups,
    Proportion NotRecorded,
    Proportion OutsideBands,
    SignificanceResult? Test,
    string? NotTestedReason,
    ImmutableArray<Proportion> ByInspection)
{
    /// <summary>The lowest and highest percentage among the inspections where the row applied; null
    /// when it applied in none.</summary>
    public (decimal Low, decimal High, int Inspections)? Range
    {
        get
        {
            var percentages = ByInspection.Select(p => p.Percent(Definition)).Where(p => p is not null).Select(p => p!.Value).ToList();
            return percentages.Count == 0 ? null : (percentages.Min(), percentages.Max(), percentages.Count);
        }
    }

    /// <summary>The report's stars, "-" when not significant (or not tested).</summary>
    public string Stars => Test is { Stars: { Length: > 0 } stars } ? stars : "-";
}

/// <summary>An inspection file as read: its details, its result (ratings, counts and problems).</summary>
public sealed record AnalysedInspection(string File, InspectionMetadata Metadata, InspectionResult Result)
{
    public string Service => Metadata.Service ?? File;
}

/// <summary>How many cases fell in each subgroup.</summary>
public sealed record SubgroupCases(long All, ImmutableArray<long> Groups, long NotRecorded, long OutsideBands);

/// <summary>
/// The subgroup analysis of one or more inspections: per key question (and score), "% yes" and N for
/// every subgroup of a fact, with a significance test, and the national view (each inspection, the
/// pooled total, the range). Refused (no figures) when any inspection has a problem, as
/// <c>inspect score</c> refuses, or when the fact cannot be split (<see cref="Refusal"/>).
/// </summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(
        ScoringPlan plan,
        SubgroupFact by,
        ImmutableArray<Subgroup> groups,
        ImmutableArray<AnalysedInspection> inspections,
        SubgroupCases cases,
        ImmutableArray<AnalysisRow> rows,
        string? refusal)
    {
        Plan = plan;
        By = by;
        Groups = groups;
        Inspections = inspections;
        Cases = cases;
        Rows = rows;
        Refusal = refusal;
    }

    public ScoringPlan Plan { get; }

    public SubgroupFact By { get; }

    public ImmutableArray<Subgroup> Groups { get; }

    public ImmutableArray<AnalysedInspection> Inspections { get; }

    public SubgroupCases Cases { get; }

    /// <summary>Scores first (declaration order), then key questions in framework order; empty when refused.</summary>
    public ImmutableArray<AnalysisRow> Rows { get; }

    /// <summary>Why nothing was analysed beyond the inspections' own problems, if it was not.</summary>
    public string? Refusal { get; }

    public bool IsAnalysed => Refusal is null && Inspections.All(i => i.Result.IsScored);

    public long ProblemCount => Inspections.Sum(i => i.Result.ProblemCount);

    public bool HasScores => Rows.Any(r => r.Definition.Kind == AnalysisRowKind.Score);

    /// <summary>True when the framework rates standards (the youth framework), so each inspection has ratings.</summary>
    public bool HasRatings => Plan.RatedStandards > 0;
}
