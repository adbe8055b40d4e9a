using System;

namespace InspectFramework.Runtime;

/// <summary>How a percentage is rounded before it is banded (the framework states it).</summary>
public enum PercentageRounding
{
    /// <summary>Halves round up: 64.5 becomes 65.</summary>
    HalfUp = 0,

    /// <summary>Halves round to the even neighbour: 64.5 becomes 64, 65.5 becomes 66.</summary>
    HalfEven = 1,

    /// <summary>Truncates: 64.9 becomes 64.</summary>
    Down = 2,

    /// <summary>Any fraction rounds up: 64.1 becomes 65.</summary>
    Up = 3,
}

/// <summary>Percentages computed exactly in decimal arithmetic, then rounded by the framework's rule.</summary>
public static class Percentages
{
    /// <summary>The rounding published percentages use when a framework states none (pooled scores,
    /// key questions of standards that are not rated): half up ...</summary>
    public const PercentageRounding DefaultRounding = PercentageRounding.HalfUp;

    /// <summary>... to a whole number.</summary>
    public const int DefaultDecimals = 0;

    /// <summary>100 x <paramref name="yes"/> / <paramref name="applicable"/>, rounded; null when nothing applies.</summary>
    public static decimal? Compute(int yes, int applicable, PercentageRounding rounding, int decimals)
    {
        if (applicable <= 0)
        {
            return null;
        }

        if (yes < 0 || yes > applicable)
        {
            throw new ArgumentOutOfRangeException(nameof(yes), yes, "The yes count must lie between 0 and the applicable count.");
        }

        var exact = 100m * yes / applicable;
        return Round(exact, rounding, decimals);
    }

    /// <summary>Rounds a non-negative value to <paramref name="decimals"/> places by <paramref name="rounding"/>.</summary>
    public static decimal Round(decimal value, PercentageRounding rounding, int decimals)
    {
        var scale = Pow10(decimals);
        return rounding switch
        {
            PercentageRounding.HalfUp => Math.Round(value, decimals, MidpointRounding.AwayFromZero),
            PercentageRounding.HalfEven => Math.Round(value, decimals, MidpointRounding.ToEven),
            PercentageRounding.Down => Math.Floor(value * scale) / scale,
            _ => Math.Ceiling(value * scale) / scale,
        };
    }

    private static decimal Pow10(int decimals)
    {
        var result = 1m;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
