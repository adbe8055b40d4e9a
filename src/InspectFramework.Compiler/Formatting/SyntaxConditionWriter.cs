using System;
using System.Text;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Formatting;

/// <summary>
/// Writes a condition's syntax with canonical spacing. Parentheses are written exactly where the
/// author put them (they are nodes of the tree), so the text parses back to the same tree.
/// </summary>
internal static class SyntaxConditionWriter
{
    public static string Write(ExpressionSyntax expression)
    {
        var builder = new StringBuilder();
        Write(expression, builder);
        return builder.ToString();
    }

    // Recursion depth is bounded: the parser refuses conditions nested deeper than
    // FrameworkParser.MaxNestingDepth, and and/or chains are flat lists.
    private static void Write(ExpressionSyntax expression, StringBuilder builder)
    {
        switch (expression)
        {
            case NameExpressionSyntax name:
                builder.Append(name.Name.Text);
                break;
            case NumberLiteralSyntax number:
                builder.Append(number.Number.Text);
                break;
            case BooleanLiteralSyntax literal:
                builder.Append(literal.Value ? "true" : "false");
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                builder.Append('(');
                Write(parenthesized.Inner, builder);
                builder.Append(')');
                break;
            case NotExpressionSyntax not:
                builder.Append("not ");
                Write(not.Operand, builder);
                break;
            case LogicalExpressionSyntax logical:
                var separator = logical.Operator == LogicalOperator.And ? " and " : " or ";
                for (var i = 0; i < logical.Operands.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(separator);
                    }

                    Write(logical.Operands[i], builder);
                }

                break;
            case ComparisonExpressionSyntax comparison:
                Write(comparison.Left, builder);
                builder.Append(' ').Append(comparison.Operator.Text()).Append(' ');
                Write(comparison.Right, builder);
                break;
            case MembershipExpressionSyntax membership:
                Write(membership.Left, builder);
                builder.Append(membership.Negated ? " not in {" : " in {");
                for (var i = 0; i < membership.Members.Length; i++)
                {
                    builder.Append(i > 0 ? ", " : string.Empty).Append(membership.Members[i].Text);
                }

                builder.Append('}');
                break;
            default:
                // MissingExpressionSyntax: the formatter refuses files with syntax errors first.
                throw new InvalidOperationException("Cannot format a condition that has syntax errors.");
        }
    }
}
