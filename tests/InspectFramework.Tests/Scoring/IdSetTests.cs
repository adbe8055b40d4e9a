using System.Globalization;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;
using Xunit;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// The duplicate-identifier set tells identifiers apart exactly, whatever their hashes, and gives the
/// place each was first seen, through every merge of its partitions and every block of its storage.
/// </summary>
public sealed class IdSetTests
{
    [Fact]
    public void Every_identifier_is_new_once_and_a_duplicate_ever_after_with_its_first_place()
    {
        // A million identifiers: about 244 in each of the 4,096 partitions, merged there every 64; CSV
        // rows (a line each) in two files, then JSON cases on one line of a third.
        const int count = 1_000_000;
        var set = new IdSet();
        for (var i = 0; i < count; i++)
        {
            Assert.True(set.Add(Id(i), Place(i), out var first), $"{Id(i)} reported as a duplicate on first sight");
            Assert.Null(first);
        }

        for (var i = count - 1; i >= 0; i--)
        {
            Assert.False(set.Add(Id(i), Location.AtLine("again.csv", 2, 1), out var first), $"{Id(i)} not recognised the second time");
            Assert.Equal(Place(i), first);
        }

        static string Id(int i) => "C" + i.ToString(CultureInfo.InvariantCulture);

        static Location Place(int i) => i switch
        {
            < 300_000 => Location.AtLine("a.csv", i + 2, 1),
            < 600_000 => Location.AtLine("b.csv", i - 300_000 + 2, 1),
            _ => Location.AtLine("c.json", 1, 30 + ((i - 600_000) * 4_617)),
        };
    }

    [Fact]
    public void Identifiers_with_one_hash_are_told_apart_exactly()
    {
        // Every identifier in one partition with one tag: only the comparison of the identifiers
        // themselves can tell them apart (the 64-bit hash this set replaced took any two with the same
        // hash for one).
        const int count = 20_000;
        var set = new IdSet(_ => 0x0123_4567_89AB_CDEFUL);
        for (var i = 0; i < count; i++)
        {
            Assert.True(set.Add("id-" + i.ToString(CultureInfo.InvariantCulture), Location.AtLine("cases.csv", i + 2, 1), out _));
        }

        for (var i = 0; i < count; i += 7)
        {
            Assert.False(set.Add("id-" + i.ToString(CultureInfo.InvariantCulture), Location.AtLine("cases.csv", count + 5, 1), out var first));
            Assert.Equal(Location.AtLine("cases.csv", i + 2, 1), first);
        }

        Assert.True(set.Add("id-" + count.ToString(CultureInfo.InvariantCulture), null, out _));
    }

    [Theory]
    [InlineData("case-1", "Case-1")]
    [InlineData("case-1", "case-1 ")]
    [InlineData("case-1", "case-2")]
    [InlineData("\\uD800", "\\uDBFF")]
    [InlineData("\\uD800", "\\uFFFD")]
    [InlineData("\\u00E9", "e\\u0301")]
    [InlineData("\\u0080", "\\u0100")]
    [InlineData("a\\u0000", "a")]
    public void Identifiers_differing_in_any_code_unit_are_distinct(string one, string other)
    {
        // Escaped here, unescaped below: a lone surrogate does not survive as test data.
        (one, other) = (System.Text.RegularExpressions.Regex.Unescape(one), System.Text.RegularExpressions.Regex.Unescape(other));
        foreach (var hash in new System.Func<string, ulong>[] { IdSet.Hash, _ => 42UL })
        {
            var set = new IdSet(hash);
            Assert.True(set.Add(one, Location.AtLine("f.json", 3, 5), out _));
            Assert.True(set.Add(other, Location.AtLine("f.json", 4, 5), out _));
            Assert.False(set.Add(one, Location.AtLine("f.json", 9, 5), out var first));
            Assert.Equal(Location.AtLine("f.json", 3, 5), first);
            Assert.False(set.Add(other, Location.AtLine("f.json", 9, 5), out first));
            Assert.Equal(Location.AtLine("f.json", 4, 5), first);
        }
    }

    [Fact]
    public void Identifiers_longer_than_a_block_and_places_that_go_back_keep_their_places()
    {
        // A file named twice in case_files is read twice: its lines start again from the top.
        var set = new IdSet();
        var huge = new string('x', 100_000);
        var places = new (string Id, Location? At)[]
        {
            ("A", Location.AtLine("cases.csv", 2, 1)),
            (huge, Location.AtLine("cases.csv", 3, 1)),
            ("B", Location.AtLine("cases.csv", 4, 1)),
            ("C", Location.AtLine("cases.csv", 2, 7)),
            ("D", Location.AtLine("cases.csv", 2, 3)),
            ("E", Location.InFile("cases.csv")),
            ("F", null),
            ("G", Location.AtLine("other.csv", 5, 1)),
        };
        foreach (var (id, at) in places)
        {
            Assert.True(set.Add(id, at, out _), id.Length > 10 ? "the long identifier" : id);
        }

        foreach (var (id, at) in places)
        {
            Assert.False(set.Add(id, Location.AtLine("later.csv", 1, 1), out var first));
            Assert.Equal(at ?? Location.None, first);
        }
    }
}
