using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

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
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic, file.Source);
            }
        }

        json.WriteEndArray();

        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Files.Length);
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteEndObject();

        json.WriteEndObject();
    });

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic, SourceText? source)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", JsonOutput.SeverityName(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        json.WriteString("path", diagnostic.Location.Path);
        WriteRange(json, diagnostic.Location.LineSpan);

        json.WriteStartArray("fixes");
        foreach (var fix in source is null ? ImmutableArray<CodeFix>.Empty : diagnostic.Fixes)
        {
            json.WriteStartObject();
            json.WriteString("title", fix.Title);
            json.WriteBoolean("isPreferred", fix.IsPreferred);
            json.WriteStartArray("changes");
            foreach (var change in fix.Changes)
            {
                json.WriteStartObject();
                WriteRange(json, source!.GetLinePositionSpan(change.Span));
                json.WriteString("newText", change.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("relatedLocations");
        foreach (var related in diagnostic.RelatedLocations)
        {
            json.WriteStartObject();
            json.WriteString("message", related.Message);
            json.WriteString("path", related.Location.Path);
            WriteRange(json, related.Location.LineSpan);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // One-based lines and columns (UTF-16 code units), the end exclusive.
    private static void WriteRange(Utf8JsonWriter json, LinePositionSpan span)
    {
        json.WriteNumber("startLine", span.Start.Line + 1);
        json.WriteNumber("startColumn", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
    }
}
