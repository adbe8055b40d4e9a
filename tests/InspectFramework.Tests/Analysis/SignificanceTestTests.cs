using System;
using System.Linq;
using System.Numerics;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.Statistics;
using static InspectFramework.Tests.Analysis.IndependentReferences;

namespace InspectFramework.Tests.Analysis;

public sealed class SignificanceTestTests
{
    // Reference values: see IndependentReferences.cs for the scripts that computed them.
    [Theory]
    [InlineData(1530, 2508, 316, 479, -2.04972740527469, 0.04039103913881259, 0.04039103913881265)]
    [InlineData(541, 693, 65, 71, -2.6715388813228427, 0.007550432471439827, 0.007550432471439861)]
    [InlineData(919, 2242, 211, 391, -4.782852961391959, 0.0000017282454903844169, 1.7282454903975705e-06)]
    [InlineData(1139, 3078, 204, 582, 0.8964746455831282, 0.3699993158167829, 0.3699993158167829)]
    public void Two_proportion_z_test_agrees_with_jStat_and_Python(int yes1, int n1, int yes2, int n2, double z, double jStatP, double pythonP)
    {
        var result = SignificanceTest.TwoProportionZ(ContingencyTable.Of((yes1, n1), (yes2, n2)));

        Assert.Equal(SignificanceTestKind.TwoProportionZ, result.Test);
        Assert.Null(result.DegreesOfFreedom);
        AssertRelative(z, result.Statistic, Python);
        AssertRelative(jStatP, result.PValue, JStat);
        AssertRelative(pythonP, result.PValue, Python);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData(1530, 2508, 316, 479, 4.2013824359341285)]
    [InlineData(541, 693, 65, 71, 7.137119994419699)]
    [InlineData(919, 2242, 211, 391, 22.87568245029586)]
    [InlineData(1139, 3078, 204, 582, 0.8036667901733906)]
    public void Chi_square_of_a_2x2_table_is_z_squared_with_the_same_p_value(int yes1, int n1, int yes2, int n2, double jStatChiSquare)
    {
        var table = ContingencyTable.Of((yes1, n1), (yes2, n2));

        var z = SignificanceTest.TwoProportionZ(table);
        var chi = SignificanceTest.PearsonChiSquare(table);

        Assert.Equal(1, chi.DegreesOfFreedom);
        AssertRelative(jStatChiSquare, chi.Statistic, Python);
        AssertRelative(z.Statistic * z.Statistic, chi.Statistic, 1e-13);
        AssertRelative(z.PValue, chi.PValue, 1e-12);
    }

    [Theory]
    [InlineData(30, 50, 20, 50, 10, 40, 11.375, 0.003388052521834717, 0.0033880525218347116)]
    public void Chi_square_of_a_2x3_table_agrees_with_jStat_and_the_closed_form(int y1, int n1, int y2, int n2, int y3, int n3, double statistic, double jStatP, double pythonP)
    {
        var result = SignificanceTest.PearsonChiSquare(ContingencyTable.Of((y1, n1), (y2, n2), (y3, n3)));

        Assert.Equal(SignificanceTestKind.PearsonChiSquare, result.Test);
        Assert.Equal(2, result.DegreesOfFreedom);
        AssertRelative(statistic, result.Statistic, 1e-14);
        AssertRelative(jStatP, result.PValue, JStat);
        AssertRelative(pythonP, result.PValue, Python);
        Assert.Equal("**", result.Stars);
    }

    [Fact]
    public void Chi_square_of_a_2x4_table_agrees_with_jStat_and_the_closed_form()
    {
        var result = SignificanceTest.PearsonChiSquare(ContingencyTable.Of((12, 40), (25, 60), (40, 70), (18, 30)));

        Assert.Equal(3, result.DegreesOfFreedom);
        AssertRelative(10.220790070414132, result.Statistic, Python);
        AssertRelative(0.016779631384251426, result.PValue, JStat);
        AssertRelative(0.01677963138425136, result.PValue, Python);
        Assert.Equal("*", result.Stars);
    }

