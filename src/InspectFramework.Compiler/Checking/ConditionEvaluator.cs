using System;
using System.Collections.Generic;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Runtime;

namespace InspectFramework.Compiler.Checking;

/// <summary>
/// The values of facts for one candidate case of the checker. Values are encoded as
/// numbers so that evaluation allocates nothing: a boolean is 0 (false) or 1 (true), an integer is
/// itself, and a value of an enumeration is the index of its member in <see cref="FactSymbol.Members"/>
/// (<see cref="ConditionEvaluator.MemberIndex"/>). Derived facts are read like recorded ones: the
/// provider computes them first, in <see cref="DerivedFactGraph.EvaluationOrder"/>, so evaluation never
/// follows a chain of derived facts (which could be arbitrarily long) by recursion.
/// </summary>
public interface IFactValues
{
    long ValueOf(FactSymbol fact);
}

/// <summary>
/// Evaluates a bound condition for one candidate case of the checker, in which every fact has a value:
/// the runtime's meaning of a condition (<see cref="Kleene"/>, which scoring applies to cases, with
/// facts left unrecorded as unknown) restricted to known facts, where it never yields unknown. Pure,
/// no allocation.
/// </summary>
public static class ConditionEvaluator
{
    /// <summary>Whether <paramref name="condition"/> holds. It must pass <see cref="CanEvaluate"/>.</summary>
    public static bool IsTrue(BoundExpression condition, IFactValues facts) => Evaluate(condition, facts) != 0;

    /// <summary>
    /// False when binding the condition failed anywhere (an error was reported then): an unknown name or
    /// member, mismatched types, or something that is not true or false where a condition is needed.
    /// Such a condition has no meaning and must not be evaluated.
    /// </summary>
    public static bool CanEvaluate(BoundExpression condition)
    {
        if (condition.Type.Kind != ValueTypeKind.Boolean)
        {
            return false;
        }

        // Most conditions of a framework are one name; a stack each is what checking a long chain of
        // derived facts would allocate most.
        if (condition is BoundFactReference or BoundBooleanLiteral)
        {
            return true;
        }

        var pending = new Stack<BoundExpression>();
        pending.Push(condition);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case BoundErrorExpression:
                    return false;
                case BoundNot not:
                    if (not.Operand.Type.Kind != ValueTypeKind.Boolean)
                    {
                        return false;
                    }

                    pending.Push(not.Operand);
                    break;
                case BoundLogical logical:
                    foreach (var operand in logical.Operands)
                    {
                        if (operand.Type.Kind != ValueTypeKind.Boolean)
                        {
                            return false;
                        }

                        pending.Push(operand);
                    }

                    break;
                case BoundComparison comparison:
                    if (comparison.Left.Type.Kind == ValueTypeKind.Error || comparison.Left.Type != comparison.Right.Type)
                    {
                        return false;
                    }

                    pending.Push(comparison.Left);
                    pending.Push(comparison.Right);
                    break;
                case BoundMembership membership:
                    if (membership.Left.Type.Kind != ValueTypeKind.Enumeration)
                    {
                        return false;
                    }

                    pending.Push(membership.Left);
                    break;
            }
        }

        return true;
    }

    /// <summary>The position of <paramref name="member"/> among the values of <paramref name="enumeration"/>, or -1.</summary>
    public static int MemberIndex(FactSymbol enumeration, EnumMemberSymbol member)
    {
        var members = enumeration.Members;
        for (var i = 0; i < members.Length; i++)
        {
            if (ReferenceEquals(members[i], member))
            {
                return i;
            }
        }

        return -1;
    }

    private static long Evaluate(BoundExpression expression, IFactValues facts)
    {
        // A run of 'not's is followed in a loop: the parser allows a hundred of them at each level of
        // parentheses, so recursing per 'not' could go ten thousand frames deep.
        var negated = false;
        while (expression is BoundNot not)
        {
            negated = !negated;
            expression = not.Operand;
        }

        var value = expression switch
        {
            BoundFactReference reference => facts.ValueOf(reference.Fact),
            BoundBooleanLiteral boolean => boolean.Value ? 1 : 0,
            BoundIntegerLiteral integer => integer.Value,
            BoundEnumLiteral member => MemberIndex(member.Enumeration, member.Member),
            BoundLogical logical => EvaluateLogical(logical, facts) ? 1 : 0,
            BoundComparison comparison => Compare(comparison, facts) ? 1 : 0,
            BoundMembership membership => IsMember(membership, facts) ? 1 : 0,
            _ => throw new InvalidOperationException("A condition whose binding failed cannot be evaluated; check CanEvaluate first."),
        };

        return negated ? (value == 0 ? 1 : 0) : value;
    }

    private static bool EvaluateLogical(BoundLogical logical, IFactValues facts)
    {
        // And/or chains are flat lists: a loop, never recursion per operand; it stops once decided.
        var isAnd = logical.Operator == LogicalOperator.And;
        var result = Kleene.Of(isAnd);
        for (var i = 0; i < logical.Operands.Length && result == Kleene.Of(isAnd); i++)
        {
            var operand = Kleene.Of(Evaluate(logical.Operands[i], facts) != 0);
            result = isAnd ? Kleene.And(result, operand) : Kleene.Or(result, operand);
        }

        return result == Tri.True;
    }

    private static bool Compare(BoundComparison comparison, IFactValues facts) =>
        comparison.Operator.Holds(Evaluate(comparison.Left, facts), Evaluate(comparison.Right, facts));

    private static bool IsMember(BoundMembership membership, IFactValues facts)
    {
        var value = Evaluate(membership.Left, facts);
        var enumeration = membership.Left.Type.Enumeration!;
        var found = false;
        foreach (var member in membership.Members)
        {
            if (MemberIndex(enumeration, member) == value)
            {
                found = true;
                break;
            }
        }

        return found != membership.Negated;
    }
}
