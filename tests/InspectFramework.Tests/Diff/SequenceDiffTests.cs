using System.Collections.Generic;
using System.Linq;
using InspectFramework.Tooling.Diff;

namespace InspectFramework.Tests.Diff;

public sealed class SequenceDiffTests
{
    private static string Show(IReadOnlyList<DiffChunk<string>> chunks) =>
        string.Join(" ", chunks.Select(c => (c.Operation switch { DiffOperation.Removed => "-", DiffOperation.Added => "+", _ => "=" }) + string.Join(",", c.Items)));

    [Theory]
    [InlineData("a b c", "a b c", "=a,b,c")]
    [InlineData("a b c", "a x c", "=a -b +x =c")]
    [InlineData("a b c d", "a c d e", "=a -b =c,d +e")]
    [InlineData("a b", "c d", "-a,b +c,d")]
    [InlineData("x a b y", "x c a d y", "=x +c =a -b +d =y")]
    public void Finds_a_shortest_edit_with_removals_before_additions(string before, string after, string expected)
    {
        Assert.Equal(expected, Show(SequenceDiff.Compute(before.Split(' '), after.Split(' '))));
    }

    [Fact]
    public void Empty_sides_are_all_added_or_all_removed()
    {
        Assert.Equal("+a,b", Show(SequenceDiff.Compute(new string[0], new[] { "a", "b" })));
        Assert.Equal("-a,b", Show(SequenceDiff.Compute(new[] { "a", "b" }, new string[0])));
        Assert.Empty(SequenceDiff.Compute(new string[0], new string[0]));
    }

    [Fact]
    public void Compares_ordinally()
    {
        Assert.Equal("-A +a", Show(SequenceDiff.Compute(new[] { "A" }, new[] { "a" })));
    }

    [Fact]
    public void A_small_change_in_a_long_file_is_found_exactly()
    {
        var before = Enumerable.Range(0, 200_000).Select(i => "line " + i).ToArray();
        var after = before.ToArray();
        after[100_000] = "changed";

        var chunks = SequenceDiff.Compute(before, after);

        Assert.Equal(new[] { DiffOperation.Same, DiffOperation.Removed, DiffOperation.Added, DiffOperation.Same }, chunks.Select(c => c.Operation));
        Assert.Equal(new[] { "line 100000" }, chunks[1].Items);
        Assert.Equal(new[] { "changed" }, chunks[2].Items);
    }

    [Fact]
    public void A_changed_middle_larger_than_the_limit_is_one_removal_and_one_addition()
    {
        // Every other element differs, 2,101 and 2,101 between the common ends: more than MaxMiddle.
        var before = Enumerable.Range(0, 2_102).Select(i => i % 2 == 0 ? "same" : "old " + i).Prepend("first").Append("last").ToArray();
        var after = Enumerable.Range(0, 2_102).Select(i => i % 2 == 0 ? "same" : "new " + i).Prepend("first").Append("last").ToArray();
        Assert.True(2_101 + 2_101 > SequenceDiff.MaxMiddle);

        var chunks = SequenceDiff.Compute(before, after);

        Assert.Equal(new[] { DiffOperation.Same, DiffOperation.Removed, DiffOperation.Added, DiffOperation.Same }, chunks.Select(c => c.Operation));
        Assert.Equal(2_101, chunks[1].Items.Count);
    }
}
