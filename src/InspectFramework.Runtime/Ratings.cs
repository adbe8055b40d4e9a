using System;
using System.Collections.Immutable;
using System.Globalization;

namespace InspectFramework.Runtime;

/// <summary>The rating arithmetic every back end shares.</summary>
public static class Ratings
{
    /// <summary>The lowest band among key questions that have one, and the percentage that decided it
    /// (the lowest percentage among the key questions in that band). Null when none applies.</summary>
    public static (RatingLevel? Level, decimal? Deciding) LowestBand(ImmutableArray<KeyQuestionScore> keyQuestions)
    {
        RatingLevel? lowest = null;
        decimal? deciding = null;
        foreach (var question in keyQuestions)
        {
            if (question.Band is null || question.Percentage is null)
            {
                continue;
            }

            if (lowest is null || question.Band.Ordinal < lowest.Ordinal || (question.Band.Ordinal == lowest.Ordinal && question.Percentage < deciding))
            {
                lowest = question.Band;
                deciding = question.Percentage;
            }
        }

        return (lowest, deciding);
    }

    /// <summary>
    /// Scores a key question from its counts: the percentage rounded by the band table's rule and its
    /// band; no applicable case (or no band table) gives neither.
    /// </summary>
    public static KeyQuestionScore ScoreKeyQuestion(string number, string name, int yes, int applicable, BandTable? bands)
    {
        if (bands is null || applicable == 0)
        {
            return new KeyQuestionScore(number, name, yes, applicable, null, null);
        }

        var percentage = Percentages.Compute(yes, applicable, bands.Rounding, bands.Decimals);
        return new KeyQuestionScore(number, name, yes, applicable, percentage, percentage is { } value ? bands.Classify(value) : null);
    }

    /// <summary>
    /// Scores a key question of a standard that is not rated: the percentage rounded by the published
    /// default (<see cref="Percentages.DefaultRounding"/> to <see cref="Percentages.DefaultDecimals"/>
    /// decimals), no band; no applicable case gives no percentage.
    /// </summary>
    public static KeyQuestionScore ScoreUnratedKeyQuestion(string number, string name, int yes, int applicable) =>
        new(number, name, yes, applicable, Percentages.Compute(yes, applicable, Percentages.DefaultRounding, Percentages.DefaultDecimals), null);

    /// <summary>
    /// A pooled score from its counts, summed over every contributing key question and every case:
    /// the percentage rounded by the score's rule; none when nothing applied.
    /// </summary>
    public static PooledScore Pool(string name, string label, int yes, int applicable, PercentageRounding rounding, int decimals) =>
        new(name, label, yes, applicable, Percentages.Compute(yes, applicable, rounding, decimals));

    /// <summary>
    /// Checks a discretion request against the rule: the move from the computed to the requested level
    /// must be listed, the deciding percentage must lie within the move's points of the threshold
    /// between the two levels (the lower edge of the higher level's band), and a rationale must be
    /// given when the rule requires one.
    /// </summary>
    public static DiscretionVerdict CheckDiscretion(DiscretionRule? rule, BandTable bands, RatingLevel? computed, decimal? deciding, RatingLevel requested, string? rationale)
    {
        if (computed is null || deciding is null)
        {
            return new DiscretionVerdict(false, "the standard has no computed rating to move (no key question applied to the cases inspected)");
        }

        if (rule is null || rule.Moves.IsDefaultOrEmpty)
        {
            return new DiscretionVerdict(false, "the framework allows no professional discretion for this standard");
        }

        if (rule.RationaleRequired && string.IsNullOrWhiteSpace(rationale))
        {
            return new DiscretionVerdict(false, "a rationale is required: record why the ratings panel moved the rating");
        }

        DiscretionMove? move = null;
        foreach (var candidate in rule.Moves)
        {
            if (candidate.From.Ordinal == computed.Ordinal && candidate.To.Ordinal == requested.Ordinal)
            {
                move = candidate;
                break;
            }
        }

        if (move is null)
        {
            return new DiscretionVerdict(false, $"the framework does not allow moving '{computed.Label}' to '{requested.Label}'");
        }

        if (move.WithinPoints is { } within)
        {
            var higher = computed.Ordinal > requested.Ordinal ? computed : requested;
            var threshold = bands.LowerEdgeOf(higher);
            if (threshold is null)
            {
                return new DiscretionVerdict(false, $"band table '{bands.Name}' has no band for '{higher.Label}'");
            }

            var distance = Math.Abs(threshold.Value - deciding.Value);
            if (distance > within)
            {
                return new DiscretionVerdict(false, string.Format(
                    CultureInfo.InvariantCulture,
                    "the deciding key question's {0}% is {1} points from the '{2}' threshold of {3}%, more than the {4} points allowed",
                    deciding.Value,
                    distance,
                    higher.Label,
                    threshold.Value,
                    within));
            }
        }

        return DiscretionVerdict.Yes;
    }
}
