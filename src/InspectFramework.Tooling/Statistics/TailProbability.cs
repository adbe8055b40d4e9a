using System;
using MathNet.Numerics;

namespace InspectFramework.Tooling.Statistics;

/// <summary>
/// The tail probabilities behind the large-sample p-values, from MathNet.Numerics' special functions.
/// Each tail is computed directly, by the upper incomplete gamma function or the complementary error
/// function, never as 1 - CDF: small p-values keep their precision (chi-square to 1e-12 relative also
/// deep in the tail, e^-500), and a tail too small for a double (below about 1e-308) is 0, never NaN.
/// TailProbabilityTests checks both against independent references.
/// </summary>
public static class TailProbability
{
    /// <summary>P(X &gt;= x) for X chi-square distributed with the given degrees of freedom: Q(df/2, x/2).</summary>
    public static double ChiSquare(double x, int degreesOfFreedom)
    {
        if (degreesOfFreedom < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Chi-square needs at least one degree of freedom.");
        }

        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The chi-square statistic must be a number.");
        }

        return SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, Math.Max(x, 0.0) / 2.0);
    }

    /// <summary>P(|Z| &gt;= |z|) for Z standard normal: erfc(|z| / √2).</summary>
    public static double NormalTwoSided(double z)
    {
        if (double.IsNaN(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be a number.");
        }

        return SpecialFunctions.Erfc(Math.Abs(z) / Constants.Sqrt2);
    }
}
