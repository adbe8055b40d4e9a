using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.Diff;

/// <summary>How the set of cases a condition admits changed from one version to the next.</summary>
public enum ApplicabilityChange
{
    /// <summary>The same cases (the condition may be written differently).</summary>
    Same,

    /// <summary>Every case admitted before still is, and some more.</summary>
    Widened,

    /// <summary>Only cases admitted before, but not all of them.</summary>
    Narrowed,

    /// <summary>Some cases gained, some lost.</summary>
    Shifted,

    /// <summary>Too many fact values to compare exhaustively, or facts changed type: treated as shifted.</summary>
    Undecided,
}

/// <summary>
/// Compares two conditions by the cases they admit, not by their text: both are evaluated for every
/// combination of the values of the facts they use (derived facts expanded with each version's own
/// definition). Booleans and enumerations have few values; an integer fact compared with constants
/// only needs one value per interval between them. Comparisons of two integer facts, facts whose
/// type changed, and more than <see cref="MaxCombinations"/> combinations are left undecided.
/// </summary>
public sealed class ApplicabilityComparer
{
    public const int MaxCombinations = 1 << 16;

    private readonly Dictionary<string, FactModel> _oldFacts;
    private readonly Dictionary<string, FactModel> _newFacts;

    public ApplicabilityComparer(FrameworkModel oldModel, FrameworkModel newModel)
    {
        _oldFacts = oldModel.Facts.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _newFacts = newModel.Facts.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Compares an item's condition in the old and the new version; null means "always".</summary>
    public ApplicabilityChange Compare(ConditionModel? oldCondition, ConditionModel? newCondition)
    {
        var before = Expand(oldCondition ?? new ConstantCondition(true), _oldFacts, 0);
        var after = Expand(newCondition ?? new ConstantCondition(true), _newFacts, 0);
        if (before is null || after is null)
        {
            return ApplicabilityChange.Undecided;
        }

        if (before.Equals(after))
        {
            return ApplicabilityChange.Same;
        }

        var variables = Variables(before, after);
        if (variables is null)
        {
            return ApplicabilityChange.Undecided;
        }

        var gained = false;
        var lost = false;
        foreach (var assignment in Assignments(variables))
        {
            var was = Evaluate(before, assignment);
            var now = Evaluate(after, assignment);
            gained |= now && !was;
            lost |= was && !now;
            if (gained && lost)
            {
                return ApplicabilityChange.Shifted;
            }
        }

        return gained ? ApplicabilityChange.Widened : lost ? ApplicabilityChange.Narrowed : ApplicabilityChange.Same;
    }

    /// <summary>Whether a derived fact used by the condition is defined differently in the two versions.</summary>
    public bool UsesChangedDerivation(ConditionModel? condition) => ChangedDerivations(condition).Any();

    /// <summary>The derived facts the condition uses, directly or through other derived facts, that are defined differently in the two versions.</summary>
    public IEnumerable<string> ChangedDerivations(ConditionModel? condition) =>
        condition is null
            ? Enumerable.Empty<string>()
            : DerivedFactsUsed(condition).Where(name =>
                !_oldFacts.TryGetValue(name, out var before) || !_newFacts.TryGetValue(name, out var after) || !Equals(before.Derivation, after.Derivation));

    // Depth first, each derived fact once (expanded with the old version's definition when it has one),
    // with an explicit stack: a chain of derived facts may be as long as the file allows.
    private IEnumerable<string> DerivedFactsUsed(ConditionModel condition)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IEnumerator<string>>();
        pending.Push(ConditionText.Facts(condition).Distinct(StringComparer.Ordinal).GetEnumerator());
        while (pending.Count > 0)
        {
            var names = pending.Peek();
            if (!names.MoveNext())
            {
                names.Dispose();
                pending.Pop();
                continue;
            }

            var name = names.Current;
            var derivation = (_oldFacts.TryGetValue(name, out var before) ? before.Derivation : null)
                ?? (_newFacts.TryGetValue(name, out var after) ? after.Derivation : null);
            if (derivation is not null && seen.Add(name))
            {
                yield return name;
                pending.Push(ConditionText.Facts(derivation).Distinct(StringComparer.Ordinal).GetEnumerator());
            }
        }
    }

    // Replaces derived facts by their definitions. The compiler refuses cycles; the depth guard only
    // keeps a malformed model from recursing without end (a legitimate condition is at most a few
    // hundred levels deep: FrameworkParser.MaxNestingDepth, times a chain of derived facts).
    private const int MaxExpansionDepth = 2000;

    private static ConditionModel? Expand(ConditionModel condition, Dictionary<string, FactModel> facts, int depth)
    {
        if (depth > MaxExpansionDepth)
        {
            return null;
        }

        switch (condition)
        {
            case FactIsTrueCondition f when facts.TryGetValue(f.Fact, out var fact) && fact.Derivation is { } derivation:
                return Expand(derivation, facts, depth + 1);
            case NotCondition not:
                return Expand(not.Operand, facts, depth + 1) is { } operand ? new NotCondition(operand) : null;
            case AllCondition all:
                var allOperands = all.Operands.Select(o => Expand(o, facts, depth + 1)).ToList();
                return allOperands.Any(o => o is null) ? null : new AllCondition(allOperands.Select(o => o!).ToEquatableArray());
            case AnyCondition any:
                var anyOperands = any.Operands.Select(o => Expand(o, facts, depth + 1)).ToList();
                return anyOperands.Any(o => o is null) ? null : new AnyCondition(anyOperands.Select(o => o!).ToEquatableArray());
            case EquivalentCondition equivalent:
                return Expand(equivalent.Left, facts, depth + 1) is { } left && Expand(equivalent.Right, facts, depth + 1) is { } right ? new EquivalentCondition(left, right) : null;
            default:
                return condition;
        }
    }

