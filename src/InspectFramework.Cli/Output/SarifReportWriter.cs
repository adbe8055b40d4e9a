using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Cli.Output;

/// <summary>
/// <c>--format sarif</c>: a SARIF 2.1.0 log with one run. The driver lists a rule for every code in
/// the catalogue (not only those found), with its description and help from docs/diagnostics.md and
/// an absolute link to its section, so viewers can explain any result; results point at the rule by id
/// and index and carry a fingerprint that survives unrelated edits above them. The invocation records
/// the exit code. Columns count UTF-16 code units, as the compiler does. Checked against the SARIF
/// 2.1.0 schema and rules by Microsoft's SARIF validator in the tests (SarifValidatorTests).
/// </summary>
internal sealed class SarifReportWriter(Uri documentationBase) : IReportWriter
{
    /// <summary>The partial fingerprint's name: versioned, as SARIF asks, so that a change of recipe
    /// reads as a new kind of fingerprint rather than as every result being new.</summary>
    public const string FingerprintName = "inspectLineHash/v1";

    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

    public const string SarifVersion = "2.1.0";

    public void Write(CheckReport report, TextWriter output)
    {
        var rules = DiagnosticCatalogue.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Code, index)).ToDictionary(r => r.Code, r => r.index, StringComparer.Ordinal);
        var artifactIndex = report.Files.Select((file, index) => (file.Path, index)).ToDictionary(a => a.Path, a => a.index, StringComparer.Ordinal);

        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", SarifVersion);
            json.WriteStartArray("runs");
            json.WriteStartObject();

            WriteTool(json, rules);

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteNumber("exitCode", report.ExitCode);
            json.WriteEndObject();
            json.WriteEndArray();

            // Every file the check was asked to read, with or without results.
            json.WriteStartArray("artifacts");
            foreach (var file in report.Files)
            {
                json.WriteStartObject();
                json.WriteStartObject("location");
                json.WriteString("uri", ToUri(file.Path));
                json.WriteEndObject();
                json.WriteStartArray("roles");
                json.WriteStringValue("analysisTarget");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("results");
            foreach (var file in report.Files)
            {
                var fingerprints = new Fingerprints(file.Path, file.Source);
                foreach (var diagnostic in file.Diagnostics)
                {
                    WriteResult(json, diagnostic, file.Source, ruleIndex, artifactIndex, fingerprints.Next(diagnostic));
                }
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private void WriteTool(Utf8JsonWriter json, IEnumerable<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "inspect");
        json.WriteString("fullName", "InspectFramework inspect");
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteString("informationUri", new Uri(documentationBase, "README.md").AbsoluteUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            var help = rule.Help;
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            WriteMultiformat(json, "fullDescription", help.DescriptionText, AbsoluteLinks(help.Description));
            WriteMultiformat(json, "help", help.FixText, AbsoluteLinks(help.Markdown));
            json.WriteString("helpUri", rule.HelpUriUnder(documentationBase));
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", JsonOutput.SeverityName(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // The catalogue links codes to each other by anchor ("[IF0010](#if0010)"); a viewer shows the help
    // away from the page, so the links get the page's published address.
    private string AbsoluteLinks(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(markdown, @"\]\(#(if[0-9]{4})\)", m => "](" + new Uri(documentationBase, DiagnosticDescriptor.DocumentationPath).AbsoluteUri + "#" + m.Groups[1].Value + ")");

    private static void WriteMultiformat(Utf8JsonWriter json, string name, string text, string markdown)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteString("markdown", markdown);
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, SourceText? source, Dictionary<string, int> ruleIndex, Dictionary<string, int> artifactIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        if (ruleIndex.TryGetValue(diagnostic.Code, out var rule))
        {
            json.WriteNumber("ruleIndex", rule);
        }

        json.WriteString("level", JsonOutput.SeverityName(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, diagnostic.Location, artifactIndex);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, fingerprint);
        json.WriteEndObject();

        if (!diagnostic.RelatedLocations.IsEmpty)
        {
            json.WriteStartArray("relatedLocations");
            var id = 0;
            foreach (var related in diagnostic.RelatedLocations)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysicalLocation(json, related.Location, artifactIndex);
                json.WriteStartObject("message");
                json.WriteString("text", related.Message);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (source is not null && !diagnostic.Fixes.IsEmpty)
        {
            WriteFixes(json, diagnostic, source, artifactIndex);
        }

        json.WriteEndObject();
    }

    // SARIF's fix: one artifact change with its replacements; an insertion deletes an empty region.
    // SARIF has no notion of a preferred fix: it goes in the fix's property bag.
    private static void WriteFixes(Utf8JsonWriter json, Diagnostic diagnostic, SourceText source, Dictionary<string, int> artifactIndex)
    {
        json.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Title);
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifactLocation(json, diagnostic.Location.Path, artifactIndex);
            json.WriteStartArray("replacements");
            foreach (var change in fix.Changes)
            {
                json.WriteStartObject();
                json.WriteStartObject("deletedRegion");
                WriteRegion(json, source.GetLinePositionSpan(change.Span));
                json.WriteEndObject();
                if (change.NewText.Length > 0)
                {
                    json.WriteStartObject("insertedContent");
                    json.WriteString("text", change.NewText);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteBoolean("isPreferred", fix.IsPreferred);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // A diagnostic about a file as a whole (it could not be read, it is too large) has no region.
    private static void WritePhysicalLocation(Utf8JsonWriter json, Location location, Dictionary<string, int> artifactIndex)
    {
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, location.Path, artifactIndex);
        if (location.HasPosition)
        {
            json.WriteStartObject("region");
            WriteRegion(json, location.LineSpan);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path, Dictionary<string, int> artifactIndex)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(path));
        if (artifactIndex.TryGetValue(path, out var artifact))
        {
            json.WriteNumber("index", artifact);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, LinePositionSpan span)
    {
        json.WriteNumber("startLine", span.Start.Line + 1);
        json.WriteNumber("startColumn", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
    }

    /// <summary>The assembly version as major.minor.patch; the informational version may carry a
    /// commit hash, which would make the log differ between identical builds from different clones.</summary>
    private static string ToolVersion
    {
        get
        {
            var version = typeof(SarifReportWriter).Assembly.GetName().Version ?? new Version(0, 0, 0);
            return $"{version.Major}.{version.Minor}.{Math.Max(0, version.Build)}";
        }
    }

    /// <summary>
    /// SARIF locations are URIs. A relative path stays a relative reference (viewers resolve it
    /// against the folder the check ran in), with '/' separators and each segment percent-encoded;
    /// an absolute path becomes a file: URI.
    /// </summary>
    internal static string ToUri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        var segments = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return string.Join("/", segments.Select(Uri.EscapeDataString));
    }

    /// <summary>
    /// The partial fingerprints of one file's results: a hash of the code, the file and the text of the
    /// line the result starts on (trimmed), with a count of earlier results that share all three, so
    /// that a result keeps its fingerprint when lines are added above it and CI can tell new results
    /// from old. A result about the whole file hashes its message instead of a line.
    /// </summary>
    private sealed class Fingerprints(string path, SourceText? source)
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Next(Diagnostic diagnostic)
        {
            var location = diagnostic.Location;
            var anchor = location.HasPosition && source is not null && location.LineSpan.Start.Line < source.LineCount
                ? source[source.GetLineSpan(location.LineSpan.Start.Line)].Trim()
                : diagnostic.Message;
            var key = string.Join("\n", diagnostic.Code, ToUri(path), anchor);
            var occurrence = _seen.TryGetValue(key, out var n) ? n + 1 : 1;
            _seen[key] = occurrence;
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
            return Convert.ToHexStringLower(hash.AsSpan(0, 16)) + ":" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
