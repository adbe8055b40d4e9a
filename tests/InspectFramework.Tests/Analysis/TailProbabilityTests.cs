using System;
using InspectFramework.Tooling.Statistics;
using MathNet.Numerics;

namespace InspectFramework.Tests.Analysis;

// The tails come from MathNet.Numerics; Fisher's test uses its log-binomials (log-gamma). Both are
// checked here against the same independent references the hand-written versions they replaced
// were held to, at the same precision, except log-gamma near its zero at 2 (below).
public sealed class TailProbabilityTests
{
    // ln Γ(x) from Python 3's math.lgamma (the C library's lgamma), printed with repr().
    [Theory]
    [InlineData(0.5, 0.5723649429247004)]
    [InlineData(1.5, -0.12078223763524543)]
    [InlineData(10.0, 12.801827480081467)]
    [InlineData(100.5, 361.4355404677776)]
    [InlineData(2509.0, 17127.55277380714)]
    [InlineData(100001.0, 1051299.221899122)]
    public void Log_gamma_agrees_with_the_C_library(double x, double expected)
    {
        // MathNet's GammaLn is 1.8e-14 relative at 1.5, where ln Γ is small (-0.12) and crosses zero
        // at 1 and 2; the hand-written Lanczos (g = 7) it replaced was held to 1e-14. Nothing here
        // calls GammaLn below 171 directly: Fisher's test uses FactorialLn (below), exact from a table
        // up to 170!, and the tails built on it are checked at 1e-12 further down.
        IndependentReferences.AssertRelative(expected, SpecialFunctions.GammaLn(x), x < 2.0 ? 2e-14 : 1e-14);
    }

    // The same C library values at integers: ln Γ(n + 1) = ln n!, what Fisher's test sums.
    [Theory]
    [InlineData(9, 12.801827480081467)]
    [InlineData(2508, 17127.55277380714)]
    [InlineData(100000, 1051299.221899122)]
    public void Log_factorial_agrees_with_the_C_library(int n, double expected)
    {
        IndependentReferences.AssertRelative(expected, SpecialFunctions.FactorialLn(n), 1e-14);
    }

    [Fact]
    public void Log_gamma_is_exact_at_small_integers_and_one_half()
    {
        Assert.Equal(0.0, SpecialFunctions.GammaLn(1.0), 14);
        Assert.Equal(0.0, SpecialFunctions.GammaLn(2.0), 14);
        Assert.Equal(Math.Log(Math.Sqrt(Math.PI)), SpecialFunctions.GammaLn(0.5), 14);

        // ln 10! = ln 3,628,800; ln 20! = ln 2,432,902,008,176,640,000 (both exact in a double's range).
        IndependentReferences.AssertRelative(Math.Log(3628800.0), SpecialFunctions.FactorialLn(10), 1e-15);
        IndependentReferences.AssertRelative(Math.Log(2432902008176640000.0), SpecialFunctions.FactorialLn(20), 1e-15);
        Assert.Equal(0.0, SpecialFunctions.FactorialLn(0));
        Assert.Equal(0.0, SpecialFunctions.FactorialLn(1));
    }

    [Fact]
    public void Log_gamma_is_accurate_below_one_half()
    {
        // Γ(1/4) = 3.6256099082219083119 (Abramowitz and Stegun, table 6.1 gives 3.625609908).
        IndependentReferences.AssertRelative(Math.Log(3.6256099082219083119), SpecialFunctions.GammaLn(0.25), 1e-14);
    }

