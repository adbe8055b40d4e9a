using System;
using System.Collections.Immutable;
using System.Text;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// Writes a <see cref="ConditionView"/> as a C# boolean expression over a case profile, for the
/// condition helpers of <see cref="CSharpHelpers"/>. Every 'and' or 'or' inside another operator is
/// parenthesised, so the C# never depends on the precedence of 'and' over 'or'; comparisons bind
/// tighter than both and stand bare. Recurses as deep as the condition nests, which the parser bounds.
/// </summary>
internal static class ConditionRenderer
{
    /// <summary>The condition standing alone (<paramref name="joined"/> false), or as an operand of
    /// <c>&amp;&amp;</c>; <paramref name="receiver"/> is the expression of the profile (<c>p</c>, <c>this</c>).</summary>
    public static string CSharp(ConditionView condition, string receiver, bool joined)
    {
        var builder = new StringBuilder();
        AppendTopLevel(builder, condition, receiver, joined);
        return builder.ToString();
    }

    /// <summary>The conjunction of <paramref name="conditions"/>: <c>true</c> when there are none.</summary>
    public static string CSharpAll(ImmutableArray<ConditionView> conditions, string receiver)
    {
        if (conditions.IsDefaultOrEmpty)
        {
            return "true";
        }

        var builder = new StringBuilder();
        foreach (var condition in conditions)
        {
            if (builder.Length > 0)
            {
                builder.Append(" && ");
            }

            AppendTopLevel(builder, condition, receiver, joined: conditions.Length > 1);
        }

        return builder.ToString();
    }

    // A condition standing alone or joined by '&&': its outermost 'and' needs no parentheses, and an
    // outermost 'or' needs them only when joined.
    private static void AppendTopLevel(StringBuilder builder, ConditionView condition, string receiver, bool joined)
    {
        switch (condition.Kind)
        {
            case ConditionKinds.All when condition.Operands.Length > 0:
                AppendSeparated(builder, condition.Operands, " && ", receiver);
                break;
            case ConditionKinds.Any when condition.Operands.Length > 1:
                builder.Append(joined ? "(" : string.Empty);
                AppendSeparated(builder, condition.Operands, " || ", receiver);
                builder.Append(joined ? ")" : string.Empty);
                break;
            case ConditionKinds.Membership when condition.Values.Length > 1:
                builder.Append(joined ? "(" : string.Empty);
                AppendMembers(builder, condition, receiver);
                builder.Append(joined ? ")" : string.Empty);
                break;
            default:
                AppendCSharp(builder, condition, receiver);
                break;
        }
    }

    private static void AppendCSharp(StringBuilder builder, ConditionView condition, string receiver)
    {
        switch (condition.Kind)
        {
            case ConditionKinds.Constant:
                builder.Append(CSharpText.BoolLiteral(condition.Value));
                break;
            case ConditionKinds.Fact:
                builder.Append(receiver).Append('.').Append(condition.Member);
                break;
            case ConditionKinds.Not when IsSelfContained(Operand(condition, 0)):
                builder.Append('!');
                AppendCSharp(builder, Operand(condition, 0), receiver);
                break;
            case ConditionKinds.Not:
                builder.Append("!(");
                AppendCSharp(builder, Operand(condition, 0), receiver);
                builder.Append(')');
                break;
            case ConditionKinds.All:
                AppendJoined(builder, condition.Operands, " && ", "true", receiver);
                break;
            case ConditionKinds.Any:
                AppendJoined(builder, condition.Operands, " || ", "false", receiver);
                break;
            case ConditionKinds.Membership:
                AppendMembership(builder, condition, receiver);
                break;
            case ConditionKinds.SameValue:
                AppendSameValue(builder, condition, receiver);
                break;
            case ConditionKinds.Equivalent:
                builder.Append('(');
                AppendOperandOfEquality(builder, Operand(condition, 0), receiver);
                builder.Append(" == ");
                AppendOperandOfEquality(builder, Operand(condition, 1), receiver);
                builder.Append(')');
                break;
            case ConditionKinds.Comparison:
                AppendOperand(builder, condition.Left, receiver);
                builder.Append(' ').Append(Operator(condition.Operator)).Append(' ');
                AppendOperand(builder, condition.Right, receiver);
                break;
            default:
                throw new ArgumentException($"There is no kind of condition '{condition.Kind}'.", nameof(condition));
        }
    }

