using System;
using InspectFramework.Compiler.Model;

namespace InspectFramework.Tooling.Statistics;

public enum SignificanceTestKind
{
    /// <summary>Nothing to test (fewer than two groups with cases); the p-value is 1.</summary>
    NotTested,

    /// <summary>Two-proportion z-test with the pooled standard error.</summary>
    TwoProportionZ,

    /// <summary>Pearson's chi-square test of independence, without continuity correction.</summary>
    PearsonChiSquare,

    /// <summary>Fisher's exact test, two-sided.</summary>
    FisherExact,
}

public enum SignificanceWarningKind
{
    /// <summary>A group had no applicable case and was left out of the test.</summary>
    EmptyGroupOmitted,

    /// <summary>Fewer than two groups had cases, so there was nothing to compare.</summary>
    TooFewGroups,

    /// <summary>Every answer was yes, or every answer was no: no difference between groups can show.</summary>
    NoVariation,

    /// <summary>
    /// Cochran's rule is broken (more than 20% of expected counts below 5, or any below 1): the
    /// chi-square p-value is only a rough approximation.
    /// </summary>
    SparseExpectedCounts,
}

/// <summary>A caveat on a result, with a sentence a report can print beside the table.</summary>
public sealed record SignificanceWarning(SignificanceWarningKind Kind, string Message);

/// <summary>
/// The outcome of a test for a difference in "% yes" between subgroups.
/// <see cref="Statistic"/> is z for the z-test (group 1 minus group 2, so its sign says which group
/// did better), X² for chi-square, and the probability of the observed table for Fisher's test.
/// </summary>
public sealed record SignificanceResult(
    SignificanceTestKind Test,
    double Statistic,
    int? DegreesOfFreedom,
    double PValue,
    EquatableArray<SignificanceWarning> Warnings)
{
    /// <summary>The test's name as a report would print it.</summary>
    public string TestName => Test switch
    {
        SignificanceTestKind.TwoProportionZ => "two-proportion z-test",
        SignificanceTestKind.PearsonChiSquare => "Pearson chi-square test",
        SignificanceTestKind.FisherExact => "Fisher's exact test",
        _ => "not tested",
    };

    /// <summary>The inspectorate's significance stars for <see cref="PValue"/> ("" when not significant).</summary>
    public string Stars => SignificanceStars.For(PValue);

    public bool HasWarning(SignificanceWarningKind kind)
    {
        foreach (var warning in Warnings)
        {
            if (warning.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
    {
        var df = DegreesOfFreedom is { } d ? FormattableString.Invariant($", df = {d}") : string.Empty;
        return FormattableString.Invariant($"{TestName}: statistic = {Statistic:R}{df}, p = {PValue:R} {Stars}").TrimEnd();
    }
}

/// <summary>
/// Stars as in the inspectorate's reports: *** p &lt; 0.001 (0.1% level), ** p &lt; 0.01 (1%),
/// * p &lt; 0.05 (5%), otherwise none (the published tables print "-").
/// </summary>
public static class SignificanceStars
{
    public static string For(double pValue)
    {
        if (double.IsNaN(pValue) || pValue < 0 || pValue > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pValue), pValue, "A p-value lies in [0, 1].");
        }

        return pValue < 0.001 ? "***" : pValue < 0.01 ? "**" : pValue < 0.05 ? "*" : string.Empty;
    }
}
