using InspectFramework.Compiler.Text;
using InspectFramework.LanguageServer.Documents;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Tests.Documents;

public sealed class PositionMapTests
{
    // Lines: "ab" (CRLF), "😀c" (LF: the emoji is two UTF-16 code units), "d" (CR), "" (end).
    private static readonly PositionMap Map = new(new SourceText("t.inspect", "ab\r\n😀c\nd\r"));

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 2, 2)]
    [InlineData(1, 0, 4)]
    [InlineData(1, 2, 6)]
    [InlineData(1, 3, 7)]
    [InlineData(2, 1, 9)]
    [InlineData(3, 0, 10)]
    public void Positions_count_utf16_code_units_after_any_line_ending(int line, int character, int offset)
    {
        Assert.Equal(offset, Map.GetOffset(new Position(line, character)));
        Assert.Equal(new Position(line, character), Map.GetPosition(offset));
    }

    [Theory]
    [InlineData(0, 99, 2)] // past the end of a line: the end of the line, before its CRLF
    [InlineData(2, 5, 9)] // before its CR
    [InlineData(7, 3, 10)] // past the last line: the end of the text
    [InlineData(-1, 4, 0)]
    [InlineData(1, -3, 4)]
    public void Positions_past_the_end_clamp_as_the_specification_says(int line, int character, int offset)
    {
        Assert.Equal(offset, Map.GetOffset(new Position(line, character)));
    }

    [Fact]
    public void A_range_given_end_first_covers_the_same_text()
    {
        var span = Map.GetSpan(new Range(new Position(1, 3), new Position(0, 1)));

        Assert.Equal(TextSpan.FromBounds(1, 7), span);
    }
}
