using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Tests.Cli;

/// <summary>
/// Checks a SARIF log against what the SARIF 2.1.0 schema requires of the parts we write (no schema
/// validator package is available here): required properties, their types, 1-based regions, rule
/// references that resolve, and help links that land on a section of docs/diagnostics.md.
/// </summary>
public static class SarifShape
{
    private static readonly string[] Levels = { "none", "note", "warning", "error" };

    public static void AssertValid(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var log = document.RootElement;
        Assert.Equal("2.1.0", String(log, "version"));
        Assert.StartsWith("https://", String(log, "$schema"), StringComparison.Ordinal);
        Assert.EndsWith("sarif-schema-2.1.0.json", String(log, "$schema"), StringComparison.Ordinal);

        var runs = Array(log, "runs");
        Assert.Single(runs);
        var run = runs[0];
        var driver = Object(Object(run, "tool"), "driver");
        Assert.Equal("inspect", String(driver, "name"));

        var rules = Array(driver, "rules");
        Assert.Equal(DiagnosticCatalogue.All.Select(d => d.Code), rules.Select(r => String(r, "id")));
        var anchors = DocumentedAnchors();
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(String(Object(rule, "shortDescription"), "text")));
            Assert.False(string.IsNullOrWhiteSpace(String(Object(rule, "fullDescription"), "text")));
            Assert.False(string.IsNullOrWhiteSpace(String(Object(rule, "help"), "text")));
            Assert.Matches("^[A-Z][a-z0-9]+([A-Z][a-z0-9]+)*$", String(rule, "name"));
            var help = String(rule, "helpUri");
            Assert.StartsWith(DiagnosticDescriptor.DocumentationBaseUri + "docs/diagnostics.md#", help, StringComparison.Ordinal);
            Assert.Contains(help.Substring(help.IndexOf('#', StringComparison.Ordinal) + 1), anchors);
            Assert.Contains(String(Object(rule, "defaultConfiguration"), "level"), Levels);
        }

        var artifacts = Array(run, "artifacts");
        foreach (var artifact in artifacts)
        {
            Assert.False(string.IsNullOrEmpty(String(Object(artifact, "location"), "uri")));
        }

        Assert.Equal("utf16CodeUnits", String(run, "columnKind"));
        var invocation = Assert.Single(Array(run, "invocations"));
        Assert.True(Property(invocation, "executionSuccessful").GetBoolean());
        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in Array(run, "results"))
        {
            var ruleId = String(result, "ruleId");
            var ruleIndex = Number(result, "ruleIndex");
            Assert.Equal(ruleId, String(rules[ruleIndex], "id"));
            Assert.Contains(String(result, "level"), Levels);
            Assert.False(string.IsNullOrWhiteSpace(String(Object(result, "message"), "text")));

            Assert.True(fingerprints.Add(String(Object(result, "partialFingerprints"), "inspectLineHash/v1")), "Two results share a fingerprint.");
            var locations = Array(result, "locations");
            Assert.Single(locations);
            var physical = Object(locations[0], "physicalLocation");
            var artifactLocation = Object(physical, "artifactLocation");
            var index = Number(artifactLocation, "index");
            Assert.Equal(String(Object(artifacts[index], "location"), "uri"), String(artifactLocation, "uri"));

            // Only a diagnostic about a file as a whole has no region (CheckCommandTests shows one).
            if (physical.TryGetProperty("region", out var region))
            {
                AssertRegion(region);
            }

            if (result.TryGetProperty("relatedLocations", out var related))
            {
                foreach (var location in related.EnumerateArray())
                {
                    Assert.True(Number(location, "id") >= 0);
                    var relatedPhysical = Object(location, "physicalLocation");
                    Assert.False(string.IsNullOrEmpty(String(Object(relatedPhysical, "artifactLocation"), "uri")));
                    AssertRegion(Object(relatedPhysical, "region"));
                    Assert.False(string.IsNullOrWhiteSpace(String(Object(location, "message"), "text")));
                }
            }

            if (result.TryGetProperty("fixes", out var fixes))
            {
                foreach (var fix in fixes.EnumerateArray())
                {
                    Assert.False(string.IsNullOrWhiteSpace(String(Object(fix, "description"), "text")));
                    var changes = Array(fix, "artifactChanges");
                    Assert.NotEmpty(changes);
                    foreach (var change in changes)
                    {
                        Assert.False(string.IsNullOrEmpty(String(Object(change, "artifactLocation"), "uri")));
                        var replacements = Array(change, "replacements");
                        Assert.NotEmpty(replacements);
                        foreach (var replacement in replacements)
                        {
                            AssertRegion(Object(replacement, "deletedRegion"));
                        }
                    }
                }
            }
        }
    }

    private static void AssertRegion(JsonElement region)
    {
        int startLine = Number(region, "startLine"), startColumn = Number(region, "startColumn");
        int endLine = Number(region, "endLine"), endColumn = Number(region, "endColumn");
        Assert.True(startLine >= 1 && startColumn >= 1, "SARIF lines and columns are 1-based.");
        Assert.True(endLine > startLine || (endLine == startLine && endColumn >= startColumn), "A region must not end before it starts.");
    }

    /// <summary>The explicit anchors (<c>&lt;a id="if0001"&gt;&lt;/a&gt;</c>) of docs/diagnostics.md.</summary>
    public static HashSet<string> DocumentedAnchors()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        return System.Text.RegularExpressions.Regex.Matches(text, "<a id=\"([^\"]+)\"></a>")
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static JsonElement Property(JsonElement element, string name)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.True(element.TryGetProperty(name, out var value), $"Required property '{name}' is missing in {element}.");
        return value;
    }

    private static string String(JsonElement element, string name)
    {
        var value = Property(element, name);
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        return value.GetString()!;
    }

    private static int Number(JsonElement element, string name)
    {
        var value = Property(element, name);
        Assert.Equal(JsonValueKind.Number, value.ValueKind);
        return value.GetInt32();
    }

    private static JsonElement Object(JsonElement element, string name)
    {
        var value = Property(element, name);
        Assert.Equal(JsonValueKind.Object, value.ValueKind);
        return value;
    }

    private static JsonElement[] Array(JsonElement element, string name)
    {
        var value = Property(element, name);
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        return value.EnumerateArray().ToArray();
    }
}
