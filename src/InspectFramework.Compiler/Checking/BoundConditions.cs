using System.Collections.Generic;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Checking;

/// <summary>Walks over bound conditions, iteratively (never recursion per node) and in source order.</summary>
internal static class BoundConditions
{
    /// <summary>Pushes the node's operands so that they pop left to right.</summary>
    public static void PushOperands(BoundExpression node, Stack<BoundExpression> pending)
    {
        switch (node)
        {
            case BoundNot not:
                pending.Push(not.Operand);
                break;
            case BoundLogical logical:
                for (var i = logical.Operands.Length - 1; i >= 0; i--)
                {
                    pending.Push(logical.Operands[i]);
                }

                break;
            case BoundComparison comparison:
                pending.Push(comparison.Right);
                pending.Push(comparison.Left);
                break;
            case BoundMembership membership:
                pending.Push(membership.Left);
                break;
        }
    }

    /// <summary>
    /// The operands of <paramref name="op"/> at the top of the condition, with nested chains of the same
    /// operator flattened: <c>(a and b) and c</c> gives a, b, c. Anything else is a single operand.
    /// </summary>
    public static void AddOperands(BoundExpression root, LogicalOperator op, List<BoundExpression> operands)
    {
        if (root is not BoundLogical)
        {
            operands.Add(root);
            return;
        }

        var pending = new Stack<BoundExpression>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is BoundLogical logical && logical.Operator == op)
            {
                for (var i = logical.Operands.Length - 1; i >= 0; i--)
                {
                    pending.Push(logical.Operands[i]);
                }
            }
            else
            {
                operands.Add(node);
            }
        }
    }
}
