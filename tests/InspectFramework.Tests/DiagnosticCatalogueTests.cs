using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Tests;

/// <summary>The catalogue and its documentation (docs/diagnostics.md) agree, code for code.</summary>
public sealed class DiagnosticCatalogueTests
{
    private static readonly Regex Heading = new(@"^## (?<code>IF\d{4}): (?<title>.+)$", RegexOptions.Multiline);

    private static string Documentation => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")).Replace("\r\n", "\n");

    [Fact]
    public void Every_code_is_unique_and_well_formed()
    {
        var codes = DiagnosticCatalogue.All.Select(d => d.Code).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Matches(@"^IF\d{4}$", code));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_descriptor_field_is_named_after_its_code()
    {
        var fields = typeof(DiagnosticCatalogue).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor));

        Assert.All(fields, f => Assert.Equal(f.Name, ((DiagnosticDescriptor)f.GetValue(null)!).Code));
    }

    [Fact]
    public void Every_code_has_a_section_with_its_title_and_anchor()
    {
        var documentation = Documentation;
        var sections = Heading.Matches(documentation).ToDictionary(m => m.Groups["code"].Value, m => m.Groups["title"].Value, StringComparer.Ordinal);

        var missing = new List<string>();
        foreach (var descriptor in DiagnosticCatalogue.All)
        {
            if (!sections.TryGetValue(descriptor.Code, out var title))
            {
                missing.Add($"{descriptor.Code}: no '## {descriptor.Code}: {descriptor.Title}' section");
                continue;
            }

            if (title != descriptor.Title)
            {
                missing.Add($"{descriptor.Code}: documented as '{title}', catalogue title is '{descriptor.Title}'");
            }

            // The anchor stands right above the heading, so the SARIF helpUri lands on the section.
            if (!documentation.Contains($"<a id=\"{descriptor.HelpAnchor}\"></a>\n## {descriptor.Code}:", StringComparison.Ordinal))
            {
                missing.Add($"{descriptor.Code}: no '<a id=\"{descriptor.HelpAnchor}\"></a>' line right above its heading");
            }
        }

        Assert.True(missing.Count == 0, "docs/diagnostics.md is out of step with the catalogue:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_documented_code_exists_and_is_documented_once()
    {
        var documented = Heading.Matches(Documentation).Select(m => m.Groups["code"].Value).ToList();
        var known = DiagnosticCatalogue.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

        var unknown = documented.Where(code => !known.Contains(code)).ToList();
        Assert.True(unknown.Count == 0, "docs/diagnostics.md documents codes the catalogue does not have: " + string.Join(", ", unknown));
        Assert.Equal(documented.Count, documented.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Sections_are_in_code_order()
    {
        var documented = Heading.Matches(Documentation).Select(m => m.Groups["code"].Value).ToList();

        Assert.Equal(documented.OrderBy(c => c, StringComparer.Ordinal), documented);
    }
}
