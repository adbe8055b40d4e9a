using System;

namespace InspectFramework.Tooling.Statistics;

/// <summary>
/// The yes counts consistent with a published row "percent% of n", the percentage rounded to
/// <see cref="Decimals"/> decimals: every count y in [Low, High] has 100·y/n within half a unit of the
/// last published decimal of <see cref="Percent"/>. Half-way values are included, so the range holds
/// whichever way the publisher rounded halves. <see cref="Nearest"/> is the integer nearest n·percent/100
/// (halves rounded up), the single count to use when reproducing a published result.
/// </summary>
public readonly record struct YesCountRange(int Total, double Percent, int Decimals, int Low, int High, int Nearest)
{
    /// <summary>How many yes counts are consistent with the published row.</summary>
    public int Count => High - Low + 1;

    public bool Contains(int yes) => yes >= Low && yes <= High;

    /// <summary>The group count for <see cref="Nearest"/>.</summary>
    public GroupCount NearestGroup => new(Nearest, Total);

    public override string ToString() =>
        FormattableString.Invariant($"{Percent}% of {Total}: {Low}..{High} yes (nearest {Nearest})");
}

/// <summary>Rebuilding counts from a published "% yes" and N.</summary>
public static class PublishedProportion
{
    private const int MaxDecimals = 6;

    /// <summary>
    /// The yes counts out of <paramref name="total"/> that round to <paramref name="percent"/> at
    /// <paramref name="decimals"/> decimals, for example 61% of 2,508: 1,518..1,542 (1,517 is 60.49%).
    /// Null when no count rounds to it (a misprint, or the wrong N). Exact integer arithmetic throughout.
    /// </summary>
    public static YesCountRange? Range(int total, double percent, int decimals = 0)
    {
        if (total < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, "A published percentage needs N >= 1.");
        }

        if (decimals < 0 || decimals > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Percentages are published with 0 to 6 decimals.");
        }

        if (double.IsNaN(percent) || percent < 0 || percent > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage lies in [0, 100].");
        }

        // The percentage in units of its last decimal (61.5 at one decimal: 615); the scale turns a yes
        // count into the same units: 100·y/n·10^d = y·scale/n.
        var power = 1L;
        for (var i = 0; i < decimals; i++)
        {
            power *= 10;
        }

        var unitsExact = percent * power;
        var units = (long)Math.Round(unitsExact, MidpointRounding.AwayFromZero);
        if (Math.Abs(unitsExact - units) > 1e-6)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"{percent} has more than {decimals} decimals."), nameof(percent));
        }

        var scale = 100L * power;
        long n = total;

        // y is consistent when |y·scale/n - units| <= 1/2, that is (2·units - 1)·n <= 2·y·scale <= (2·units + 1)·n.
        var low = Math.Max(0L, CeilingDivide(((2 * units) - 1) * n, 2 * scale));
        var high = Math.Min(n, FloorDivide(((2 * units) + 1) * n, 2 * scale));
        if (low > high)
        {
            return null;
        }

        var nearest = FloorDivide((2 * units * n) + scale, 2 * scale);
        return new YesCountRange(total, percent, decimals, (int)low, (int)high, (int)nearest);
    }

    private static long FloorDivide(long numerator, long denominator)
    {
        var quotient = numerator / denominator;
        return (numerator % denominator != 0 && (numerator < 0) != (denominator < 0)) ? quotient - 1 : quotient;
    }

    private static long CeilingDivide(long numerator, long denominator) => -FloorDivide(-numerator, denominator);
}
