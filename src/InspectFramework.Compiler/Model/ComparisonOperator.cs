using InspectFramework.Runtime;

namespace InspectFramework.Compiler.Model;

/// <summary>A comparison in a condition.</summary>
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

public static class ComparisonOperatorExtensions
{
    /// <summary>Whether <c>left op right</c> holds, as the runtime's <see cref="Comparison"/> defines it:
    /// the one meaning of a comparison shared by the checker, scoring and the diff.</summary>
    public static bool Holds(this ComparisonOperator op, long left, long right) => op.ToRuntime().Holds(left, right);

    /// <summary>The runtime's comparison for the operator.</summary>
    public static Comparison ToRuntime(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => Comparison.Equal,
        ComparisonOperator.NotEqual => Comparison.NotEqual,
        ComparisonOperator.Less => Comparison.Less,
        ComparisonOperator.LessOrEqual => Comparison.LessOrEqual,
        ComparisonOperator.Greater => Comparison.Greater,
        _ => Comparison.GreaterOrEqual,
    };

    /// <summary>The operator as the language writes it, which is also how C# writes it.</summary>
    public static string Text(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };
}
