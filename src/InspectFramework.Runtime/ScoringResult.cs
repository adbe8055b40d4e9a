using System.Collections.Immutable;

namespace InspectFramework.Runtime;

/// <summary>A professional discretion request that was refused, and why. A refused request is never
/// applied, and the inspection is not scored until it is withdrawn or corrected.</summary>
public sealed record DiscretionRefusal(DiscretionRequest Request, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"standard {Request.Standard}: discretion to '{Request.ToLevel}' refused: {Reason}";
}

/// <summary>
/// The outcome of scoring an inspection: the score, or why there is none. An inspection with any
/// validation finding, or any refused discretion request, is not scored (<see cref="Score"/> is null).
/// </summary>
public sealed record ScoringResult(InspectionScore? Score, ImmutableArray<ValidationFinding> Findings, ImmutableArray<DiscretionRefusal> Refusals)
{
    /// <summary>True when the inspection was scored.</summary>
    public bool IsScored => Score is not null;

    /// <summary>A scored inspection.</summary>
    public static ScoringResult Scored(InspectionScore score) =>
        new(score, ImmutableArray<ValidationFinding>.Empty, ImmutableArray<DiscretionRefusal>.Empty);

    /// <summary>An inspection not scored because its cases have validation findings.</summary>
    public static ScoringResult Invalid(ImmutableArray<ValidationFinding> findings) =>
        new(null, findings, ImmutableArray<DiscretionRefusal>.Empty);

    /// <summary>An inspection not scored because discretion requests were refused.</summary>
    public static ScoringResult Refused(ImmutableArray<DiscretionRefusal> refusals) =>
        new(null, ImmutableArray<ValidationFinding>.Empty, refusals);
}
