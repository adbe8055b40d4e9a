using System;

namespace InspectFramework.Runtime;

/// <summary>A level of a framework's rating scale; <see cref="Ordinal"/> 0 is the lowest.</summary>
public sealed record RatingLevel(string Name, string Label, int Points, int Ordinal) : IComparable<RatingLevel>
{
    /// <inheritdoc />
    public int CompareTo(RatingLevel? other) => other is null ? 1 : Ordinal.CompareTo(other.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Label;
}
