using System.Globalization;
using InspectFramework.Tooling.Scoring;
using Xunit;

namespace InspectFramework.Tests.Scoring;

/// <summary>The duplicate-identifier set keeps every identifier through each merge of its partitions.</summary>
public sealed class IdSetTests
{
    [Fact]
    public void Every_identifier_is_new_once_and_a_duplicate_ever_after()
    {
        // A million identifiers: about 244 in each of the 4,096 partitions, merged there every 64.
        const int count = 1_000_000;
        var set = new IdSet();
        for (var i = 0; i < count; i++)
        {
            Assert.True(set.Add(IdSet.Hash("C" + i.ToString(CultureInfo.InvariantCulture))), $"C{i} reported as a duplicate on first sight");
        }

        for (var i = 0; i < count; i++)
        {
            Assert.False(set.Add(IdSet.Hash("C" + i.ToString(CultureInfo.InvariantCulture))), $"C{i} not recognised the second time");
        }
    }

    [Fact]
    public void Identifiers_differing_in_one_character_or_case_are_distinct()
    {
        var set = new IdSet();
        Assert.True(set.Add(IdSet.Hash("case-1")));
        Assert.True(set.Add(IdSet.Hash("Case-1")));
        Assert.True(set.Add(IdSet.Hash("case-2")));
        Assert.True(set.Add(IdSet.Hash("case-1 ")));
        Assert.False(set.Add(IdSet.Hash("Case-1")));
    }
}