    [Fact]
    public void Fisher_tea_tasting_table_has_the_textbook_p_value()
    {
        // Fisher (1935), The Design of Experiments: the lady tasting tea, [[3, 1], [1, 3]]. The observed
        // table has probability C(4,3)·C(4,1)/C(8,4) = 16/70, and the two-sided p-value is
        // (1 + 16 + 16 + 1)/70 = 17/35 = 0.4857142857.
        var result = SignificanceTest.FisherExact(ContingencyTable.Of((3, 4), (1, 4)));

        Assert.Equal(SignificanceTestKind.FisherExact, result.Test);
        Assert.Equal(17.0 / 35.0, result.PValue, 14);
        Assert.Equal(0.4857142857, result.PValue, 10);
        Assert.Equal(16.0 / 70.0, result.Statistic, 14);
        Assert.Equal(string.Empty, result.Stars);
    }

    [Fact]
    public void Fisher_convictions_of_twins_matches_R_documentation()
    {
        // R's ?fisher.test example (Fisher 1962, convictions of like-sex twins of criminals):
        // dizygotic 2 of 17 convicted, monozygotic 10 of 13; R prints p-value = 0.0005367.
        var result = SignificanceTest.FisherExact(ContingencyTable.Of((2, 17), (10, 13)));

        Assert.Equal(0.0005367, result.PValue, 7);
        AssertRelative(0.0005367241191434356, result.PValue, JStat);
        AssertRelative(0.0005367241191434358, result.PValue, Python);
        AssertRelative(0.0004496999620490507, result.Statistic, Python);
        Assert.Equal("***", result.Stars);
    }

    [Theory]
    [InlineData(78, 101, 7, 7, 0.17701856687635123, 0.3416141719943809, 0.341614171994381)]
    [InlineData(1530, 2508, 316, 479, 0.004981491667527823, 0.04028325569020509, 0.040283255690205105)]
    [InlineData(2600, 5000, 2400, 5000, 0.000005349951886797053, 0.0000687726439489019, 6.877264394891863e-05)]
    public void Fisher_agrees_with_jStat_and_exact_rationals_including_thousands_of_cases(int yes1, int n1, int yes2, int n2, double observed, double jStatP, double exactP)
    {
        var result = SignificanceTest.FisherExact(ContingencyTable.Of((yes1, n1), (yes2, n2)));

        // Log-factorials of thousands carry an absolute error of about 1e-16 × ln n! (1e-11 here).
        AssertRelative(observed, result.Statistic, 1e-10);
        AssertRelative(jStatP, result.PValue, JStat);
        AssertRelative(exactP, result.PValue, 1e-10);
    }

    // Reference: Python's decimal module at 60 digits, by the hypergeometric ratio recurrence (see
    // IndependentReferences.cs, script 3): no log-gamma involved.
    [Theory]
    [InlineData(26000, 50000, 24000, 50000, 8.929615981945148e-38, 1.200456673265633e-36)]
    [InlineData(25400, 50000, 24600, 50000, 1.3927443866132315e-08, 4.3396123964782345e-07)]
    public void Fisher_keeps_ten_digits_with_100000_cases(int yes1, int n1, int yes2, int n2, double observed, double pValue)
    {
        var result = SignificanceTest.FisherExact(ContingencyTable.Of((yes1, n1), (yes2, n2)));

        // ln 50,000! is about 5e5, so the log-weights carry an absolute error near 1e-10.
        AssertRelative(observed, result.Statistic, 1e-9);
        AssertRelative(pValue, result.PValue, 1e-9);
    }

    [Fact]
    public void Large_samples_give_tiny_p_values_not_NaN()
    {
        // N = 100,000: 52% against 48%.
        var large = SignificanceTest.Choose(ContingencyTable.Of((26000, 50000), (24000, 50000)));
        Assert.Equal(SignificanceTestKind.TwoProportionZ, large.Test);
        AssertRelative(12.649110640673529, large.Statistic, Python);
        AssertRelative(1.1314837902431449e-36, large.PValue, 1e-11);
        Assert.Equal("***", large.Stars);

        // 90% against 10%: the true p-value (about 1e-13900) is below any double.
        var huge = SignificanceTest.Choose(ContingencyTable.Of((45000, 50000), (5000, 50000)));
        AssertRelative(252.98221281347037, huge.Statistic, Python);
        Assert.Equal(0.0, huge.PValue);
        Assert.Equal("***", huge.Stars);

        var fisher = SignificanceTest.FisherExact(ContingencyTable.Of((45000, 50000), (5000, 50000)));
        Assert.Equal(0.0, fisher.PValue);
        Assert.False(double.IsNaN(fisher.Statistic));

        var threeGroups = SignificanceTest.Choose(ContingencyTable.Of((30000, 50000), (27000, 50000), (26500, 50000)));
        AssertRelative(580.7933006168114, threeGroups.Statistic, Python);
        AssertRelative(7.626709559119564e-127, threeGroups.PValue, 1e-11);
    }

