using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Model;

namespace InspectFramework.Tooling.Statistics;

/// <summary>One subgroup's answers to a yes/no question: how many said yes out of how many applicable.</summary>
public readonly record struct GroupCount
{
    public GroupCount(int yes, int total)
    {
        if (total < 0 || yes < 0 || yes > total)
        {
            throw new ArgumentOutOfRangeException(nameof(yes), FormattableString.Invariant($"A group needs 0 <= yes <= total; got {yes} yes of {total}."));
        }

        Yes = yes;
        Total = total;
    }

    public int Yes { get; }

    public int Total { get; }

    public int No => Total - Yes;

    public override string ToString() => FormattableString.Invariant($"{Yes}/{Total}");
}

/// <summary>
/// A 2 x k contingency table: rows yes and no, one column per subgroup, in the caller's order.
/// Groups with no applicable case are allowed (a subgroup can be empty for one question); the tests
/// leave them out and say so.
/// </summary>
public sealed record ContingencyTable
{
    public ContingencyTable(IEnumerable<GroupCount> groups)
    {
        Groups = groups.ToEquatableArray();
        long yes = 0, total = 0;
        foreach (var group in Groups)
        {
            yes += group.Yes;
            total += group.Total;
        }

        TotalYes = yes;
        GrandTotal = total;
    }

    /// <summary>A table from (yes, total) pairs, one per group.</summary>
    public static ContingencyTable Of(params (int Yes, int Total)[] groups) =>
        new(groups.Select(g => new GroupCount(g.Yes, g.Total)));

    public EquatableArray<GroupCount> Groups { get; }

    public long TotalYes { get; }

    public long GrandTotal { get; }

    public long TotalNo => GrandTotal - TotalYes;

    /// <summary>The groups that have at least one applicable case, in order.</summary>
    public ContingencyTable WithoutEmptyGroups() => new(Groups.Where(g => g.Total > 0));

    public int EmptyGroupCount => Groups.Count(g => g.Total == 0);

    /// <summary>
    /// The count expected in a cell if "% yes" did not depend on the group: row total × column total /
    /// grand total. Zero for every cell of an empty table.
    /// </summary>
    public double ExpectedYes(int group) => Expected(TotalYes, group);

    /// <inheritdoc cref="ExpectedYes"/>
    public double ExpectedNo(int group) => Expected(TotalNo, group);

    /// <summary>All 2k expected counts, yes row then no row for each group.</summary>
    public IEnumerable<double> ExpectedCounts()
    {
        for (var j = 0; j < Groups.Count; j++)
        {
            yield return ExpectedYes(j);
            yield return ExpectedNo(j);
        }
    }

    private double Expected(long rowTotal, int group) =>
        GrandTotal == 0 ? 0.0 : (double)rowTotal * Groups[group].Total / GrandTotal;

    public override string ToString() => Groups.ToString();
}
