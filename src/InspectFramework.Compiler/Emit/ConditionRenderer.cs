using System;
using System.Collections.Generic;
using System.Text;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// Renders the model's conditions as C# expressions over a case profile (documentation comments use
/// the language's own notation, <see cref="ConditionText"/>). Every 'and' or 'or' inside another
/// operator is parenthesised, so the C# never depends on the precedence of 'and' over 'or';
/// comparisons bind tighter than both and stand bare.
/// </summary>
internal sealed class ConditionRenderer
{
    private readonly EmitNames _names;
    private readonly IReadOnlyDictionary<string, string>? _derivedFields;

    /// <param name="derivedFields">For the profile's own derivation of its derived facts: the private
    /// field that holds each derived fact, read instead of its property (whose getter derives them all).</param>
    public ConditionRenderer(EmitNames names, IReadOnlyDictionary<string, string>? derivedFields = null)
    {
        _names = names;
        _derivedFields = derivedFields;
    }

    /// <summary>A C# boolean expression; <paramref name="receiver"/> is the expression of the profile (<c>p</c>, <c>this</c>).</summary>
    public string CSharp(ConditionModel condition, string receiver)
    {
        var builder = new StringBuilder();
        AppendTopLevel(builder, condition, receiver, joined: false);
        return builder.ToString();
    }

    /// <summary><paramref name="parent"/> combined with an optional condition: <c>parent &amp;&amp; condition</c>.</summary>
    public string CSharpAnd(string parent, ConditionModel? condition, string receiver)
    {
        if (condition is null)
        {
            return parent;
        }

        var builder = new StringBuilder(parent).Append(" && ");
        AppendTopLevel(builder, condition, receiver, joined: true);
        return builder.ToString();
    }

    /// <summary>The conjunction of the conditions that are present: <c>true</c> when none is.</summary>
    public string CSharpAll(string receiver, params ConditionModel?[] conditions)
    {
        var present = 0;
        foreach (var condition in conditions)
        {
            present += condition is null ? 0 : 1;
        }

        if (present == 0)
        {
            return "true";
        }

        var builder = new StringBuilder();
        foreach (var condition in conditions)
        {
            if (condition is null)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(" && ");
            }

            AppendTopLevel(builder, condition, receiver, joined: present > 1);
        }

