using InspectFramework.Compiler.Syntax;
using InspectFramework.Runtime;

namespace InspectFramework.Compiler.Model;

// Conditions in a small normal form that every back end can evaluate or print the same way:
// enumeration tests are memberships, `!=` and `not in` are negations. Boolean equality is a node of its
// own: expanded into any(all(a, b), all(not a, not b)) it would hold each operand twice, and a nest of
// them would double at every level for everything that walks the model.

public abstract record ConditionModel;

public sealed record ConstantCondition(bool Value) : ConditionModel;

/// <summary>True when the boolean fact (recorded or derived) is true.</summary>
public sealed record FactIsTrueCondition(string Fact) : ConditionModel;

public sealed record NotCondition(ConditionModel Operand) : ConditionModel;

public sealed record AllCondition(EquatableArray<ConditionModel> Operands) : ConditionModel;

public sealed record AnyCondition(EquatableArray<ConditionModel> Operands) : ConditionModel;

/// <summary>True when the enumeration fact has one of <see cref="Members"/>.</summary>
public sealed record MembershipCondition(string Fact, EquatableArray<string> Members) : ConditionModel;

/// <summary>True when two enumeration facts of the same type have the same value.</summary>
public sealed record SameValueCondition(string Left, string Right) : ConditionModel;

/// <summary>True when both conditions hold or neither does (boolean <c>a == b</c>); unknown when either is.</summary>
public sealed record EquivalentCondition(ConditionModel Left, ConditionModel Right) : ConditionModel;

public abstract record IntegerOperand;

public sealed record IntegerFactOperand(string Fact) : IntegerOperand;

public sealed record IntegerConstantOperand(int Value) : IntegerOperand;

public sealed record IntegerComparisonCondition(IntegerOperand Left, Comparison Operator, IntegerOperand Right) : ConditionModel;
