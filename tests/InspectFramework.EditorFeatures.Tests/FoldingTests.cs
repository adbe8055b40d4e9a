using InspectFramework.EditorFeatures.Folding;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests;

public class FoldingTests
{
    [Fact]
    public void Blocks_over_several_lines_fold()
    {
        // Lines from 0: the header 0-5, the scale 9-12, the band tables 14-18 and 20-24, discretion
        // 28-31, the domain 42-53, its standard 44-52 and key question 1.1.1 47-50; one-line
        // declarations (the facts, key question 1.1.2) do not fold.
        var ranges = FoldingService.Fold(MarkedText.Parse(Demo.Text).Compile());
        Assert.Equal(
            new[] { (0, 5), (9, 12), (14, 18), (20, 24), (28, 31), (42, 53), (44, 52), (47, 50) },
            System.Linq.Enumerable.Select(ranges, r => (r.StartLine, r.EndLine)));
        Assert.All(ranges, r => Assert.Equal(FoldingRangeKind.Region, r.Kind));
    }

    [Fact]
    public void Runs_of_line_comments_and_block_comments_over_several_lines_fold()
    {
        var text = MarkedText.Parse("// a\n// b\nfact x \"X\" boolean // trailing\n// c\n/* d\n e */\nfact y \"Y\" one of {\n  p \"P\",\n  q \"Q\"\n}\n");
        Assert.Equal(
            new[] { new FoldingRange(0, 1, FoldingRangeKind.Comment), new FoldingRange(4, 5, FoldingRangeKind.Comment), new FoldingRange(6, 9, FoldingRangeKind.Region) },
            FoldingService.Fold(text.Compile()));
    }
}
