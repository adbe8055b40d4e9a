using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tooling.Diff;

/// <summary>A piece of a wording diff: text kept, removed or added.</summary>
public sealed record WordDiffSegment(DiffOperation Operation, string Text);

/// <summary>
/// Word-level diff of two wordings. Words, single punctuation marks and runs of white space are the
/// units, so "child or young person's" against "child's" keeps "child" and "'s" and marks only
/// " or young person" as removed.
/// </summary>
public static class WordDiff
{
    public static EquatableArray<WordDiffSegment> Compute(string before, string after)
    {
        var chunks = SequenceDiff.Compute(Tokens(before), Tokens(after));
        return chunks.Select(c => new WordDiffSegment(c.Operation, string.Concat(c.Items))).ToEquatableArray();
    }

    /// <summary>Writes a diff in git's word-diff notation: <c>child [-or young person-]</c>, <c>[-YOS-]{+YOT+}</c>.</summary>
    public static string ToText(IEnumerable<WordDiffSegment> segments) =>
        Render(segments, "[-", "-]", "{+", "+}", s => s);

    /// <summary>Writes a diff for Markdown: removed text struck through, added text bold.</summary>
    public static string ToMarkdown(IEnumerable<WordDiffSegment> segments, Func<string, string> escape) =>
        Render(segments, "~~", "~~", "**", "**", escape);

    // Markers go round the words only: white space at either end of a changed piece stays outside,
    // as Markdown requires and as reads naturally in text.
    private static string Render(IEnumerable<WordDiffSegment> segments, string removedOpen, string removedClose, string addedOpen, string addedClose, Func<string, string> escape)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment.Operation == DiffOperation.Same)
            {
                builder.Append(escape(segment.Text));
                continue;
            }

            var (open, close) = segment.Operation == DiffOperation.Removed ? (removedOpen, removedClose) : (addedOpen, addedClose);
            var core = segment.Text.Trim();
            if (core.Length == 0)
            {
                // Only white space changed: show it between the markers, or it would be invisible.
                builder.Append(open).Append(segment.Text).Append(close);
                continue;
            }

            var leading = segment.Text.Substring(0, segment.Text.Length - segment.Text.TrimStart().Length);
            var trailing = segment.Text.Substring(segment.Text.TrimEnd().Length);
            builder.Append(leading).Append(open).Append(escape(core)).Append(close).Append(trailing);
        }

        return builder.ToString();
    }

    private static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsWhiteSpace(text[i]))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            }

            tokens.Add(text.Substring(start, i - start));
        }

        return tokens;
    }
}
