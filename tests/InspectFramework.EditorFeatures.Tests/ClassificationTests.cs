using System.Linq;
using InspectFramework.EditorFeatures.Classification;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests;

public class ClassificationTests
{
    [Theory]
    [InlineData("  poor  0% to  49%", "Level:poor Percentage:0% Keyword:to Percentage:49%")]
    [InlineData("fact serious \"The harm is serious\" = harm and disposal == custody",
        "Keyword:fact Fact*:serious Text:\"The harm is serious\" Operator:= Fact:harm Keyword:and Fact:disposal Operator:== Value:custody")]
    [InlineData("    rated by lowest key question in kq", "Keyword:rated Keyword:by Keyword:lowest Keyword:key Keyword:question Keyword:in BandTable:kq")]
    [InlineData("  of percentage rounded half_up to 0 decimals", "Keyword:of Keyword:percentage Keyword:rounded Name:half_up Keyword:to Number:0 Keyword:decimals")]
    [InlineData("  effective 2020-01-01", "Keyword:effective Date:2020-01-01")]
    [InlineData("    key question 1.1.1 safe \"Is the child kept safe?\" when serious {", "Keyword:key Keyword:question Number:1.1.1 Item*:safe Text:\"Is the child kept safe?\" Keyword:when Fact:serious")]
    [InlineData("  allow poor -> good when within 5 points", "Keyword:allow Level:poor Operator:-> Level:good Keyword:when Keyword:within Number:5 Keyword:points")]
    public void Each_line_is_classified_with_names_by_what_they_name(string line, string expected)
    {
        Assert.Equal(expected, ClassifyLine(MarkedText.Parse(Demo.Text), line));
    }

    [Fact]
    public void Comments_are_classified_and_a_keyword_used_as_a_name_is_a_name()
    {
        // 'level' is a keyword that may also name a fact.
        var text = Demo.Mark(("fact victim \"There is an identifiable victim\" boolean", "fact level \"Level\" integer // how many\n/* block */ fact late \"Late\" = level > 3"));
        Assert.Equal("Keyword:fact Fact*:level Text:\"Level\" Keyword:integer Comment:// how many", ClassifyLine(text, "fact level \"Level\" integer // how many"));
        Assert.Equal("Comment:/* block */ Keyword:fact Fact*:late Text:\"Late\" Operator:= Fact:level Operator:> Number:3", ClassifyLine(text, "/* block */ fact late \"Late\" = level > 3"));
    }

    [Fact]
    public void A_name_that_does_not_resolve_is_a_plain_name()
    {
        var text = Demo.Mark(("when victim", "when victm"));
        Assert.Equal("Keyword:prompt Name:a Item*:victims Text:\"Are victims considered?\" Keyword:when Name:victm",
            ClassifyLine(text, "      prompt (a) victims \"Are victims considered?\" when victm"));
    }

    private static string ClassifyLine(MarkedText text, string line)
    {
        var start = text.Text.IndexOf(line + "\n", System.StringComparison.Ordinal);
        Assert.True(start >= 0, "line not found");
        var spans = ClassificationService.Classify(text.Compile())
            .Where(s => s.Span.Start >= start && s.Span.End <= start + line.Length);
        return string.Join(" ", spans.Select(s => $"{s.Kind}{(s.IsDeclaration ? "*" : string.Empty)}:{text.Text.Substring(s.Span.Start, s.Span.Length)}"));
    }
}
