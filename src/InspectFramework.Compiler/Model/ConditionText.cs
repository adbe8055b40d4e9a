using System.Linq;
using System.Text;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Model;

/// <summary>Writes a lowered condition back in the language's own notation (<c>harm_factors and disposal in {custody}</c>).</summary>
public static class ConditionText
{
    public static string ToSource(ConditionModel condition)
    {
        var builder = new StringBuilder();
        Write(condition, builder, nested: false);
        return builder.ToString();
    }

    // `nested`: the condition is an operand of and/or/not, so a chain in it needs parentheses.
    // Conditions are at most FrameworkParser.MaxNestingDepth deep, so the recursion is bounded.
    private static void Write(ConditionModel condition, StringBuilder builder, bool nested)
    {
        switch (condition)
        {
            case ConstantCondition constant:
                builder.Append(constant.Value ? "true" : "false");
                break;
            case FactIsTrueCondition fact:
                builder.Append(fact.Fact);
                break;
            case MembershipCondition membership:
                builder.Append(membership.Fact).Append(" in {").Append(string.Join(", ", membership.Members)).Append('}');
                break;
            case NotCondition { Operand: MembershipCondition membership }:
                builder.Append(membership.Fact).Append(" not in {").Append(string.Join(", ", membership.Members)).Append('}');
                break;
            case NotCondition { Operand: SameValueCondition same }:
                builder.Append(same.Left).Append(" != ").Append(same.Right);
                break;
            case NotCondition not:
                builder.Append("not ");
                Write(not.Operand, builder, nested: true);
                break;
            case SameValueCondition same:
                builder.Append(same.Left).Append(" == ").Append(same.Right);
                break;
            case EquivalentCondition equivalent:
                builder.Append('(');
                Write(equivalent.Left, builder, nested: true);
                builder.Append(" == ");
                Write(equivalent.Right, builder, nested: true);
                builder.Append(')');
                break;
            case IntegerComparisonCondition comparison:
                builder.Append(Operand(comparison.Left)).Append(' ').Append(comparison.Operator.Text()).Append(' ').Append(Operand(comparison.Right));
                break;
            case AllCondition all:
                Chain(all.Operands, " and ", builder, nested);
                break;
            case AnyCondition any:
                Chain(any.Operands, " or ", builder, nested);
                break;
        }
    }

    private static void Chain(EquatableArray<ConditionModel> operands, string separator, StringBuilder builder, bool nested)
    {
        if (nested)
        {
            builder.Append('(');
        }

        for (var i = 0; i < operands.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            Write(operands[i], builder, nested: true);
        }

        if (nested)
        {
            builder.Append(')');
        }
    }

    private static string Operand(IntegerOperand operand) => operand switch
    {
        IntegerConstantOperand constant => constant.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IntegerFactOperand fact => fact.Fact,
        _ => "?",
    };

    /// <summary>Every fact a condition names, in first-use order.</summary>
    public static System.Collections.Generic.IEnumerable<string> Facts(ConditionModel condition) => condition switch
    {
        FactIsTrueCondition f => new[] { f.Fact },
        MembershipCondition m => new[] { m.Fact },
        SameValueCondition s => new[] { s.Left, s.Right },
        EquivalentCondition e => Facts(e.Left).Concat(Facts(e.Right)),
        IntegerComparisonCondition c => new[] { c.Left, c.Right }.OfType<IntegerFactOperand>().Select(o => o.Fact),
        NotCondition n => Facts(n.Operand),
        AllCondition a => a.Operands.SelectMany(Facts),
        AnyCondition a => a.Operands.SelectMany(Facts),
        _ => Enumerable.Empty<string>(),
    };
}
