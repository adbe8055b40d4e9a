using System.Collections.Generic;

namespace InspectFramework.Tooling.CaseData;

/// <summary>One case as the writers write it (docs/case-data.md).</summary>
public sealed record RecordedCase(string Id, string CaseType, IReadOnlyList<FactValue> Facts, IReadOnlyList<CaseAnswer> Answers);
