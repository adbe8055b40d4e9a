using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Tests.Infrastructure;

/// <summary>
/// A test text with markers, so that expectations stay readable: <c>$$</c> is the cursor and
/// <c>[|...|]</c> an expected span. The markers are removed from <see cref="Text"/>.
/// </summary>
internal sealed record MarkedText(string Text, int Cursor, ImmutableArray<TextSpan> Spans)
{
    public static MarkedText Parse(string marked)
    {
        var text = new StringBuilder();
        // Spans in the order they open; a span may hold another.
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        var cursor = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, "$$", 0, 2) == 0)
            {
                cursor = cursor < 0 ? text.Length : throw new ArgumentException("Two cursors.");
                i++;
            }
            else if (string.CompareOrdinal(marked, i, "[|", 0, 2) == 0)
            {
                open.Push(spans.Count);
                spans.Add(new TextSpan(text.Length, 0));
                i++;
            }
            else if (string.CompareOrdinal(marked, i, "|]", 0, 2) == 0)
            {
                var index = open.Count > 0 ? open.Pop() : throw new ArgumentException("A span closed but not opened.");
                spans[index] = TextSpan.FromBounds(spans[index].Start, text.Length);
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        return open.Count == 0 ? new MarkedText(text.ToString(), cursor, spans.ToImmutableArray()) : throw new ArgumentException("A span opened but not closed.");
    }

    public FrameworkCompilation Compile() => FrameworkCompilation.Create(new SourceText("test.inspect", Text));
}
