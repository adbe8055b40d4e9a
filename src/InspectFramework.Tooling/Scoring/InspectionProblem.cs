using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.Scoring;

/// <summary>
/// A reason an inspection cannot be scored as recorded: a validation finding (IV00xx, shared with
/// generated code), a problem in a case record (IV01xx), in the inspection's own entries (IV02xx) or
/// in a data file (IV03xx). A diagnostic like the compiler's, about a case and an item when it is.
/// Codes and messages come from <see cref="Findings"/> and <see cref="CaseDataProblems"/> only.
/// </summary>
public sealed record InspectionProblem : Diagnostic
{
    public InspectionProblem(string code, string message, string? caseId, string? itemPath, Location? location)
        : base(code, DiagnosticSeverity.Error, message, location ?? Location.None)
    {
        CaseId = caseId;
        ItemPath = itemPath;
    }

    /// <summary>The case the problem is about; null for the inspection as a whole or a file.</summary>
    public string? CaseId { get; init; }

    /// <summary>The item or standard the problem is about ("2.1.1 / prompt: victims", "standard 2.1").</summary>
    public string? ItemPath { get; init; }

    /// <summary>The spreadsheet cell or row of a CSV problem, "row 14, column 6 (F)" or "row 14", as a
    /// team finds it in Excel (the location keeps the physical line and character for editors).</summary>
    public string? Cell { get; init; }

    public static InspectionProblem FromFinding(ValidationFinding finding, Location? location) =>
        new(finding.Code, finding.Message, finding.IsInspectionLevel ? null : finding.CaseId, finding.Path, location);

    /// <summary><c>file(line,col): error IV0001: [row 14: ]case L-C01: 2.1.1 / prompt: victims: message</c>.</summary>
    protected override string Subject =>
        (Cell is null ? string.Empty : Cell + ": ")
        + (CaseId is null ? string.Empty : "case " + (CaseId.Length == 0 ? "(no id)" : CaseId) + ": ")
        + (ItemPath is null ? string.Empty : ItemPath + ": ");
}
