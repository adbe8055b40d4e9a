using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Tests.Infrastructure;

/// <summary>
/// One baseline sample: a folder under tests/InspectFramework.Tests/Baselines holding
/// <c>main.inspect</c> and one expected file per phase (<c>main.diagnostics.verified.txt</c>, ...).
/// Samples whose names start with <c>Invalid</c> must have errors; all others must have none.
/// </summary>
public sealed record BaselineSample(string Name, string Directory)
{
    public static string Root => Path.Combine(RepositoryPaths.Tests, "Baselines");

    public string InputPath => Path.Combine(Directory, "main.inspect");

    public bool ExpectErrors => Name.StartsWith("Invalid", System.StringComparison.Ordinal);

    public static IEnumerable<object[]> All() =>
        System.IO.Directory.EnumerateDirectories(Root)
            .OrderBy(d => d, System.StringComparer.Ordinal)
            .Select(d => new object[] { Path.GetFileName(d) });

    public static BaselineSample Get(string name) => new(name, Path.Combine(Root, name));

    public string Verified(string phase, string extension) => Path.Combine(Directory, $"main.{phase}.verified.{extension}");

    public override string ToString() => Name;

    /// <summary>
    /// The input with each diagnostic written under the line it starts on, Bicep style:
    /// <c>//@[col:endcol) IF0109 error: message</c> (columns 1-based, end exclusive, on the start line),
    /// followed by its fixes, <c>//@   fix (preferred): title: 12:5-12:9 -> "new text"</c>, and its
    /// related locations, <c>//@   related 42:113: message</c> (line:column, 1-based).
    /// </summary>
    public static string RenderInline(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var byLine = diagnostics.GroupBy(d => d.Location.LineSpan.Start.Line).ToDictionary(g => g.Key, g => g.ToList());
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == lines.Length - 1 && lines[i].Length == 0 && !byLine.ContainsKey(i))
            {
                break;
            }

            builder.Append(lines[i]).Append('\n');
            if (!byLine.TryGetValue(i, out var found))
            {
                continue;
            }

            foreach (var d in found)
            {
                var start = d.Location.LineSpan.Start.Character + 1;
                var end = d.Location.LineSpan.End.Line == i ? d.Location.LineSpan.End.Character + 1 : lines[i].Length + 1;
                var severity = d.IsError ? "error" : "warning";
                builder.Append($"//@[{start}:{end}) {d.Code} {severity}: {d.Message}\n");
                foreach (var fix in d.Fixes)
                {
                    var changes = string.Join(", ", fix.Changes.Select(c => $"{Position(text, c.Span.Start)}-{Position(text, c.Span.End)} -> {Quote(c.NewText)}"));
                    builder.Append($"//@   fix{(fix.IsPreferred ? " (preferred)" : string.Empty)}: {fix.Title}: {changes}\n");
                }

                foreach (var related in d.RelatedLocations)
                {
                    var at = related.Location.LineSpan.Start;
                    builder.Append($"//@   related {at.Line + 1}:{at.Character + 1}: {related.Message}\n");
                }
            }
        }

        return builder.ToString();
    }

    // Line and column, 1-based, of an offset in the text as the compiler saw it.
    private static string Position(string text, int offset)
    {
        var position = new InspectFramework.Compiler.Text.SourceText(string.Empty, text).GetLinePosition(offset);
        return $"{position.Line + 1}:{position.Character + 1}";
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";
}
