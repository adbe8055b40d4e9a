using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Runtime;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// A second, deliberately plain reading of the model's conditions (two-valued, every fact present,
/// derived facts evaluated on demand), independent of the evaluator's compiled conditions. The
/// fixture generator uses it to decide which items a generated case must answer, so a fixture
/// that scores to the published figures checks the evaluator's applicability rather than
/// repeating it.
/// </summary>
internal static class ConditionInterpreter
{
    /// <param name="facts">Recorded facts: bool, int, or an enumeration member's name.</param>
    public static bool Holds(ConditionModel? condition, FrameworkModel model, IReadOnlyDictionary<string, object> facts) => condition switch
    {
        null => true,
        ConstantCondition c => c.Value,
        FactIsTrueCondition f => IsTrue(f.Fact, model, facts),
        NotCondition n => !Holds(n.Operand, model, facts),
        AllCondition a => a.Operands.All(o => Holds(o, model, facts)),
        AnyCondition a => a.Operands.Any(o => Holds(o, model, facts)),
        MembershipCondition m => m.Members.Contains((string)Value(m.Fact, facts)),
        SameValueCondition s => (string)Value(s.Left, facts) == (string)Value(s.Right, facts),
        EquivalentCondition e => Holds(e.Left, model, facts) == Holds(e.Right, model, facts),
        IntegerComparisonCondition c => Compare(Operand(c.Left, facts), c.Operator, Operand(c.Right, facts)),
        _ => throw new NotSupportedException(condition.GetType().Name),
    };

    private static bool IsTrue(string fact, FrameworkModel model, IReadOnlyDictionary<string, object> facts)
    {
        var declared = model.Facts.Single(f => f.Name == fact);
        return declared.Derivation is { } derivation ? Holds(derivation, model, facts) : (bool)Value(fact, facts);
    }

    private static object Value(string fact, IReadOnlyDictionary<string, object> facts) =>
        facts.TryGetValue(fact, out var value) ? value : throw new InvalidOperationException($"The generated case has no value for '{fact}'.");

    private static int Operand(IntegerOperand operand, IReadOnlyDictionary<string, object> facts) => operand switch
    {
        IntegerConstantOperand c => c.Value,
        IntegerFactOperand f => (int)Value(f.Fact, facts),
        _ => throw new NotSupportedException(operand.GetType().Name),
    };

    private static bool Compare(int left, Comparison op, int right) => op switch
    {
        Comparison.Equal => left == right,
        Comparison.NotEqual => left != right,
        Comparison.Less => left < right,
        Comparison.LessOrEqual => left <= right,
        Comparison.Greater => left > right,
        _ => left >= right,
    };
}
