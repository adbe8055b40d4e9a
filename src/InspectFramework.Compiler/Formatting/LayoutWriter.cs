using System;
using System.Collections.Immutable;
using System.Text;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Formatting;

/// <summary>Whether a blank line goes before the next line of output.</summary>
internal enum Spacing
{
    /// <summary>Never (first line of a file or a block, a closing brace).</summary>
    Forbid,

    /// <summary>One blank line if the author had at least one there, none otherwise.</summary>
    Preserve,

    /// <summary>Always exactly one.</summary>
    Require,
}

/// <summary>
/// Writes the canonical output line by line and puts every comment back. Comments are placed by
/// their source position relative to the code lines written: a comment on the same source line as
/// the end of the code just written (and before the next code) trails that line; any other comment
/// is written on its own line before the next code line that starts after it. A comment in the
/// middle of a construct that is written on one line (a condition, a header) moves to its own line
/// before that construct. Comments therefore keep their order, and a second run finds each comment
/// where the first run put it (idempotence).
/// </summary>
internal sealed class LayoutWriter
{
    private readonly string _source;
    private readonly ImmutableArray<CommentTrivia> _comments;
    private readonly StringBuilder _output = new();
    private int _nextComment;
    private int _lastEnd;
    private int _indent;
    private bool _anyLine;

    public LayoutWriter(SourceText source, ImmutableArray<CommentTrivia> comments)
    {
        _source = source.Text;
        _comments = comments;
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    /// <summary>Whether a comment starts inside <paramref name="span"/>.</summary>
    public bool HasCommentWithin(TextSpan span)
    {
        for (var i = _nextComment; i < _comments.Length && _comments[i].Span.Start < span.End; i++)
        {
            if (_comments[i].Span.Start >= span.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a comment that will not trail the code ending at <paramref name="from"/> starts before <paramref name="before"/>.</summary>
    public bool HasOwnLineCommentBefore(int from, int before)
    {
        var end = from;
        for (var i = _nextComment; i < _comments.Length && _comments[i].Span.Start < before; i++)
        {
            if (LineBreaks(end, _comments[i].Span.Start) > 0)
            {
                return true;
            }

            end = _comments[i].Span.End;
        }

        return false;
    }

    /// <summary>
    /// Writes one code line: first every comment that starts before <paramref name="codeEnd"/>
    /// (own lines), then the text, then the comments that trail it (on the same source line,
    /// before <paramref name="trailingLimit"/>).
    /// </summary>
    public void Line(string text, int codeStart, int codeEnd, Spacing spacing, int trailingLimit)
    {
        spacing = Leading(codeStart, codeEnd, spacing);
        BeginLine(spacing, codeStart);
        _output.Append(text);
        _lastEnd = Math.Max(_lastEnd, codeEnd);
        Trailing(trailingLimit);
        _output.Append('\n');
    }

    /// <summary>Writes, each on its own line, the comments that start before <paramref name="before"/>.</summary>
    /// <returns>The spacing for the code line that follows them.</returns>
    public Spacing Leading(int codeStart, int before, Spacing spacing)
    {
        while (_nextComment < _comments.Length && _comments[_nextComment].Span.Start < before)
        {
            var comment = _comments[_nextComment++];
            BeginLine(spacing, Math.Min(comment.Span.Start, codeStart));
            _output.Append(Text(comment));
            _lastEnd = Math.Max(_lastEnd, comment.Span.End);
            Trailing(Math.Min(before, codeStart));
            _output.Append('\n');
            spacing = Spacing.Preserve;
        }

        return spacing;
    }

    /// <summary>Writes the comments left after the last declaration and returns the whole output.</summary>
    public string Finish()
    {
        Leading(_source.Length, int.MaxValue, Spacing.Preserve);
        return _output.ToString();
    }

    private void BeginLine(Spacing spacing, int sourceStart)
    {
        var blank = spacing switch
        {
            Spacing.Require => true,
            Spacing.Preserve => LineBreaks(_lastEnd, sourceStart) >= 2,
            _ => false,
        };
        if (blank && _anyLine)
        {
            _output.Append('\n');
        }

        _output.Append(' ', _indent * FrameworkFormatter.IndentSize);
        _anyLine = true;
    }

    private void Trailing(int limit)
    {
        while (_nextComment < _comments.Length)
        {
            var comment = _comments[_nextComment];
            if (comment.Span.Start >= limit || LineBreaks(_lastEnd, comment.Span.Start) > 0)
            {
                return;
            }

            _output.Append(' ').Append(Text(comment));
            _lastEnd = comment.Span.End;
            _nextComment++;
            if (comment.Kind == CommentKind.Line)
            {
                return;
            }
        }
    }

    // A line comment loses trailing blanks; line breaks inside a block comment become LF like the
    // rest of the output. Nothing else in a comment is touched.
    private static string Text(CommentTrivia comment) => comment.Kind == CommentKind.Line
        ? comment.Text.TrimEnd()
        : comment.Text.Replace("\r\n", "\n").Replace('\r', '\n');

    // Counts line breaks (CRLF counts once) in the source between two offsets; none when they are
    // out of order, as for a comment moved out of the middle of a construct.
    private int LineBreaks(int from, int to)
    {
        var count = 0;
        for (var i = Math.Max(0, from); i < to && i < _source.Length; i++)
        {
            if (_source[i] == '\n' || (_source[i] == '\r' && (i + 1 >= _source.Length || _source[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
