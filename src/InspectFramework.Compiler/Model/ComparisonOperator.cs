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
    /// <summary>Whether <c>left op right</c> holds: the one meaning of a comparison shared by the
    /// checker's evaluator, the scoring evaluator and the diff's applicability comparer.</summary>
    public static bool Holds(this ComparisonOperator op, long left, long right) => op switch
    {
        ComparisonOperator.Equal => left == right,
        ComparisonOperator.NotEqual => left != right,
        ComparisonOperator.Less => left < right,
        ComparisonOperator.LessOrEqual => left <= right,
        ComparisonOperator.Greater => left > right,
        _ => left >= right,
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
