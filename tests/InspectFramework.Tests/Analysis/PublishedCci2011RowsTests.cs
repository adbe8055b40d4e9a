using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Tooling.Statistics;
using static InspectFramework.Tests.Analysis.IndependentReferences;

namespace InspectFramework.Tests.Analysis;

/// <summary>
/// The stars the inspectorate published in Tables 6-10 of its 2011 Core Case Inspection report,
/// reproduced from the published N and rounded "% work done sufficiently well" of each row.
/// Cci2011SubgroupTables.tsv holds every row of those tables as published.
/// </summary>
public sealed class PublishedCci2011RowsTests
{
    [Fact]
    public void Table_6_victims_issues_by_gender_is_one_star_at_the_nearest_counts()
    {
        // "Did the objectives within the intervention plan/referral order contract take account of
        // victim's issues?": male 61% of 2,508, female 66% of 479, published *.
        var male = PublishedProportion.Range(2508, 61)!.Value;
        var female = PublishedProportion.Range(479, 66)!.Value;
        Assert.Equal((1518, 1542, 1530), (male.Low, male.High, male.Nearest));
        Assert.Equal((314, 318, 316), (female.Low, female.High, female.Nearest));

        var result = SignificanceTest.Choose(new ContingencyTable(new[] { male.NearestGroup, female.NearestGroup }));

        Assert.Equal(SignificanceTestKind.TwoProportionZ, result.Test);
        AssertRelative(-2.04972740527469, result.Statistic, Python);
        AssertRelative(0.04039103913881265, result.PValue, Python);
        Assert.Equal("*", result.Stars);
    }

    [Fact]
    public void Table_6_victims_issues_by_gender_is_not_one_star_for_every_count_the_rounding_allows()
    {
        // Honest limit: the rounded percentages leave 25 × 5 = 125 possible pairs of yes counts. 86 give
        // p < 0.05 and 39 do not (p from 0.016 to 0.092): the published * needs the female count to be
        // high enough for the male count, for example female 316 (the nearest) with male at most 1,535.
        // (Counted independently with a Python script enumerating the same pairs through math.erfc.)
        var stars = StarsAcrossRange(PublishedProportion.Range(2508, 61)!.Value, PublishedProportion.Range(479, 66)!.Value);

        Assert.Equal(86, stars["*"]);
        Assert.Equal(39, stars[string.Empty]);
        Assert.Equal(2, stars.Count);
    }

    [Theory]
    // Table 6, "Was the secure establishment made aware of vulnerability issues prior to, or
    // immediately on, sentence?": male 78% of 693, female 92% of 71, published **.
    [InlineData(78, 693, 92, 71, "**", SignificanceTestKind.TwoProportionZ, 0.007550432471439861)]
    // Table 6, "Does there appear to have been a reduction in frequency of offending?": male 41% of
    // 2,242, female 54% of 391, published ***.
    [InlineData(41, 2242, 54, 391, "***", SignificanceTestKind.TwoProportionZ, 1.7282454903975705e-06)]
    // Table 6, "Has the case manager assessed the learning style of the child or young person?": male
    // 37% of 3,078, female 35% of 582, published - (not significant).
    [InlineData(37, 3078, 35, 582, "", SignificanceTestKind.TwoProportionZ, 0.3699993158167829)]
    // Table 6, "Was the notification and referral to MAPPA timely?": male 77% of 101, female 100% of 7,
    // published -. The female group's expected "no" count is 1.5, so Fisher's exact test.
    [InlineData(77, 101, 100, 7, "", SignificanceTestKind.FisherExact, 0.341614171994381)]
    public void Published_stars_reproduce_for_every_count_the_rounding_allows(int percent1, int n1, int percent2, int n2, string published, SignificanceTestKind test, double pythonP)
    {
        var first = PublishedProportion.Range(n1, percent1)!.Value;
        var second = PublishedProportion.Range(n2, percent2)!.Value;

        var result = SignificanceTest.Choose(new ContingencyTable(new[] { first.NearestGroup, second.NearestGroup }));

        Assert.Equal(test, result.Test);
        AssertRelative(pythonP, result.PValue, 1e-11);
        Assert.Equal(published, result.Stars);
        Assert.Equal(new[] { published }, StarsAcrossRange(first, second).Keys);
    }

