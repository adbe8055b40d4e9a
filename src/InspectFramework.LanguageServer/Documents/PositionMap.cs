using System;
using InspectFramework.Compiler.Text;
using InspectFramework.LanguageServer.Protocol;
using Range = InspectFramework.LanguageServer.Protocol.Range;

namespace InspectFramework.LanguageServer.Documents;

/// <summary>
/// Converts between LSP positions and the compiler's offsets over one text: the only place the server
/// does so. Positions count UTF-16 code units and CR, LF and CRLF all end a line, as in
/// <see cref="SourceText"/>. A position past the end of its line means the end of the line, and a line
/// past the last means the end of the text, as the specification says.
/// </summary>
internal sealed class PositionMap
{
    private readonly SourceText _text;

    public PositionMap(SourceText text) => _text = text;

    public int GetOffset(Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _text.LineCount)
        {
            return _text.Length;
        }

        var line = _text.GetLineSpan(position.Line);
        return line.Start + Math.Min(Math.Max(position.Character, 0), line.Length);
    }

    /// <summary>The span a range covers; a range whose end comes before its start is taken the other way round.</summary>
    public TextSpan GetSpan(Range range)
    {
        var start = GetOffset(range.Start);
        var end = GetOffset(range.End);
        return TextSpan.FromBounds(Math.Min(start, end), Math.Max(start, end));
    }

    public Position GetPosition(int offset) => ToPosition(_text.GetLinePosition(offset));

    public Range GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    public static Position ToPosition(LinePosition position) => new(position.Line, position.Character);

    public static Range ToRange(LinePositionSpan span) => new(ToPosition(span.Start), ToPosition(span.End));
}
