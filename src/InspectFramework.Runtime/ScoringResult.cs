using System.Collections.Immutable;

namespace InspectFramework.Runtime;

/// <summary>
/// The outcome of scoring an inspection with a generated scorer: the score, or the findings that
/// prevent one. An inspection with any finding (about a case, a missing judgement or a refused
/// discretion request) is not scored, and <see cref="Score"/> is null.
/// </summary>
public sealed record ScoringResult(InspectionScore? Score, ImmutableArray<ValidationFinding> Findings)
{
    /// <summary>True when the inspection was scored.</summary>
    public bool IsScored => Score is not null;
}
