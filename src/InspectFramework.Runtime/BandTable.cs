using System;
using System.Collections.Immutable;

namespace InspectFramework.Runtime;

/// <summary>One row of a band table: values from Low to High inclusive get Level.</summary>
public sealed record Band(RatingLevel Level, decimal Low, decimal High);

/// <summary>A checked band table (no gaps, no overlaps, ordered from the lowest level).</summary>
public sealed class BandTable
{
    /// <summary>Creates a band table; the compiler has already checked the rows.</summary>
    public BandTable(string name, PercentageRounding rounding, int decimals, ImmutableArray<Band> bands)
    {
        Name = name;
        Rounding = rounding;
        Decimals = decimals;
        Bands = bands;
    }

    /// <summary>The table's name in the framework.</summary>
    public string Name { get; }

    /// <summary>The rounding rule applied to percentages before banding.</summary>
    public PercentageRounding Rounding { get; }

    /// <summary>The number of decimals percentages are rounded to.</summary>
    public int Decimals { get; }

    /// <summary>The rows, lowest level first.</summary>
    public ImmutableArray<Band> Bands { get; }

    /// <summary>The level whose band contains <paramref name="value"/> (already rounded).</summary>
    public RatingLevel Classify(decimal value)
    {
        foreach (var band in Bands)
        {
            if (value >= band.Low && value <= band.High)
            {
                return band.Level;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"No band of '{Name}' covers {value}.");
    }

    /// <summary>The lowest value of <paramref name="level"/>'s band: the threshold for reaching that level.</summary>
    public decimal? LowerEdgeOf(RatingLevel level)
    {
        foreach (var band in Bands)
        {
            if (band.Level.Ordinal == level.Ordinal)
            {
                return band.Low;
            }
        }

        return null;
    }
}
