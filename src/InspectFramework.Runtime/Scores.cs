using System.Collections.Immutable;

namespace InspectFramework.Runtime;

/// <summary>A key question over an inspection's cases. No applicable case: no percentage and no band
/// ("not applicable for the cases inspected"), and the key question drops out of its standard's rating.</summary>
public sealed record KeyQuestionScore(string Number, string Name, int YesCount, int ApplicableCount, decimal? Percentage, RatingLevel? Band)
{
    /// <summary>True when no inspected case had this key question applicable.</summary>
    public bool NotApplicableForCasesInspected => ApplicableCount == 0;
}

/// <summary>How a standard gets its rating.</summary>
public enum StandardRatingKind
{
    /// <summary>Recorded by inspectors (domain 1).</summary>
    Judgement = 1,

    /// <summary>The lowest band among its applicable key questions.</summary>
    LowestKeyQuestion = 2,

    /// <summary>No rating: its key questions are reported as percentages (and feed pooled scores) only.</summary>
    NotRated = 3,
}

/// <summary>A standard's rating: the computed one, the final one (after any discretion) and the reason for a difference.</summary>
public sealed record StandardScore(
    string Number,
    string Name,
    StandardRatingKind Kind,
    ImmutableArray<KeyQuestionScore> KeyQuestions,
    RatingLevel? Computed,
    decimal? DecidingPercentage,
    RatingLevel? Final,
    string? Rationale)
{
    /// <summary>True when professional discretion moved the rating.</summary>
    public bool DiscretionApplied => Kind == StandardRatingKind.LowestKeyQuestion && Final is not null && Computed is not null && Final.Ordinal != Computed.Ordinal;
}

/// <summary>
/// A pooled score over an inspection: <see cref="YesCount"/> answers "yes" out of
/// <see cref="ApplicableCount"/> answers "yes" or "no", over every key question contributing to it
/// and every case to which the key question applies. <see cref="Percentage"/> is rounded by the
/// score's rule, and null when nothing applied.
/// </summary>
public sealed record PooledScore(string Name, string Label, int YesCount, int ApplicableCount, decimal? Percentage);

/// <summary>
/// The scored inspection. <see cref="Overall"/> and <see cref="TotalPoints"/> are null when a rated
/// standard has no rating, and when the framework rates nothing (every standard not rated: then
/// <see cref="MaxPoints"/> is 0). <see cref="Scores"/> holds the framework's pooled scores in
/// declaration order (empty when it declares none).
/// </summary>
public sealed record InspectionScore(
    string Framework,
    string Version,
    string ContentHash,
    ImmutableArray<StandardScore> Standards,
    int? TotalPoints,
    int MaxPoints,
    RatingLevel? Overall,
    ImmutableArray<PooledScore> Scores);
