using System;

namespace InspectFramework.Tests.Analysis;

// Where the reference values in the statistics tests come from. Each was computed outside this
// repository by independent tools, and the tests assert against them:
//
// 1. jStat 1.9.6 (npm, `npm install jstat` in a temporary folder, run with Node 20): normal and
//    chi-square tails from jStat's own error function and incomplete gamma; Fisher from summed
//    hypergeometric probabilities. Accurate to about 1e-11 relative here, so asserted at 1e-9.
//    Script (reference.js):
//    const { jStat } = require('jstat'); // jstat 1.9.6 from npm, run with Node 20
//    const z = (a, n1, b, n2) => { const p = (a + b) / (n1 + n2); return (a / n1 - b / n2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2)); };
//    const chi2 = (groups) => { // groups: [[yes, total], ...]
//      const N = groups.reduce((s, g) => s + g[1], 0), Y = groups.reduce((s, g) => s + g[0], 0); let x = 0;
//      for (const [y, n] of groups) { const ey = Y * n / N, en = (N - Y) * n / N; x += (y - ey) ** 2 / ey + (n - y - en) ** 2 / en; }
//      return x; };
//    const fisher = (a, n1, b, n2) => { // two-sided as R: sum of P(t) over tables with P(t) <= P(observed) * (1 + 1e-7)
//      const K = a + b, N = n1 + n2, pdf = (x) => jStat.hypgeom.pdf(x, N, n1, K), obs = pdf(a); let p = 0;
//      for (let x = Math.max(0, K - n2); x <= Math.min(K, n1); x++) { const d = pdf(x); if (d <= obs * (1 + 1e-7)) p += d; }
//      return [obs, p]; };
//    for (const [a, n1, b, n2] of [[1530, 2508, 316, 479], [541, 693, 65, 71], [919, 2242, 211, 391], [1139, 3078, 204, 582]]) {
//      const zz = z(a, n1, b, n2);
//      console.log(a, n1, b, n2, 'z', zz, 'p', 2 * jStat.normal.cdf(-Math.abs(zz), 0, 1), 'X2', chi2([[a, n1], [b, n2]]), 'p', 1 - jStat.chisquare.cdf(zz * zz, 1));
//    }
//    for (const t of [[78, 101, 7, 7], [3, 4, 1, 4], [2, 17, 10, 13], [1530, 2508, 316, 479], [2600, 5000, 2400, 5000]]) console.log('fisher', t, fisher(...t));
//    for (const g of [[[30, 50], [20, 50], [10, 40]], [[12, 40], [25, 60], [40, 70], [18, 30]]]) console.log('chi2', chi2(g), 'p', 1 - jStat.chisquare.cdf(chi2(g), g.length - 1));
//    Output:
//    1530 2508 316 479 z -2.04972740527469 p 0.04039103913881259 X2 4.2013824359341285 p 0.040391039138408136
//    541 693 65 71 z -2.6715388813228427 p 0.007550432471439827 X2 7.137119994419699 p 0.007550432471439494
//    919 2242 211 391 z -4.782852961391959 p 0.0000017282454903844169 X2 22.87568245029586 p 0.0000017282454903844169
//    1139 3078 204 582 z 0.8964746455831282 p 0.3699993158167829 X2 0.8036667901733906 p 0.36999931581681
//    fisher [ 78, 101, 7, 7 ] [ 0.17701856687635123, 0.3416141719943809 ]
//    fisher [ 3, 4, 1, 4 ] [ 0.22857142857142854, 0.4857142857142857 ]
//    fisher [ 2, 17, 10, 13 ] [ 0.0004496999620490505, 0.0005367241191434356 ]
//    fisher [ 1530, 2508, 316, 479 ] [ 0.004981491667527823, 0.04028325569020509 ]
//    fisher [ 2600, 5000, 2400, 5000 ] [ 0.000005349951886797053, 0.0000687726439489019 ]
//    chi2 11.375 p 0.003388052521834717
//    chi2 10.220790070414132 p 0.016779631384251426
//
// 2. Python 3's standard library only: normal tails from the C library's erfc, chi-square tails from
//    the closed forms for whole degrees of freedom, Fisher in exact rational arithmetic (so its values
//    are exact up to the final conversion to a double). Asserted at 1e-12.
//    Script (reference.py):
//    import math  # Python 3 standard library only
//    from fractions import Fraction
//    def z(a, n1, b, n2):
//        p = (a + b) / (n1 + n2); return (a / n1 - b / n2) / math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
//    def fisher(a, n1, b, n2):  # exact rationals; tables with P(t) <= P(observed) * (1 + 1e-7), as R
//        K = a + b; w = {x: math.comb(n1, x) * math.comb(n2, K - x) for x in range(max(0, K - n2), min(K, n1) + 1)}
//        total = sum(w.values()); obs = w[a]
//        return float(Fraction(obs, total)), float(Fraction(sum(v for v in w.values() if v * 10**7 <= obs * (10**7 + 1)), total))
//    def chi2(groups):
//        N = sum(n for _, n in groups); Y = sum(y for y, _ in groups); x = 0.0
//        for y, n in groups:
//            ey = Y * n / N; en = (N - Y) * n / N; x += (y - ey) ** 2 / ey + (n - y - en) ** 2 / en
//        return x
//    def q_odd(df, x):  # chi-square tail, odd df = 2m + 1: erfc(sqrt y) + e^-y sum_{k=1..m} y^(k-1/2) / Gamma(k + 1/2), y = x/2
//        y = x / 2; return math.erfc(math.sqrt(y)) + sum(math.exp(-y + (k - 0.5) * math.log(y) - math.lgamma(k + 0.5)) for k in range(1, (df - 1) // 2 + 1))
//    def q_even(df, x):  # chi-square tail, even df = 2m: e^-y sum_{k<m} y^k / k!, y = x/2
//        y = x / 2; return sum(math.exp(-y + k * math.log(y) - math.lgamma(k + 1)) for k in range(df // 2))
//    for t in [(1530, 2508, 316, 479), (541, 693, 65, 71), (919, 2242, 211, 391), (1139, 3078, 204, 582), (26000, 50000, 24000, 50000), (45000, 50000, 5000, 50000)]:
//        zz = z(*t); print(t, 'z', repr(zz), 'p', repr(math.erfc(abs(zz) / math.sqrt(2))))
//    for t in [(78, 101, 7, 7), (3, 4, 1, 4), (2, 17, 10, 13), (1530, 2508, 316, 479), (2600, 5000, 2400, 5000)]:
//        print('fisher', t, fisher(*t))
//    for g in [[(30, 50), (20, 50), (10, 40)], [(30000, 50000), (27000, 50000), (26500, 50000)]]: print('chi2', repr(chi2(g)), 'p', repr(q_even(2, chi2(g))))
//    g = [(12, 40), (25, 60), (40, 70), (18, 30)]; print('chi2', repr(chi2(g)), 'p', repr(q_odd(3, chi2(g))))
//    Output:
//    (1530, 2508, 316, 479) z -2.04972740527469 p 0.04039103913881265
//    (541, 693, 65, 71) z -2.6715388813228427 p 0.007550432471439861
//    (919, 2242, 211, 391) z -4.782852961391959 p 1.7282454903975705e-06
//    (1139, 3078, 204, 582) z 0.8964746455831282 p 0.3699993158167829
//    (26000, 50000, 24000, 50000) z 12.649110640673529 p 1.1314837902431449e-36
//    (45000, 50000, 5000, 50000) z 252.98221281347037 p 0.0
//    fisher (78, 101, 7, 7) (0.17701856687635123, 0.341614171994381)
//    fisher (3, 4, 1, 4) (0.22857142857142856, 0.4857142857142857)
//    fisher (2, 17, 10, 13) (0.0004496999620490507, 0.0005367241191434358)
//    fisher (1530, 2508, 316, 479) (0.004981491667527824, 0.040283255690205105)
//    fisher (2600, 5000, 2400, 5000) (5.349951886798355e-06, 6.877264394891863e-05)
//    chi2 11.375 p 0.0033880525218347116
//    chi2 580.7933006168114 p 7.626709559119564e-127
//    chi2 10.220790070414132 p 0.01677963138425136
//
// 3. Python 3's decimal module at 60 digits, for Fisher's test on 100,000 cases (too slow in exact
//    rationals): the hypergeometric weights by their ratio recurrence, so no log-gamma is involved.
//    Its first two rows reproduce the exact rational values of script 2 to every printed digit.
//    Script (fisher_decimal.py):
//    # Fisher two-sided p by the hypergeometric ratio recurrence in 60-digit decimal arithmetic (Python stdlib)
//    from decimal import Decimal, getcontext
//    getcontext().prec = 60
//    def fisher(a, n1, b, n2):
//        K = a + b; lo = max(0, K - n2); hi = min(K, n1)
//        w = [Decimal(1)]
//        for x in range(lo, hi):  # w(x+1)/w(x) = (n1-x)(K-x) / ((x+1)(n2-K+x+1))
//            w.append(w[-1] * (n1 - x) * (K - x) / ((x + 1) * (n2 - K + x + 1)))
//        total = sum(w); obs = w[a - lo]
//        return float(obs / total), float(sum(v for v in w if v <= obs * (1 + Decimal('1e-7'))) / total)
//    for t in [(2600, 5000, 2400, 5000), (1530, 2508, 316, 479), (26000, 50000, 24000, 50000), (25400, 50000, 24600, 50000)]:
//        print(t, fisher(*t))
//    Output:
//    (2600, 5000, 2400, 5000) (5.349951886798355e-06, 6.877264394891863e-05)
//    (1530, 2508, 316, 479) (0.004981491667527824, 0.040283255690205105)
//    (26000, 50000, 24000, 50000) (8.929615981945148e-38, 1.200456673265633e-36)
//    (25400, 50000, 24600, 50000) (1.3927443866132315e-08, 4.3396123964782345e-07)

internal static class IndependentReferences
{
    /// <summary>Tolerance for jStat's values (its log-gamma has about ten correct digits).</summary>
    public const double JStat = 1e-9;

    /// <summary>Tolerance for the Python standard library's values.</summary>
    public const double Python = 1e-12;

    public static void AssertRelative(double expected, double actual, double tolerance)
    {
        var error = expected == 0.0 ? Math.Abs(actual) : Math.Abs((actual - expected) / expected);
        Assert.True(
            error <= tolerance,
            FormattableString.Invariant($"expected {expected:R}, got {actual:R}: relative error {error:E2} > {tolerance:E0}"));
    }
}