    // Critical values from a standard chi-square table (upper 5%, 1% and 0.1% points; three decimals),
    // so the tail there is the table's level to within the table's rounding. The expected values to
    // full precision are from closed forms in Python 3's standard library:
    //   odd df:  Q(m + 1/2, y) = erfc(√y) + e^-y Σ_{k=1..m} y^(k-1/2) / Γ(k + 1/2)
    //   even df: Q(m, y) = e^-y Σ_{k<m} y^k / k!
    // with y = x/2 (math.erfc, math.exp, math.lgamma); jStat 1.9.6's 1 - chisquare.cdf(x, df) agrees
    // to 1e-12 (for example 0.050013683762491046 at 3.841, df 1).
    [Theory]
    [InlineData(3.841, 1, 0.05, 0.05001368376395671)]
    [InlineData(6.635, 1, 0.01, 0.009999419574042519)]
    [InlineData(10.828, 1, 0.001, 0.0009997657195830914)]
    [InlineData(5.991, 2, 0.05, 0.05001161502657909)]
    [InlineData(7.815, 3, 0.05, 0.04999390297488391)]
    [InlineData(18.307, 10, 0.05, 0.05000058909139811)]
    public void Chi_square_tail_matches_a_standard_table(double x, int df, double tableLevel, double closedForm)
    {
        var tail = TailProbability.ChiSquare(x, df);

        Assert.Equal(tableLevel, tail, 4);
        IndependentReferences.AssertRelative(closedForm, tail, 1e-12);
    }

    [Fact]
    public void Chi_square_tail_for_even_degrees_of_freedom_matches_the_closed_form_everywhere()
    {
        // Q(m, y) = e^-y Σ_{k<m} y^k / k!: an independent formula, each term in logs (ln k! summed
        // directly, not through log-gamma).
        for (var df = 2; df <= 40; df += 2)
        {
            foreach (var x in new[] { 0.01, 0.5, 1.0, 3.0, df - 1.0, df + 0.5, 2.0 * df, 50.0, 200.0, 1000.0 })
            {
                var y = x / 2.0;
                var closedForm = 0.0;
                var logFactorial = 0.0;
                for (var k = 0; k < df / 2; k++)
                {
                    logFactorial += k == 0 ? 0.0 : Math.Log(k);
                    closedForm += Math.Exp(-y + (k * Math.Log(y)) - logFactorial);
                }

                IndependentReferences.AssertRelative(closedForm, TailProbability.ChiSquare(x, df), 1e-12);
            }
        }
    }

    [Fact]
    public void Lower_and_upper_incomplete_gamma_add_up_to_one()
    {
        foreach (var a in new[] { 0.5, 1.0, 2.5, 10.0, 150.0 })
        {
            foreach (var x in new[] { 0.1, 1.0, a, a + 1.0, 3.0 * a })
            {
                Assert.Equal(1.0, SpecialFunctions.GammaLowerRegularized(a, x) + SpecialFunctions.GammaUpperRegularized(a, x), 14);
            }
        }
    }

    [Fact]
    public void Normal_two_sided_p_is_five_percent_at_1_96()
    {
        // 1.959963984540054 is the 97.5% point of the standard normal (R: qnorm(0.975)).
        Assert.Equal(0.05, TailProbability.NormalTwoSided(1.959963984540054), 14);
        Assert.Equal(1.0, TailProbability.NormalTwoSided(0.0));
        Assert.Equal(TailProbability.NormalTwoSided(2.5), TailProbability.NormalTwoSided(-2.5));
    }

    [Fact]
    public void Tails_too_small_for_a_double_are_zero_not_NaN()
    {
        // e^-500 = 7.12e-218 is still a double; e^-5000 is not.
        IndependentReferences.AssertRelative(Math.Exp(-500.0), TailProbability.ChiSquare(1000.0, 2), 1e-12);
        Assert.Equal(0.0, TailProbability.ChiSquare(10000.0, 2));
        Assert.Equal(0.0, TailProbability.NormalTwoSided(1e6));
        Assert.Equal(0.0, TailProbability.NormalTwoSided(double.PositiveInfinity));
        Assert.Equal(0.0, TailProbability.ChiSquare(1e9, 3));
    }

    [Fact]
    public void Arguments_outside_the_domain_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TailProbability.ChiSquare(1.0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TailProbability.ChiSquare(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TailProbability.NormalTwoSided(double.NaN));
    }
}