    private static ConditionView Operand(ConditionView condition, int index) =>
        index < condition.Operands.Length ? condition.Operands[index] : throw new ArgumentException($"A condition of kind {condition.Kind} needs {index + 1} operand(s).", nameof(condition));

    // True when the operand renders as an atom or in its own parentheses, so '!' can prefix it directly.
    private static bool IsSelfContained(ConditionView condition) => condition.Kind switch
    {
        ConditionKinds.Constant or ConditionKinds.Fact or ConditionKinds.Not or ConditionKinds.Equivalent => true,
        ConditionKinds.All or ConditionKinds.Any => condition.Operands.Length != 1 || IsSelfContained(condition.Operands[0]),
        ConditionKinds.Membership => condition.Values.Length != 1,
        _ => false,
    };

    // '==' binds tighter than '&&' and '||' but looser than comparisons: anything but an atom is parenthesised.
    private static void AppendOperandOfEquality(StringBuilder builder, ConditionView operand, string receiver)
    {
        var bare = IsSelfContained(operand);
        builder.Append(bare ? string.Empty : "(");
        AppendCSharp(builder, operand, receiver);
        builder.Append(bare ? string.Empty : ")");
    }

    private static void AppendJoined(StringBuilder builder, ImmutableArray<ConditionView> operands, string separator, string empty, string receiver)
    {
        if (operands.Length == 0)
        {
            builder.Append(empty);
            return;
        }

        if (operands.Length == 1)
        {
            AppendCSharp(builder, operands[0], receiver);
            return;
        }

        builder.Append('(');
        AppendSeparated(builder, operands, separator, receiver);
        builder.Append(')');
    }

    private static void AppendSeparated(StringBuilder builder, ImmutableArray<ConditionView> operands, string separator, string receiver)
    {
        for (var i = 0; i < operands.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            AppendCSharp(builder, operands[i], receiver);
        }
    }

    // One member: a comparison (binds tighter than && and ||, so no parentheses); several: a parenthesised ||.
    private static void AppendMembership(StringBuilder builder, ConditionView membership, string receiver)
    {
        if (membership.Values.Length == 0)
        {
            builder.Append("false");
            return;
        }

        if (membership.Values.Length == 1)
        {
            AppendMembers(builder, membership, receiver);
            return;
        }

        builder.Append('(');
        AppendMembers(builder, membership, receiver);
        builder.Append(')');
    }

    private static void AppendMembers(StringBuilder builder, ConditionView membership, string receiver)
    {
        for (var i = 0; i < membership.Values.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" || ");
            }

            builder.Append(receiver).Append('.').Append(membership.Member).Append(" == ").Append(membership.Values[i]);
        }
    }

    private static void AppendSameValue(StringBuilder builder, ConditionView same, string receiver)
    {
        if (same.LabelsType.Length == 0)
        {
            builder.Append(receiver).Append('.').Append(same.Member).Append(" == ").Append(receiver).Append('.').Append(same.OtherMember);
            return;
        }

        // Different enumerations: equal when the members have the same name.
        builder.Append("string.Equals(")
            .Append(same.LabelsType).Append(".Name(").Append(receiver).Append('.').Append(same.Member).Append("), ")
            .Append(same.LabelsType).Append(".Name(").Append(receiver).Append('.').Append(same.OtherMember).Append("), global::System.StringComparison.Ordinal)");
    }

    private static void AppendOperand(StringBuilder builder, OperandView operand, string receiver)
    {
        if (operand.Member.Length > 0)
        {
            builder.Append(receiver).Append('.').Append(operand.Member);
        }
        else if (operand.Value < 0)
        {
            builder.Append('(').Append(CSharpText.IntLiteral(operand.Value)).Append(')');
        }
        else
        {
            builder.Append(CSharpText.IntLiteral(operand.Value));
        }
    }

    private static string Operator(string name) => name switch
    {
        "Equal" => "==",
        "NotEqual" => "!=",
        "Less" => "<",
        "LessOrEqual" => "<=",
        "Greater" => ">",
        "GreaterOrEqual" => ">=",
        _ => throw new ArgumentException($"There is no comparison '{name}'.", nameof(name)),
    };
}

/// <summary>The values of <see cref="ConditionView.Kind"/>.</summary>
internal static class ConditionKinds
{
    public const string Constant = "Constant";
    public const string Fact = "Fact";
    public const string Not = "Not";
    public const string All = "All";
    public const string Any = "Any";
    public const string Membership = "Membership";
    public const string SameValue = "SameValue";
    public const string Equivalent = "Equivalent";
    public const string Comparison = "Comparison";
}
