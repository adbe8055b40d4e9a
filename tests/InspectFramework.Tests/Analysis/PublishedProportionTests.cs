using System;
using InspectFramework.Tooling.Statistics;

namespace InspectFramework.Tests.Analysis;

public sealed class PublishedProportionTests
{
    [Fact]
    public void Sixty_one_percent_of_2508_is_1518_to_1542_yes()
    {
        // 1,517/2,508 = 60.486% (published as 60%), 1,518/2,508 = 60.526%; 1,542/2,508 = 61.483%,
        // 1,543/2,508 = 61.523%. 0.61 × 2,508 = 1,529.88, so the nearest count is 1,530.
        var range = PublishedProportion.Range(2508, 61);

        Assert.Equal(new YesCountRange(2508, 61, 0, 1518, 1542, 1530), range);
        Assert.Equal(25, range!.Value.Count);
        Assert.Equal(new GroupCount(1530, 2508), range.Value.NearestGroup);
        Assert.Equal("61% of 2508: 1518..1542 yes (nearest 1530)", range.Value.ToString());
    }

    [Fact]
    public void A_range_holds_exactly_the_counts_that_round_to_the_percentage()
    {
        // Brute force with exact decimal arithmetic: y belongs to the range of P% at d decimals exactly
        // when |100·y/n - P| <= half a unit of the d-th decimal.
        for (var decimals = 0; decimals <= 1; decimals++)
        {
            var unit = decimals == 0 ? 1m : 0.1m;
            for (var n = 1; n <= 120; n++)
            {
                for (var units = 0; units <= 100 * (decimals == 0 ? 1 : 10); units++)
                {
                    var percent = units * unit;
                    var range = PublishedProportion.Range(n, (double)percent, decimals);
                    var any = false;
                    for (var yes = 0; yes <= n; yes++)
                    {
                        var consistent = Math.Abs((100m * yes / n) - percent) * 2 <= unit;
                        any |= consistent;
                        Assert.Equal(consistent, range is { } r && r.Contains(yes));
                    }

                    Assert.Equal(any, range is not null);
                    if (range is { } found)
                    {
                        Assert.True(found.Contains(found.Nearest));
                        Assert.True(Math.Abs(found.Nearest - ((double)percent * n / 100)) <= 0.5);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_percentage_no_count_can_give_is_null()
    {
        // Out of 2 the only percentages are 0%, 50% and 100%.
        Assert.Null(PublishedProportion.Range(2, 33));
        Assert.Equal(new YesCountRange(2, 50, 0, 1, 1, 1), PublishedProportion.Range(2, 50));
    }

    [Fact]
    public void Percentages_with_decimals_narrow_the_range()
    {
        // 61.0% of 2,508 at one decimal: 1,528.62 to 1,531.13, so 1,529..1,531.
        Assert.Equal(new YesCountRange(2508, 61.0, 1, 1529, 1531, 1530), PublishedProportion.Range(2508, 61.0, 1));
        Assert.Equal(new YesCountRange(3, 33.3, 1, 1, 1, 1), PublishedProportion.Range(3, 33.3, 1));
    }

    [Fact]
    public void Impossible_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedProportion.Range(0, 50));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedProportion.Range(10, 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedProportion.Range(10, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedProportion.Range(10, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedProportion.Range(10, 50, 7));
        Assert.Throws<ArgumentException>(() => PublishedProportion.Range(10, 61.5, 0));
    }
}