    [Fact]
    public void Choose_uses_the_z_test_for_two_groups_with_all_expected_counts_at_least_5()
    {
        // Expected counts 5, 5, 5, 5 exactly: not below 5.
        var result = SignificanceTest.Choose(ContingencyTable.Of((3, 10), (7, 10)));

        Assert.Equal(SignificanceTestKind.TwoProportionZ, result.Test);
    }

    [Fact]
    public void Choose_uses_Fisher_for_two_groups_with_an_expected_count_below_5()
    {
        // 10 yes of 20 against 1 of 3: expected yes in group 2 is 11 × 3/23 = 1.43.
        var result = SignificanceTest.Choose(ContingencyTable.Of((10, 20), (1, 3)));

        Assert.Equal(SignificanceTestKind.FisherExact, result.Test);
        Assert.Equal(SignificanceTest.FisherExact(ContingencyTable.Of((10, 20), (1, 3))), result);
    }

    [Fact]
    public void Choose_uses_chi_square_for_three_or_more_groups()
    {
        var result = SignificanceTest.Choose(ContingencyTable.Of((30, 50), (20, 50), (10, 40)));

        Assert.Equal(SignificanceTestKind.PearsonChiSquare, result.Test);
        Assert.Equal(2, result.DegreesOfFreedom);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Cochran_rule_flags_more_than_20_percent_of_expected_counts_below_5()
    {
        // Half the answers are yes, so a group of 8 has expected counts 4 and 4.
        var twentyPercent = SignificanceTest.Choose(ContingencyTable.Of((50, 100), (50, 100), (50, 100), (50, 100), (4, 8)));
        var fortyPercent = SignificanceTest.Choose(ContingencyTable.Of((50, 100), (50, 100), (50, 100), (4, 8), (4, 8)));

        Assert.False(twentyPercent.HasWarning(SignificanceWarningKind.SparseExpectedCounts));
        var warning = Assert.Single(fortyPercent.Warnings);
        Assert.Equal(SignificanceWarningKind.SparseExpectedCounts, warning.Kind);
        Assert.Equal("4 of 10 expected counts are below 5 (the smallest is 4): by Cochran's rule the chi-square p-value is only approximate.", warning.Message);
        Assert.Equal(SignificanceTestKind.PearsonChiSquare, fortyPercent.Test);
    }

    [Fact]
    public void Cochran_rule_flags_any_expected_count_below_1()
    {
        // Two cells of ten (20%) are small, but both are 0.5.
        var result = SignificanceTest.Choose(ContingencyTable.Of((50, 100), (50, 100), (50, 100), (50, 100), (1, 1)));

        Assert.True(result.HasWarning(SignificanceWarningKind.SparseExpectedCounts));
    }

    [Fact]
    public void An_empty_group_is_left_out_with_a_warning()
    {
        var result = SignificanceTest.Choose(ContingencyTable.Of((30, 50), (0, 0), (20, 50)));

        Assert.Equal(SignificanceTestKind.TwoProportionZ, result.Test);
        Assert.Equal(SignificanceTest.TwoProportionZ(ContingencyTable.Of((30, 50), (20, 50))).PValue, result.PValue);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(new SignificanceWarning(SignificanceWarningKind.EmptyGroupOmitted, "1 group with no applicable case was left out of the test."), warning);
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 3, 10 })]
    [InlineData(new[] { 0, 0, 0, 0 })]
    [InlineData(new[] { 3, 10, 0, 0 })]
    public void Fewer_than_two_groups_with_cases_is_not_tested(int[] counts)
    {
        var table = ContingencyTable.Of(Enumerable.Range(0, counts.Length / 2).Select(i => (counts[2 * i], counts[(2 * i) + 1])).ToArray());

        foreach (var result in new[] { SignificanceTest.Choose(table), SignificanceTest.TwoProportionZ(table), SignificanceTest.PearsonChiSquare(table), SignificanceTest.FisherExact(table) })
        {
            Assert.Equal(SignificanceTestKind.NotTested, result.Test);
            Assert.Equal(1.0, result.PValue);
            Assert.Equal(string.Empty, result.Stars);
            Assert.True(result.HasWarning(SignificanceWarningKind.TooFewGroups));
        }
    }

    [Theory]
    [InlineData(10, 10, 20, 20, "Every applicable answer is yes, so the groups cannot differ.")]
    [InlineData(0, 10, 0, 20, "Every applicable answer is no, so the groups cannot differ.")]
    [InlineData(0, 1, 0, 1, "Every applicable answer is no, so the groups cannot differ.")]
    public void A_table_without_variation_gives_p_1_with_a_warning(int yes1, int n1, int yes2, int n2, string message)
    {
        var table = ContingencyTable.Of((yes1, n1), (yes2, n2));

        foreach (var result in new[] { SignificanceTest.Choose(table), SignificanceTest.TwoProportionZ(table), SignificanceTest.PearsonChiSquare(table), SignificanceTest.FisherExact(table) })
        {
            Assert.Equal(1.0, result.PValue);
            Assert.False(double.IsNaN(result.Statistic));
            Assert.Equal(new SignificanceWarning(SignificanceWarningKind.NoVariation, message), Assert.Single(result.Warnings));
        }

        Assert.Equal(SignificanceTestKind.FisherExact, SignificanceTest.Choose(table).Test);
    }

    [Fact]
    public void Chi_square_without_variation_keeps_its_degrees_of_freedom()
    {
        var result = SignificanceTest.PearsonChiSquare(ContingencyTable.Of((5, 5), (7, 7), (9, 9)));

        Assert.Equal(0.0, result.Statistic);
        Assert.Equal(2, result.DegreesOfFreedom);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal("Pearson chi-square test: statistic = 0, df = 2, p = 1", result.ToString());
    }

    [Fact]
    public void A_result_reads_as_one_line()
    {
        var result = new SignificanceResult(SignificanceTestKind.TwoProportionZ, -2.5, null, 0.0124, EquatableArray<SignificanceWarning>.Empty);

        Assert.Equal("two-proportion z-test: statistic = -2.5, p = 0.0124 *", result.ToString());
        Assert.Equal("not tested: statistic = 0, p = 1", SignificanceTest.Choose(ContingencyTable.Of()).ToString());
    }

    [Fact]
    public void Two_group_tests_refuse_more_than_two_groups()
    {
        var table = ContingencyTable.Of((1, 2), (1, 2), (1, 2));

        Assert.Throws<ArgumentException>(() => SignificanceTest.TwoProportionZ(table));
        Assert.Throws<ArgumentException>(() => SignificanceTest.FisherExact(table));
    }

    [Fact]
    public void Counts_must_be_possible()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupCount(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupCount(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupCount(0, -1));
    }

    [Theory]
    [InlineData(0.0, "***")]
    [InlineData(0.000999, "***")]
    [InlineData(0.001, "**")]
    [InlineData(0.00999, "**")]
    [InlineData(0.01, "*")]
    [InlineData(0.0499, "*")]
    [InlineData(0.05, "")]
    [InlineData(1.0, "")]
    public void Stars_follow_the_reports_thresholds(double p, string stars)
    {
        Assert.Equal(stars, SignificanceStars.For(p));
    }

    [Fact]
    public void Stars_refuse_a_value_that_is_not_a_probability()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SignificanceStars.For(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => SignificanceStars.For(1.5));
    }

    // Properties over random tables (fixed seed, so every run checks the same tables).
    [Fact]
    public void P_values_lie_in_0_to_1_for_every_test_and_random_table()
    {
        var random = new Random(20110301);
        for (var i = 0; i < 2000; i++)
        {
            var table = RandomTable(random, groups: random.Next(2, 6), maxTotal: i % 2 == 0 ? 12 : 3000);
            var results = table.Groups.Count == 2
                ? new[] { SignificanceTest.Choose(table), SignificanceTest.TwoProportionZ(table), SignificanceTest.PearsonChiSquare(table), SignificanceTest.FisherExact(table) }
                : new[] { SignificanceTest.Choose(table), SignificanceTest.PearsonChiSquare(table) };
            foreach (var result in results)
            {
                Assert.True(result.PValue >= 0.0 && result.PValue <= 1.0, $"{table}: {result}");
                Assert.False(double.IsNaN(result.Statistic), $"{table}: {result}");
            }
        }
    }

    [Fact]
    public void Results_do_not_depend_on_the_order_of_groups_or_on_which_answer_is_yes()
    {
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            var table = RandomTable(random, groups: 2, maxTotal: i % 2 == 0 ? 20 : 2000);
            var swapped = new ContingencyTable(table.Groups.Reverse());
            var flipped = new ContingencyTable(table.Groups.Select(g => new GroupCount(g.No, g.Total)));
            foreach (var test in new Func<ContingencyTable, SignificanceResult>[] { SignificanceTest.TwoProportionZ, SignificanceTest.PearsonChiSquare, SignificanceTest.FisherExact })
            {
                var original = test(table);
                // Summed in another order, so equal to rounding: deep in the tail a p-value's relative
                // error grows with the statistic (about X² × 1e-16).
                AssertRelative(original.PValue, test(swapped).PValue, 1e-10);
                AssertRelative(original.PValue, test(flipped).PValue, 1e-10);
            }

            var z = SignificanceTest.TwoProportionZ(table).Statistic;
            Assert.Equal(-z, SignificanceTest.TwoProportionZ(swapped).Statistic);
        }

        var threeGroups = ContingencyTable.Of((12, 40), (25, 60), (40, 70));
        AssertRelative(
            SignificanceTest.PearsonChiSquare(threeGroups).PValue,
            SignificanceTest.PearsonChiSquare(ContingencyTable.Of((40, 70), (12, 40), (25, 60))).PValue,
            1e-12);
    }

    [Fact]
    public void Z_squared_equals_chi_square_for_random_2x2_tables()
    {
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var table = RandomTable(random, groups: 2, maxTotal: 5000);
            var z = SignificanceTest.TwoProportionZ(table);
            var chi = SignificanceTest.PearsonChiSquare(table);
            AssertRelative(chi.Statistic, z.Statistic * z.Statistic, 1e-12);
            AssertRelative(chi.PValue, z.PValue, 1e-10);
        }
    }

    [Fact]
    public void Fisher_matches_exact_rational_arithmetic_and_is_at_least_the_observed_probability()
    {
        var random = new Random(13);
        for (var i = 0; i < 500; i++)
        {
            var table = RandomTable(random, groups: 2, maxTotal: 60);
            var result = SignificanceTest.FisherExact(table);
            if (result.Test == SignificanceTestKind.NotTested)
            {
                Assert.Equal(1.0, result.PValue);
                continue;
            }

            var (observed, pValue) = ExactFisher(table.Groups[0], table.Groups[1]);

            Assert.True(result.PValue >= result.Statistic * (1 - 1e-12), $"{table}: {result}");
            AssertRelative(observed, result.Statistic, 1e-12);
            AssertRelative(pValue, result.PValue, 1e-12);
        }
    }

    // Random groups, some of them empty or without variation, to reach the degenerate paths too.
    private static ContingencyTable RandomTable(Random random, int groups, int maxTotal) =>
        new(Enumerable.Range(0, groups).Select(_ =>
        {
            var total = random.Next(0, maxTotal + 1);
            return new GroupCount(random.Next(0, total + 1), total);
        }));

    // Fisher's two-sided p-value with big integers, as R defines it: the tables whose probability is at
    // most (1 + 1e-7) times the observed one's (compared as integers: w·10^7 <= observed·(10^7 + 1)).
    private static (double Observed, double PValue) ExactFisher(GroupCount first, GroupCount second)
    {
        var totalYes = first.Yes + second.Yes;
        var weights = Enumerable.Range(0, totalYes + 1)
            .Where(a => a <= first.Total && totalYes - a <= second.Total)
            .ToDictionary(a => a, a => Choose(first.Total, a) * Choose(second.Total, totalYes - a));
        var sum = weights.Values.Aggregate(BigInteger.Zero, (s, w) => s + w);
        var observed = weights[first.Yes];
        var tail = weights.Values.Where(w => w * 10_000_000 <= observed * 10_000_001).Aggregate(BigInteger.Zero, (s, w) => s + w);
        return (Ratio(observed, sum), Ratio(tail, sum));
    }

    private static BigInteger Choose(int n, int k)
    {
        var result = BigInteger.One;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    // A ratio of big integers to double precision (scaled so neither part overflows a double).
    private static double Ratio(BigInteger numerator, BigInteger denominator) =>
        Math.Exp(BigInteger.Log(numerator) - BigInteger.Log(denominator));
}
