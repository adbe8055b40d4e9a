using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using InspectFramework.Compiler.Model;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// The model's conditions as <see cref="ConditionView"/>s, their facts named as the generated profile
/// names them. Lowering shares subtrees (a boolean <c>a == b</c> uses each operand twice), so views are
/// made once per model node and shared the same way.
/// </summary>
internal sealed class ConditionViews
{
    private readonly EmitNames _names;
    private readonly IReadOnlyDictionary<string, string>? _derivedFields;
    private readonly Dictionary<ConditionModel, ConditionView> _made = new(ByReference.Instance);

    /// <param name="derivedFields">For the profile's own derivation of its derived facts: the private
    /// field that holds each derived fact, read instead of its property (whose getter derives them all).</param>
    public ConditionViews(EmitNames names, IReadOnlyDictionary<string, string>? derivedFields = null)
    {
        _names = names;
        _derivedFields = derivedFields;
    }

    public ConditionView? ViewOrNull(ConditionModel? condition) => condition is null ? null : View(condition);

    public ConditionView View(ConditionModel condition)
    {
        if (_made.TryGetValue(condition, out var made))
        {
            return made;
        }

        made = condition switch
        {
            ConstantCondition constant => new ConditionView { Kind = ConditionKinds.Constant, Value = constant.Value },
            FactIsTrueCondition fact => new ConditionView
            {
                Kind = ConditionKinds.Fact,
                Member = _derivedFields is not null && _derivedFields.TryGetValue(fact.Fact, out var field) ? field : _names.Fact(fact.Fact).Property,
            },
            NotCondition not => new ConditionView { Kind = ConditionKinds.Not, Operands = ImmutableArray.Create(View(not.Operand)) },
            AllCondition all => new ConditionView { Kind = ConditionKinds.All, Operands = all.Operands.Select(View).ToImmutableArray() },
            AnyCondition any => new ConditionView { Kind = ConditionKinds.Any, Operands = any.Operands.Select(View).ToImmutableArray() },
            MembershipCondition membership => new ConditionView
            {
                Kind = ConditionKinds.Membership,
                Member = _names.Fact(membership.Fact).Property,
                Values = membership.Members.Select(_names.Fact(membership.Fact).MemberExpression).ToImmutableArray(),
            },
            SameValueCondition same => SameValue(same),
            EquivalentCondition equivalent => new ConditionView { Kind = ConditionKinds.Equivalent, Operands = ImmutableArray.Create(View(equivalent.Left), View(equivalent.Right)) },
            IntegerComparisonCondition comparison => new ConditionView
            {
                Kind = ConditionKinds.Comparison,
                Left = Operand(comparison.Left),
                Operator = comparison.Operator.ToString(),
                Right = Operand(comparison.Right),
            },
            _ => throw new ArgumentException($"Unknown condition {condition.GetType().Name}.", nameof(condition)),
        };
        _made.Add(condition, made);
        return made;
    }

    private ConditionView SameValue(SameValueCondition same)
    {
        var left = _names.Fact(same.Left);
        var right = _names.Fact(same.Right);
        return new ConditionView
        {
            Kind = ConditionKinds.SameValue,
            Member = left.Property,
            OtherMember = right.Property,
            // The binder never compares different enumerations; a hand-built model may.
            LabelsType = left.EnumType == right.EnumType ? string.Empty : _names.LabelsClassQualified,
        };
    }

    private OperandView Operand(IntegerOperand operand) => operand switch
    {
        IntegerFactOperand fact => new OperandView { Member = _names.Fact(fact.Fact).Property },
        IntegerConstantOperand constant => new OperandView { Value = constant.Value },
        _ => throw new ArgumentException($"Unknown operand {operand.GetType().Name}.", nameof(operand)),
    };

    private sealed class ByReference : IEqualityComparer<ConditionModel>
    {
        public static ByReference Instance { get; } = new();

        public bool Equals(ConditionModel? x, ConditionModel? y) => ReferenceEquals(x, y);

        public int GetHashCode(ConditionModel obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
