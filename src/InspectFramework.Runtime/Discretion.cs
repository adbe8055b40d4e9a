using System;
using System.Collections.Immutable;
using System.Globalization;

namespace InspectFramework.Runtime;

/// <summary>One move professional discretion may make, optionally only near the threshold between the levels.</summary>
public sealed record DiscretionMove(RatingLevel From, RatingLevel To, decimal? WithinPoints);

/// <summary>The discretion a standard allows.</summary>
public sealed record DiscretionRule(bool RationaleRequired, ImmutableArray<DiscretionMove> Moves);

/// <summary>A ratings panel's decision to move a standard's rating.</summary>
public sealed record DiscretionRequest(string Standard, string ToLevel, string? Rationale);

/// <summary>Whether a discretion request is within the framework's rules, and why not.</summary>
public sealed record DiscretionVerdict(bool Allowed, string? Reason)
{
    /// <summary>The request is allowed.</summary>
    public static readonly DiscretionVerdict Yes = new(true, null);
}

