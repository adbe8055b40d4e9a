using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace InspectFramework.Compiler.Diagnostics;

/// <summary>What docs/diagnostics.md says about one code: its description, what to do, and the whole
/// section under its heading as Markdown (links to other codes stay relative to the page). Plain-text forms drop Markdown's marks (backticks, emphasis, link targets).</summary>
public sealed record DiagnosticHelp(string Description, string Fix, string Markdown)
{
    public string DescriptionText => DiagnosticDocumentation.PlainText(Description);

    public string FixText => DiagnosticDocumentation.PlainText(Fix);
}

/// <summary>
/// The catalogue's prose, read from docs/diagnostics.md as it is embedded in this assembly, so that
/// the page people read and the help a SARIF viewer or an editor shows cannot drift apart. A section
/// is an explicit anchor (<c>&lt;a id="if0109"&gt;&lt;/a&gt;</c>), its heading, a first paragraph that
/// describes the code (after its severity word) and a paragraph starting <c>**Fix:**</c> or <c>Fix:</c>.
/// A test checks that every code in the catalogue has both.
/// </summary>
public static class DiagnosticDocumentation
{
    private static readonly Lazy<IReadOnlyDictionary<string, DiagnosticHelp>> Sections = new(Read);

    /// <summary>The documentation of <paramref name="code"/>, or null when docs/diagnostics.md has no section for it.</summary>
    public static DiagnosticHelp? For(string code) =>
        Sections.Value.TryGetValue(code, out var help) ? help : null;

    /// <summary>Markdown reduced to its text: <c>`x`</c> and <c>**x**</c> become x, <c>[x](#y)</c> becomes x.</summary>
    public static string PlainText(string markdown)
    {
        var text = Regex.Replace(markdown, @"\[([^\]]*)\]\([^)]*\)", "$1");
        return text.Replace("**", string.Empty).Replace("`", string.Empty);
    }

    private static IReadOnlyDictionary<string, DiagnosticHelp> Read()
    {
        using var stream = typeof(DiagnosticDocumentation).Assembly.GetManifestResourceStream("InspectFramework.Compiler.Diagnostics.diagnostics.md")
            ?? throw new InvalidOperationException("docs/diagnostics.md is not embedded in the compiler assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    internal static IReadOnlyDictionary<string, DiagnosticHelp> Parse(string markdown)
    {
        var sections = new Dictionary<string, DiagnosticHelp>(StringComparer.Ordinal);
        var anchors = Regex.Matches(markdown.Replace("\r\n", "\n"), "^<a id=\"(if[0-9]{4})\"></a>\n(.*?)(?=^<a id=|^#{1,2} (?!IF)|\\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        foreach (Match anchor in anchors)
        {
            var code = anchor.Groups[1].Value.ToUpperInvariant();
            var section = anchor.Groups[2].Value.Trim();
            var paragraphs = section.Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries);
            if (paragraphs.Length < 2)
            {
                continue;
            }

            var description = Regex.Replace(paragraphs[1].Trim(), @"^(Error|Warning)\.\s+", string.Empty);
            var fix = string.Empty;
            foreach (var paragraph in paragraphs)
            {
                var fixMatch = Regex.Match(paragraph.Trim(), @"^(\*\*Fix:\*\*|Fix:)\s*(.*)$", RegexOptions.Singleline);
                if (fixMatch.Success)
                {
                    // "**Fix:** correct the spelling" reads as a sentence of its own in help text.
                    var advice = fixMatch.Groups[2].Value;
                    fix = advice.Length == 0 ? advice : char.ToUpperInvariant(advice[0]) + advice.Substring(1);
                }
            }

            // The heading repeats the code and title that viewers show beside the help.
            sections[code] = new DiagnosticHelp(Unwrap(description), Unwrap(fix), string.Join("\n\n", paragraphs, 1, paragraphs.Length - 1));
        }

        return sections;
    }

    // Paragraphs are wrapped at about 100 columns in the file; the help is one line per paragraph.
    private static string Unwrap(string paragraph) => Regex.Replace(paragraph.Trim(), @"\s*\n\s*", " ");
}
