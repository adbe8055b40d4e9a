using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Model;

namespace InspectFramework.Tooling.Statistics;

/// <summary>
/// Tests for a difference in "% yes" between subgroups (a 2 x k table of yes/no counts), and the rule
/// that picks the one suited to the counts. Every test first leaves out groups with no applicable case;
/// none returns NaN or throws on a degenerate table: it returns p = 1 with a warning instead.
/// Methods and references: docs/analysis.md.
/// </summary>
public static class SignificanceTest
{
    /// <summary>An expected count below this makes the large-sample tests doubtful (Cochran).</summary>
    public const double SmallExpectedCount = 5.0;

    /// <summary>
    /// Picks the test suited to the counts: for two groups, Fisher's exact test when any expected count
    /// is below 5, otherwise the two-proportion z-test (the same p-value as chi-square without continuity
    /// correction, since z² = X²); for three or more groups, chi-square, flagged when Cochran's rule is
    /// broken.
    /// </summary>
    public static SignificanceResult Choose(ContingencyTable table)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        var tested = table.WithoutEmptyGroups();
        if (tested.Groups.Count != 2)
        {
            // Three or more groups: chi-square. Fewer than two: its screening reports "not tested".
            return PearsonChiSquare(table);
        }

        return tested.ExpectedCounts().Any(e => e < SmallExpectedCount) ? FisherExact(table) : TwoProportionZ(table);
    }

    /// <summary>
    /// Two-proportion z-test with the pooled standard error, two-sided:
    /// z = (p1 - p2) / √(p(1 - p)(1/n1 + 1/n2)), p the pooled proportion; p-value = P(|Z| &gt;= |z|).
    /// Needs exactly two groups with cases.
    /// </summary>
    public static SignificanceResult TwoProportionZ(ContingencyTable table)
    {
        var screened = Screen(table, SignificanceTestKind.TwoProportionZ, twoGroupsOnly: true);
        if (screened.Result is { } early)
        {
            return early;
        }

        var (first, second) = (screened.Table.Groups[0], screened.Table.Groups[1]);
        var pooled = (double)screened.Table.TotalYes / screened.Table.GrandTotal;
        var standardError = Math.Sqrt(pooled * (1.0 - pooled) * ((1.0 / first.Total) + (1.0 / second.Total)));
        var z = (((double)first.Yes / first.Total) - ((double)second.Yes / second.Total)) / standardError;
        return new SignificanceResult(SignificanceTestKind.TwoProportionZ, z, null, TailProbability.NormalTwoSided(z), screened.Warnings.ToEquatableArray());
    }

    /// <summary>
    /// Pearson's chi-square test of independence for a 2 x k table, without continuity correction:
    /// X² = Σ (observed - expected)² / expected over the 2k cells, k - 1 degrees of freedom, p-value the
    /// upper chi-square tail. Warns when Cochran's rule is broken.
    /// </summary>
    public static SignificanceResult PearsonChiSquare(ContingencyTable table)
    {
        var screened = Screen(table, SignificanceTestKind.PearsonChiSquare, twoGroupsOnly: false);
        if (screened.Result is { } early)
        {
            return early;
        }

        var tested = screened.Table;
        var warnings = screened.Warnings;
        var statistic = 0.0;
        for (var j = 0; j < tested.Groups.Count; j++)
        {
            statistic += Square(tested.Groups[j].Yes - tested.ExpectedYes(j)) / tested.ExpectedYes(j);
            statistic += Square(tested.Groups[j].No - tested.ExpectedNo(j)) / tested.ExpectedNo(j);
        }

        var expected = tested.ExpectedCounts().ToList();
        var small = expected.Count(e => e < SmallExpectedCount);
        var smallest = expected.Min();
        if (small * 5 > expected.Count || smallest < 1.0)
        {
            warnings.Add(new SignificanceWarning(
                SignificanceWarningKind.SparseExpectedCounts,
                FormattableString.Invariant(
                    $"{small} of {expected.Count} expected counts are below 5 (the smallest is {smallest:0.##}): by Cochran's rule the chi-square p-value is only approximate.")));
        }

        var degreesOfFreedom = tested.Groups.Count - 1;
        return new SignificanceResult(
            SignificanceTestKind.PearsonChiSquare,
            statistic,
            degreesOfFreedom,
            TailProbability.ChiSquare(statistic, degreesOfFreedom),
            warnings.ToEquatableArray());
    }

    /// <summary>
    /// Fisher's exact test for a 2 x 2 table, two-sided as in R's fisher.test: with the margins fixed,
    /// the p-value sums the hypergeometric probabilities of every table no more likely than the observed
    /// one (within a relative tolerance of 1e-7, so ties are not lost to rounding). The statistic is the
    /// probability of the observed table. Needs exactly two groups with cases.
    /// </summary>
    public static SignificanceResult FisherExact(ContingencyTable table)
    {
        var screened = Screen(table, SignificanceTestKind.FisherExact, twoGroupsOnly: true);
        if (screened.Result is { } early)
        {
            return early;
        }

        var (first, second) = (screened.Table.Groups[0], screened.Table.Groups[1]);
        var (observedProbability, pValue) = FisherExactTest.TwoSided(first.Yes, first.Total, second.Yes, second.Total);
        return new SignificanceResult(SignificanceTestKind.FisherExact, observedProbability, null, pValue, screened.Warnings.ToEquatableArray());
    }

    private static double Square(double x) => x * x;

    private readonly record struct Screened(ContingencyTable Table, List<SignificanceWarning> Warnings, SignificanceResult? Result);

    // The cases every test treats alike: empty groups are left out; fewer than two groups left is not
    // tested; no variation (all yes or all no) gives statistic 0 and p = 1, since no group can differ.
    private static Screened Screen(ContingencyTable table, SignificanceTestKind test, bool twoGroupsOnly)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        var warnings = new List<SignificanceWarning>();
        var tested = table.WithoutEmptyGroups();
        var omitted = table.EmptyGroupCount;
        if (omitted > 0)
        {
            warnings.Add(new SignificanceWarning(
                SignificanceWarningKind.EmptyGroupOmitted,
                omitted == 1
                    ? "1 group with no applicable case was left out of the test."
                    : FormattableString.Invariant($"{omitted} groups with no applicable case were left out of the test.")));
        }

        var groups = tested.Groups.Count;
        if (twoGroupsOnly && groups > 2)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"This test compares two groups; the table has {groups} groups with cases. Use PearsonChiSquare or Choose."),
                nameof(table));
        }

        if (groups < 2)
        {
            warnings.Add(new SignificanceWarning(
                SignificanceWarningKind.TooFewGroups,
                "Fewer than two groups have applicable cases: there is nothing to compare."));
            return new Screened(tested, warnings, new SignificanceResult(SignificanceTestKind.NotTested, 0.0, null, 1.0, warnings.ToEquatableArray()));
        }

        if (tested.TotalYes == 0 || tested.TotalNo == 0)
        {
            warnings.Add(new SignificanceWarning(
                SignificanceWarningKind.NoVariation,
                tested.TotalYes == 0
                    ? "Every applicable answer is no, so the groups cannot differ."
                    : "Every applicable answer is yes, so the groups cannot differ."));
            var statistic = test == SignificanceTestKind.FisherExact ? 1.0 : 0.0;
            int? degreesOfFreedom = test == SignificanceTestKind.PearsonChiSquare ? groups - 1 : null;
            return new Screened(tested, warnings, new SignificanceResult(test, statistic, degreesOfFreedom, 1.0, warnings.ToEquatableArray()));
        }

        return new Screened(tested, warnings, null);
    }
}
