using System;
using System.Globalization;
using System.Text;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.Scoring;

/// <summary>
/// A reason an inspection cannot be scored as recorded: a validation finding (IV00xx, shared with
/// generated code), a problem in a case record (IV01xx), in the inspection's own entries (IV02xx) or
/// in a data file (IV03xx). Codes and messages come from <see cref="Findings"/> and
/// <see cref="CaseDataProblems"/> only.
/// </summary>
public sealed record InspectionProblem(string Code, string Message, string? CaseId, string? Path, DataLocation? Location)
{
    public static InspectionProblem FromFinding(ValidationFinding finding, DataLocation? location) =>
        new(finding.Code, finding.Message, finding.IsInspectionLevel ? null : finding.CaseId, finding.Path, location);

    /// <summary><c>file(line,col): error IV0001: case L-C01: 2.1.1 / prompt: victims: message</c>, on
    /// one line: line breaks and other control characters that came from the data are escaped.</summary>
    public string ToCanonicalString()
    {
        var builder = new StringBuilder();
        if (Location is { } location)
        {
            builder.Append(location.ToString()).Append(": ");
        }

        builder.Append("error ").Append(Code).Append(": ");
        if (CaseId is not null)
        {
            builder.Append("case ").Append(CaseId.Length == 0 ? "(no id)" : CaseId).Append(": ");
        }

        if (Path is not null)
        {
            builder.Append(Path).Append(": ");
        }

        builder.Append(Message);
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                var escape = c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                };
                builder.Remove(i, 1).Insert(i, escape);
                i += escape.Length - 1;
            }
        }

        return builder.ToString();
    }

    public override string ToString() => ToCanonicalString();
}
