using System.IO;
using System.Text.Json;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Cli.Output;

/// <summary>
/// <c>--format json</c>: the document described in docs/cli.md ("JSON output"). Its shape is a
/// contract with scripts: add properties only at the end of an object, bump <see cref="FormatVersion"/>
/// on any other change.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public const int FormatVersion = 1;

    public void Write(CheckReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("formatVersion", FormatVersion);

        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteNumber("errors", file.Errors);
            json.WriteNumber("warnings", file.Warnings);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();

        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Files.Length);
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteEndObject();

        json.WriteEndObject();
    });

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.LineSpan;
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", JsonOutput.SeverityName(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        json.WriteString("path", diagnostic.Location.Path);
        json.WriteNumber("startLine", span.Start.Line + 1);
        json.WriteNumber("startColumn", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
        json.WriteEndObject();
    }
}
