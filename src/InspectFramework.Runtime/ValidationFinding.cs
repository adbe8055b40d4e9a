namespace InspectFramework.Runtime;

/// <summary>
/// A problem in a case's answers, with the case and the item's path ("2.1.1 / prompt: victims").
/// Findings about the inspection as a whole (judgements, discretion) have an empty <see cref="CaseId"/>
/// and a standard's path ("standard 2.1").
/// Created only through <see cref="Findings"/> so generated validators and the evaluator report alike.
/// </summary>
public sealed record ValidationFinding(string Code, string CaseId, string Path, string Message)
{
    /// <summary>True when the finding is about the inspection as a whole rather than one case.</summary>
    public bool IsInspectionLevel => CaseId.Length == 0;

    /// <inheritdoc />
    public override string ToString() => IsInspectionLevel ? $"{Path}: {Code}: {Message}" : $"case {CaseId}: {Path}: {Code}: {Message}";
}

