namespace InspectFramework.Tooling.CaseData;

/// <summary>An answer to an item, named by its path; <see cref="Answer"/> is "yes", "no",
/// "not_applicable", a text, or a number written in invariant form; either part may be absent.</summary>
public sealed record CaseAnswer(string Path, string? Answer, string? Rationale = null);
