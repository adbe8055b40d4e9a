using System;
using MathNet.Numerics;

namespace InspectFramework.Tooling.Statistics;

/// <summary>
/// The arithmetic of Fisher's exact test for a 2 x 2 table. With both group sizes and the total number
/// of yes answers fixed, the number of yes answers in group 1 is hypergeometric; its probabilities come
/// from MathNet.Numerics' log-binomial coefficients, so tables with thousands or hundreds of thousands of cases neither
/// overflow nor underflow.
/// </summary>
internal static class FisherExactTest
{
    // R's fisher.test counts a table as "no more likely" than the observed one when its probability is
    // at most (1 + 1e-7) times the observed probability, so that ties broken by rounding still count.
    private const double RelativeTolerance = 1e-7;

    /// <summary>
    /// The probability of the observed table and the two-sided p-value. Relative accuracy, measured
    /// against exact arithmetic: about 1e-13 for tens of cases, 1e-11 for thousands, 1e-10 for 100,000
    /// (the log-factorials' rounding, 1e-16 × ln n!), far finer than the 1e-7 tie tolerance.
    /// </summary>
    public static (double ObservedProbability, double PValue) TwoSided(int yes1, int total1, int yes2, int total2)
    {
        // The support has at most min(n1, n2, K, N - K) + 1 tables; when an expected count is below 5
        // (the only case SignificanceTest.Choose sends here) that is at most about √(5N).
        var totalYes = (long)yes1 + yes2;
        var low = (int)Math.Max(0L, totalYes - total2);
        var high = (int)Math.Min(totalYes, total1);

        // Log-probabilities up to a constant (the constant, -ln C(N, K), cancels on normalising):
        // ln C(n1, a) + ln C(n2, K - a).
        var logWeights = new double[high - low + 1];
        var largest = double.NegativeInfinity;
        for (var a = low; a <= high; a++)
        {
            var logWeight = SpecialFunctions.BinomialLn(total1, a) + SpecialFunctions.BinomialLn(total2, (int)(totalYes - a));
            logWeights[a - low] = logWeight;
            largest = Math.Max(largest, logWeight);
        }

        // Scaled by the most likely table, so the largest weight is 1 and the sum is at least 1: no
        // underflow where it matters, and tables too unlikely to register add 0.
        var sum = 0.0;
        var weights = new double[logWeights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Math.Exp(logWeights[i] - largest);
            sum += weights[i];
        }

        var observed = weights[yes1 - low];
        var threshold = observed * (1.0 + RelativeTolerance);
        var tail = 0.0;
        foreach (var weight in weights)
        {
            if (weight <= threshold)
            {
                tail += weight;
            }
        }

        return (observed / sum, Math.Min(1.0, tail / sum));
    }
}
