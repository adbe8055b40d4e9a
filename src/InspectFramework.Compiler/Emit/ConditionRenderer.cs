using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// Writes a <see cref="ConditionView"/> as C# over a case profile, for the condition helpers of
/// <see cref="CSharpHelpers"/>, in two forms. Profiles hold unset facts as null, so a condition is
/// three-valued (docs/scoring.md, "Precisely"): <see cref="Kleene"/> writes it as a <c>bool?</c>
/// expression, null where an unset fact leaves it undecided, with C#'s <c>&amp;</c>, <c>|</c> and
/// <c>!</c> on <c>bool?</c>, which are Kleene's connectives; <see cref="CSharp"/> writes whether it
/// certainly holds (a <c>bool</c>: false when undecided). Every 'and' or 'or' inside another operator is
/// parenthesised, so the C# never depends on precedence. Recurses as deep as the condition nests,
/// which the parser bounds.
/// </summary>
internal static class ConditionRenderer
{
    /// <summary>Whether the condition certainly holds, standing alone (<paramref name="joined"/> false) or
    /// as an operand of <c>&amp;&amp;</c>; <paramref name="receiver"/> is the expression of the profile (<c>p</c>, <c>this</c>).</summary>
    public static string CSharp(ConditionView condition, string receiver, bool joined)
    {
        // A fact, or a fact's value: C#'s lifted comparisons are false for null, which is what 'holds' means.
        switch (condition.Kind)
        {
            case ConditionKinds.Fact:
                return $"{receiver}.{condition.Member} == true";
            case ConditionKinds.Membership when condition.Values.Length > 0:
            // Lifted '!=' is true, and '==' of two unset facts true, where a fact is unset: those take the general form.
            case ConditionKinds.Comparison when condition.Operator != "NotEqual" && (condition.Left.Member.Length == 0 || condition.Right.Member.Length == 0):
                var builder = new StringBuilder();
                AppendTopLevel(builder, condition, receiver, joined);
                return builder.ToString();
            default:
                return Kleene(condition, receiver) + " == true";
        }
    }

    /// <summary>Whether every one of <paramref name="conditions"/> certainly holds: <c>true</c> when there are none.</summary>
    public static string CSharpAll(ImmutableArray<ConditionView> conditions, string receiver) =>
        conditions.IsDefaultOrEmpty ? "true" : string.Join(" && ", conditions.Select(c => CSharp(c, receiver, joined: conditions.Length > 1)));

    /// <summary>The condition as a <c>bool?</c> expression, null when undecided; an atom or parenthesised.</summary>
    public static string Kleene(ConditionView condition, string receiver)
    {
        var builder = new StringBuilder();
        AppendKleene(builder, condition, receiver);
        return builder.ToString();
    }

    /// <summary>The three-valued conjunction of <paramref name="conditions"/>: <c>true</c> when there are none.</summary>
    public static string KleeneAll(ImmutableArray<ConditionView> conditions, string receiver) =>
        conditions.IsDefaultOrEmpty ? "true"
            : conditions.Length == 1 ? Kleene(conditions[0], receiver)
            : "(" + string.Join(" & ", conditions.Select(c => Kleene(c, receiver))) + ")";

    private static void AppendKleene(StringBuilder builder, ConditionView condition, string receiver)
    {
        switch (condition.Kind)
        {
            case ConditionKinds.Constant:
                builder.Append("((bool?)").Append(CSharpText.BoolLiteral(condition.Value)).Append(')');
                break;
            case ConditionKinds.Fact:
                builder.Append(receiver).Append('.').Append(condition.Member);
                break;
            case ConditionKinds.Not:
                builder.Append("(!");
                AppendKleene(builder, Operand(condition, 0), receiver);
                builder.Append(')');
                break;
            case ConditionKinds.All:
            case ConditionKinds.Any:
                if (condition.Operands.Length == 1)
                {
                    AppendKleene(builder, condition.Operands[0], receiver);
                    break;
                }

                var all = condition.Kind == ConditionKinds.All;
                if (condition.Operands.Length == 0)
                {
                    builder.Append("((bool?)").Append(CSharpText.BoolLiteral(all)).Append(')');
                    break;
                }

                builder.Append('(');
                for (var i = 0; i < condition.Operands.Length; i++)
                {
                    builder.Append(i > 0 ? (all ? " & " : " | ") : string.Empty);
                    AppendKleene(builder, condition.Operands[i], receiver);
                }

                builder.Append(')');
                break;
            case ConditionKinds.Membership:
                builder.Append('(').Append(receiver).Append('.').Append(condition.Member).Append(" is null ? null : (bool?)");
                if (condition.Values.Length == 0)
                {
                    builder.Append("false");
                }
                else
                {
                    builder.Append('(');
                    AppendMembers(builder, condition, receiver);
                    builder.Append(')');
                }

                builder.Append(')');
                break;
            case ConditionKinds.SameValue:
                builder.Append('(').Append(receiver).Append('.').Append(condition.Member).Append(" is null || ")
                    .Append(receiver).Append('.').Append(condition.OtherMember).Append(" is null ? null : (bool?)(");
                AppendSameValue(builder, condition, receiver);
                builder.Append("))");
                break;
            case ConditionKinds.Equivalent:
                builder.Append("global::InspectFramework.Runtime.Kleene.Iff(");
                AppendKleene(builder, Operand(condition, 0), receiver);
                builder.Append(", ");
                AppendKleene(builder, Operand(condition, 1), receiver);
                builder.Append(')');
                break;
            case ConditionKinds.Comparison:
                var unset = new[] { condition.Left, condition.Right }.Where(o => o.Member.Length > 0).Select(o => $"{receiver}.{o.Member} is null").ToList();
                builder.Append('(');
                if (unset.Count > 0)
                {
                    builder.Append(string.Join(" || ", unset)).Append(" ? null : ");
                }

                builder.Append("(bool?)(");
                AppendOperand(builder, condition.Left, receiver);
                builder.Append(' ').Append(Operator(condition.Operator)).Append(' ');
                AppendOperand(builder, condition.Right, receiver);
                builder.Append("))");
                break;
            default:
                throw new ArgumentException($"There is no kind of condition '{condition.Kind}'.", nameof(condition));
        }
    }

    // A membership or comparison that certainly holds: several members are an '||', parenthesised when joined.
    private static void AppendTopLevel(StringBuilder builder, ConditionView condition, string receiver, bool joined)
    {
        if (condition.Kind == ConditionKinds.Comparison)
        {
            AppendOperand(builder, condition.Left, receiver);
            builder.Append(' ').Append(Operator(condition.Operator)).Append(' ');
            AppendOperand(builder, condition.Right, receiver);
            return;
        }

        var parenthesised = joined && condition.Values.Length > 1;
        builder.Append(parenthesised ? "(" : string.Empty);
        AppendMembers(builder, condition, receiver);
        builder.Append(parenthesised ? ")" : string.Empty);
    }

    private static ConditionView Operand(ConditionView condition, int index) =>
        index < condition.Operands.Length ? condition.Operands[index] : throw new ArgumentException($"A condition of kind {condition.Kind} needs {index + 1} operand(s).", nameof(condition));

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
            .Append(same.LabelsType).Append(".Name(").Append(receiver).Append('.').Append(same.Member).Append(".Value), ")
            .Append(same.LabelsType).Append(".Name(").Append(receiver).Append('.').Append(same.OtherMember).Append(".Value), global::System.StringComparison.Ordinal)");
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
