namespace InspectFramework.Runtime;

/// <summary>A comparison of two whole numbers in a condition.</summary>
public enum Comparison
{
    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
}

/// <summary>What a <see cref="Comparison"/> means.</summary>
public static class ComparisonExtensions
{
    /// <summary>Whether <c>left op right</c> holds.</summary>
    public static bool Holds(this Comparison comparison, long left, long right) => comparison switch
    {
        Comparison.Equal => left == right,
        Comparison.NotEqual => left != right,
        Comparison.Less => left < right,
        Comparison.LessOrEqual => left <= right,
        Comparison.Greater => left > right,
        _ => left >= right,
    };
}
