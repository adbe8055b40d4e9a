using System.Collections.Generic;

namespace InspectFramework.Tooling.CaseData;

/// <summary>A recorded fact value: a bool, an int, or an enumeration member's name.</summary>
public readonly record struct FactValue(string Name, object Value);

/// <summary>An answer to an item, named by its path; <see cref="Answer"/> is "yes", "no",
/// "not_applicable", a text, or a number written in invariant form; either part may be absent.</summary>
public sealed record CaseAnswer(string Path, string? Answer, string? Rationale = null);

/// <summary>One case as the writers write it (docs/case-data.md).</summary>
public sealed record RecordedCase(string Id, string CaseType, IReadOnlyList<FactValue> Facts, IReadOnlyList<CaseAnswer> Answers);
