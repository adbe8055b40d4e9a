using InspectFramework.Compiler.Model;

namespace InspectFramework.Tooling.CaseData;

/// <summary>What an inspection data file says about the inspection itself; <see cref="Framework"/>
/// is the stamp of the framework it was recorded under (docs/change-control.md).</summary>
public sealed record InspectionMetadata(
    string? Service,
    string? Inspectorate,
    string? FieldworkStarted,
    string? FieldworkEnded,
    string? Published,
    FrameworkIdentity? Framework)
{
    public static InspectionMetadata Empty { get; } = new(null, null, null, null, null, null);
}

/// <summary>A rating recorded for a standard: a judgement (domain 1) or a discretion decision.</summary>
public sealed record RatingDecision(string Standard, string Rating, string? Rationale);

/// <summary>How far reading has got, for progress display.</summary>
public readonly record struct ReadProgress(string File, long Position, long Length, long CasesRead);