    [Fact]
    public void Every_published_star_in_tables_6_to_10_is_reached_within_the_rounding()
    {
        var rows = PublishedRow.ReadAll();
        Assert.Equal(295, rows.Count);

        foreach (var row in rows)
        {
            var reachable = StarsAcrossRange(row.First, row.Second);
            Assert.True(reachable.ContainsKey(row.Stars), $"{row}: published {row.Stars}, reachable {string.Join(", ", reachable.Keys)}");
        }
    }

    [Fact]
    public void The_nearest_counts_reproduce_277_of_the_295_published_stars()
    {
        // The 18 rows where the counts nearest the published percentages give other stars (all 18 within
        // the rounding, as the previous test shows). Found independently by a Python script (math.erfc
        // for the z-test, exact rationals for Fisher, the same selection rule) over the same rows.
        var expected = new[]
        {
            "6/381 * **", "6/417 ** ***", "6/420 ** ***", "7/482 * -", "7/519 * -", "8/561 * -", "8/578 - *",
            "8/596 * -", "9/654 * -", "9/669 ** *", "9/679 * -", "9/690 ** *", "9/702 ** *", "9/714 - *",
            "10/741 ** ***", "10/775 ** ***", "10/787 - *", "10/807 * -",
        };

        var differing = PublishedRow.ReadAll()
            .Select(row => (row, stars: SignificanceTest.Choose(new ContingencyTable(new[] { row.First.NearestGroup, row.Second.NearestGroup })).Stars))
            .Where(x => x.stars != x.row.Stars)
            .Select(x => FormattableString.Invariant($"{x.row.Table}/{x.row.Line} {Dash(x.row.Stars)} {Dash(x.stars)}"));

        Assert.Equal(expected, differing);
    }

    // How many of the yes-count pairs consistent with the rounding give each number of stars.
    private static SortedDictionary<string, int> StarsAcrossRange(YesCountRange first, YesCountRange second)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var a = first.Low; a <= first.High; a++)
        {
            for (var b = second.Low; b <= second.High; b++)
            {
                var stars = SignificanceTest.Choose(ContingencyTable.Of((a, first.Total), (b, second.Total))).Stars;
                counts[stars] = counts.TryGetValue(stars, out var n) ? n + 1 : 1;
            }
        }

        return counts;
    }

    private static string Dash(string stars) => stars.Length == 0 ? "-" : stars;

    private sealed record PublishedRow(int Table, int Line, string Question, YesCountRange First, YesCountRange Second, string Stars)
    {
        public static IReadOnlyList<PublishedRow> ReadAll() =>
            File.ReadAllLines(Path.Combine(RepositoryPaths.Tests, "Analysis", "Cci2011SubgroupTables.tsv"))
                .Where(line => !line.StartsWith("#", StringComparison.Ordinal) && !line.StartsWith("table\t", StringComparison.Ordinal))
                .Select(Parse)
                .ToList();

        private static PublishedRow Parse(string line)
        {
            var f = line.Split('\t');
            return new PublishedRow(
                int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture),
                f[2],
                Range(f[5], f[4]),
                Range(f[8], f[7]),
                f[9] == "-" ? string.Empty : f[9]);
        }

        private static YesCountRange Range(string n, string percent) =>
            PublishedProportion.Range(
                int.Parse(n, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(percent, System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidDataException($"{percent}% of {n} is not a possible percentage.");

        public override string ToString() => FormattableString.Invariant($"Table {Table} (line {Line}) {Question}");
    }
}