    private sealed class Variable
    {
        public Variable(string name, IReadOnlyList<object> values)
        {
            Name = name;
            Values = values;
        }

        public string Name { get; }

        public IReadOnlyList<object> Values { get; }
    }

    private List<Variable>? Variables(ConditionModel before, ConditionModel after)
    {
        var names = ConditionText.Facts(before).Concat(ConditionText.Facts(after)).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var constants = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        if (!CollectIntegerConstants(before, constants) || !CollectIntegerConstants(after, constants))
        {
            return null;
        }

        var variables = new List<Variable>();
        long combinations = 1;
        foreach (var name in names)
        {
            _oldFacts.TryGetValue(name, out var oldFact);
            _newFacts.TryGetValue(name, out var newFact);
            if (oldFact is not null && newFact is not null && oldFact.Kind != newFact.Kind)
            {
                return null;
            }

            var kind = (oldFact ?? newFact)?.Kind ?? FactKind.Boolean;
            IReadOnlyList<object> values = kind switch
            {
                FactKind.Enumeration => new[] { oldFact, newFact }
                    .Where(f => f is not null)
                    .SelectMany(f => f!.Members.Select(m => m.Name))
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(m => m, StringComparer.Ordinal)
                    .Cast<object>()
                    .ToList(),
                FactKind.Integer => IntegerValues(constants.TryGetValue(name, out var set) ? set : new SortedSet<int>()),
                _ => new object[] { false, true },
            };
            if (values.Count == 0)
            {
                return null;
            }

            combinations *= values.Count;
            if (combinations > MaxCombinations)
            {
                return null;
            }

            variables.Add(new Variable(name, values));
        }

        return variables;
    }

    // One value inside every interval the constants cut the integers into, and the constants
    // themselves: that decides every comparison of the fact with a constant.
    private static IReadOnlyList<object> IntegerValues(SortedSet<int> constants)
    {
        var values = new SortedSet<long> { 0 };
        foreach (var c in constants)
        {
            values.Add((long)c - 1);
            values.Add(c);
            values.Add((long)c + 1);
        }

        return values.Select(v => (object)v).ToList();
    }

    private static bool CollectIntegerConstants(ConditionModel condition, Dictionary<string, SortedSet<int>> constants)
    {
        switch (condition)
        {
            case IntegerComparisonCondition { Left: IntegerFactOperand, Right: IntegerFactOperand }:
                return false;
            case IntegerComparisonCondition { Left: IntegerFactOperand fact, Right: IntegerConstantOperand constant }:
                Add(fact.Fact, constant.Value);
                return true;
            case IntegerComparisonCondition { Left: IntegerConstantOperand constant, Right: IntegerFactOperand fact }:
                Add(fact.Fact, constant.Value);
                return true;
            case NotCondition not:
                return CollectIntegerConstants(not.Operand, constants);
            case AllCondition all:
                return all.Operands.All(o => CollectIntegerConstants(o, constants));
            case AnyCondition any:
                return any.Operands.All(o => CollectIntegerConstants(o, constants));
            case EquivalentCondition equivalent:
                return CollectIntegerConstants(equivalent.Left, constants) && CollectIntegerConstants(equivalent.Right, constants);
            default:
                return true;
        }

        void Add(string fact, int value)
        {
            if (!constants.TryGetValue(fact, out var set))
            {
                constants[fact] = set = new SortedSet<int>();
            }

            set.Add(value);
        }
    }

    private static IEnumerable<Dictionary<string, object>> Assignments(List<Variable> variables)
    {
        var indexes = new int[variables.Count];
        while (true)
        {
            var assignment = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < variables.Count; i++)
            {
                assignment[variables[i].Name] = variables[i].Values[indexes[i]];
            }

            yield return assignment;
            var position = 0;
            while (position < variables.Count && ++indexes[position] == variables[position].Values.Count)
            {
                indexes[position++] = 0;
            }

            if (position == variables.Count)
            {
                yield break;
            }
        }
    }

    private static bool Evaluate(ConditionModel condition, Dictionary<string, object> values) => condition switch
    {
        ConstantCondition c => c.Value,
        FactIsTrueCondition f => values.TryGetValue(f.Fact, out var v) && v is true,
        NotCondition n => !Evaluate(n.Operand, values),
        AllCondition a => a.Operands.All(o => Evaluate(o, values)),
        AnyCondition a => a.Operands.Any(o => Evaluate(o, values)),
        MembershipCondition m => values.TryGetValue(m.Fact, out var v) && v is string member && m.Members.Contains(member),
        SameValueCondition s => values.TryGetValue(s.Left, out var l) && values.TryGetValue(s.Right, out var r) && Equals(l, r),
        EquivalentCondition e => Evaluate(e.Left, values) == Evaluate(e.Right, values),
        IntegerComparisonCondition c => c.Operator.Holds(Value(c.Left, values), Value(c.Right, values)),
        _ => false,
    };

    private static long Value(IntegerOperand operand, Dictionary<string, object> values) => operand switch
    {
        IntegerConstantOperand constant => constant.Value,
        IntegerFactOperand fact when values.TryGetValue(fact.Fact, out var v) && v is long l => l,
        _ => 0,
    };
}
