using System.Collections.Immutable;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Runtime;

namespace InspectFramework.Compiler.Binding;

public enum ValueTypeKind
{
    Boolean,
    Integer,
    Enumeration,

    /// <summary>Binding failed and was reported; operations on it stay quiet.</summary>
    Error,
}

/// <summary>The type of a condition's value; an enumeration type is the fact that declares it.</summary>
public sealed record ValueType(ValueTypeKind Kind, FactSymbol? Enumeration = null)
{
    public static readonly ValueType Boolean = new(ValueTypeKind.Boolean);
    public static readonly ValueType Integer = new(ValueTypeKind.Integer);
    public static readonly ValueType Error = new(ValueTypeKind.Error);

    public override string ToString() => Kind switch
    {
        ValueTypeKind.Boolean => "true/false",
        ValueTypeKind.Integer => "a number",
        ValueTypeKind.Enumeration => $"a value of '{Enumeration!.Name}'",
        _ => "an invalid value",
    };
}

/// <summary>A typed condition. Flat and/or chains keep the tree shallow whatever the input.</summary>
public abstract record BoundExpression(ValueType Type, ExpressionSyntax Syntax);

public sealed record BoundFactReference(FactSymbol Fact, ValueType FactType, ExpressionSyntax Syntax) : BoundExpression(FactType, Syntax);

public sealed record BoundIntegerLiteral(int Value, ExpressionSyntax Syntax) : BoundExpression(ValueType.Integer, Syntax);

public sealed record BoundBooleanLiteral(bool Value, ExpressionSyntax Syntax) : BoundExpression(ValueType.Boolean, Syntax);

public sealed record BoundEnumLiteral(FactSymbol Enumeration, EnumMemberSymbol Member, ExpressionSyntax Syntax)
    : BoundExpression(new ValueType(ValueTypeKind.Enumeration, Enumeration), Syntax);

public sealed record BoundNot(BoundExpression Operand, ExpressionSyntax Syntax) : BoundExpression(ValueType.Boolean, Syntax);

public sealed record BoundLogical(LogicalOperator Operator, ImmutableArray<BoundExpression> Operands, ExpressionSyntax Syntax) : BoundExpression(ValueType.Boolean, Syntax);

public sealed record BoundComparison(BoundExpression Left, Comparison Operator, BoundExpression Right, ExpressionSyntax Syntax) : BoundExpression(ValueType.Boolean, Syntax);

public sealed record BoundMembership(BoundExpression Left, bool Negated, ImmutableArray<EnumMemberSymbol> Members, ExpressionSyntax Syntax) : BoundExpression(ValueType.Boolean, Syntax);

public sealed record BoundErrorExpression(ExpressionSyntax Syntax) : BoundExpression(ValueType.Error, Syntax);
