using InspectFramework.Runtime;

namespace InspectFramework.Compiler.Model;

/// <summary>How the language writes a comparison. What a comparison means is the runtime's
/// <see cref="Comparison"/> (<see cref="ComparisonExtensions.Holds"/>): the syntax tree, the model and
/// every evaluator share that one enum.</summary>
public static class ComparisonText
{
    /// <summary>The operator as the language writes it, which is also how C# writes it.</summary>
    public static string Text(this Comparison op) => op switch
    {
        Comparison.Equal => "==",
        Comparison.NotEqual => "!=",
        Comparison.Less => "<",
        Comparison.LessOrEqual => "<=",
        Comparison.Greater => ">",
        _ => ">=",
    };
}
