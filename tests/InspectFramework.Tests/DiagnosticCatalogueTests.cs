using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InspectFramework.Diagnostics;

namespace InspectFramework.Tests;

public sealed class DiagnosticCatalogueTests
{
    private static readonly Regex Heading = new(@"^## (IF\d{4}): (.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    [Fact]
    public void Every_code_is_unique()
    {
        var duplicates = DiagnosticCatalogue.All.GroupBy(d => d.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    /// <summary>Entries are added by several people: each must name a real code with its catalogue title, in code order.</summary>
    [Fact]
    public void Documented_codes_exist_with_their_catalogue_title_in_code_order()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")).Replace("\r\n", "\n");
        var entries = Heading.Matches(text).Cast<Match>().Select(m => (Code: m.Groups[1].Value, Title: m.Groups[2].Value.Trim())).ToList();
        var titles = DiagnosticCatalogue.All.ToDictionary(d => d.Code, d => d.Title, StringComparer.Ordinal);

        Assert.NotEmpty(entries);
        foreach (var (code, title) in entries)
        {
            Assert.True(titles.TryGetValue(code, out var expected), $"docs/diagnostics.md documents {code}, which is not in the catalogue.");
            Assert.Equal(expected, title);
        }

        var codes = entries.Select(e => e.Code).ToList();
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal).Distinct(StringComparer.Ordinal), codes);
    }
}