        return builder.ToString();
    }

    // A condition standing alone or joined by '&&': its outermost 'and' needs no parentheses, and an
    // outermost 'or' needs them only when joined.
    private void AppendTopLevel(StringBuilder builder, ConditionModel condition, string receiver, bool joined)
    {
        switch (condition)
        {
            case AllCondition { Operands.Count: > 0 } all:
                AppendSeparated(builder, all.Operands, " && ", receiver);
                break;
            case AnyCondition { Operands.Count: > 1 } any:
                builder.Append(joined ? "(" : string.Empty);
                AppendSeparated(builder, any.Operands, " || ", receiver);
                builder.Append(joined ? ")" : string.Empty);
                break;
            case MembershipCondition { Members.Count: > 1 } membership:
                builder.Append(joined ? "(" : string.Empty);
                AppendMembers(builder, membership, receiver);
                builder.Append(joined ? ")" : string.Empty);
                break;
            default:
                AppendCSharp(builder, condition, receiver);
                break;
        }
    }

    private void AppendCSharp(StringBuilder builder, ConditionModel condition, string receiver)
    {
        switch (condition)
        {
            case ConstantCondition constant:
                builder.Append(CSharpText.BoolLiteral(constant.Value));
                break;
            case FactIsTrueCondition fact when _derivedFields is not null && _derivedFields.TryGetValue(fact.Fact, out var field):
                builder.Append(receiver).Append('.').Append(field);
                break;
            case FactIsTrueCondition fact:
                builder.Append(receiver).Append('.').Append(_names.Fact(fact.Fact).Property);
                break;
            case NotCondition not when IsSelfContained(not.Operand):
                builder.Append('!');
                AppendCSharp(builder, not.Operand, receiver);
                break;
            case NotCondition not:
                builder.Append("!(");
                AppendCSharp(builder, not.Operand, receiver);
                builder.Append(')');
                break;
            case AllCondition all:
                AppendJoined(builder, all.Operands, " && ", "true", receiver);
                break;
            case AnyCondition any:
                AppendJoined(builder, any.Operands, " || ", "false", receiver);
                break;
            case MembershipCondition membership:
                AppendMembership(builder, membership, receiver);
                break;
            case SameValueCondition same:
                AppendSameValue(builder, same, receiver);
                break;
            case EquivalentCondition equivalent:
                builder.Append('(');
                AppendOperandOfEquality(builder, equivalent.Left, receiver);
                builder.Append(" == ");
                AppendOperandOfEquality(builder, equivalent.Right, receiver);
                builder.Append(')');
                break;
            case IntegerComparisonCondition comparison:
                AppendOperand(builder, comparison.Left, receiver);
                builder.Append(' ').Append(comparison.Operator.Text()).Append(' ');
                AppendOperand(builder, comparison.Right, receiver);
                break;
            default:
                throw new ArgumentException($"Unknown condition {condition.GetType().Name}.", nameof(condition));
        }
    }

    // True when the operand renders as an atom or in its own parentheses, so '!' can prefix it directly.
    private static bool IsSelfContained(ConditionModel condition) => condition switch
    {
        ConstantCondition or FactIsTrueCondition or NotCondition or EquivalentCondition => true,
        AllCondition all => all.Operands.Count != 1 || IsSelfContained(all.Operands[0]),
        AnyCondition any => any.Operands.Count != 1 || IsSelfContained(any.Operands[0]),
        MembershipCondition membership => membership.Members.Count != 1,
        _ => false,
    };

    // '==' binds tighter than '&&' and '||' but looser than comparisons: anything but an atom is parenthesised.
    private void AppendOperandOfEquality(StringBuilder builder, ConditionModel operand, string receiver)
    {
        var bare = IsSelfContained(operand);
        builder.Append(bare ? string.Empty : "(");
        AppendCSharp(builder, operand, receiver);
        builder.Append(bare ? string.Empty : ")");
    }

    private void AppendJoined(StringBuilder builder, EquatableArray<ConditionModel> operands, string separator, string empty, string receiver)
    {
        if (operands.Count == 0)
        {
            builder.Append(empty);
            return;
        }

        if (operands.Count == 1)
        {
            AppendCSharp(builder, operands[0], receiver);
            return;
        }

        builder.Append('(');
        AppendSeparated(builder, operands, separator, receiver);
        builder.Append(')');
    }

    private void AppendSeparated(StringBuilder builder, EquatableArray<ConditionModel> operands, string separator, string receiver)
    {
        for (var i = 0; i < operands.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            AppendCSharp(builder, operands[i], receiver);
        }
    }

    // One member: a comparison (binds tighter than && and ||, so no parentheses); several: a parenthesised ||.
    private void AppendMembership(StringBuilder builder, MembershipCondition membership, string receiver)
    {
        if (membership.Members.Count == 0)
        {
            builder.Append("false");
            return;
        }

        if (membership.Members.Count == 1)
        {
            AppendMembers(builder, membership, receiver);
            return;
        }

        builder.Append('(');
        AppendMembers(builder, membership, receiver);
        builder.Append(')');
    }

    private void AppendMembers(StringBuilder builder, MembershipCondition membership, string receiver)
    {
        var fact = _names.Fact(membership.Fact);
        for (var i = 0; i < membership.Members.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(" || ");
            }

            builder.Append(receiver).Append('.').Append(fact.Property).Append(" == ").Append(fact.MemberExpression(membership.Members[i]));
        }
    }

    private void AppendSameValue(StringBuilder builder, SameValueCondition same, string receiver)
    {
        var left = _names.Fact(same.Left);
        var right = _names.Fact(same.Right);
        if (left.EnumType == right.EnumType)
        {
            builder.Append(receiver).Append('.').Append(left.Property).Append(" == ").Append(receiver).Append('.').Append(right.Property);
            return;
        }

        // Different enumerations (the binder never produces this): equal when the members have the same name.
        builder.Append("string.Equals(")
            .Append(_names.LabelsClassQualified).Append(".Name(").Append(receiver).Append('.').Append(left.Property).Append("), ")
            .Append(_names.LabelsClassQualified).Append(".Name(").Append(receiver).Append('.').Append(right.Property).Append("), global::System.StringComparison.Ordinal)");
    }

    private void AppendOperand(StringBuilder builder, IntegerOperand operand, string receiver)
    {
        switch (operand)
        {
            case IntegerFactOperand fact:
                builder.Append(receiver).Append('.').Append(_names.Fact(fact.Fact).Property);
                break;
            case IntegerConstantOperand constant when constant.Value < 0:
                builder.Append('(').Append(CSharpText.IntLiteral(constant.Value)).Append(')');
                break;
            case IntegerConstantOperand constant:
                builder.Append(CSharpText.IntLiteral(constant.Value));
                break;
            default:
                throw new ArgumentException($"Unknown operand {operand.GetType().Name}.", nameof(operand));
        }
    }
}
