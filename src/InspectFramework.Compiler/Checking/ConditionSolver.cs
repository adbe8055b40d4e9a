using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Checking;

/// <summary>Whether some case makes a condition come out a given way.</summary>
internal enum Possibility
{
    Impossible,
    Possible,

    /// <summary>Not decided: too many candidate cases to try, or the condition has no meaning. Report nothing.</summary>
    Undecided,
}

/// <summary>Whether a condition can be true, and whether it can be false.</summary>
internal readonly record struct ConditionOutcomes(Possibility CanBeTrue, Possibility CanBeFalse)
{
    public static readonly ConditionOutcomes Undecided = new(Possibility.Undecided, Possibility.Undecided);
}

/// <summary>
/// Decides exactly whether conditions can hold, by trying every case that matters.
/// <para>
/// Facts range over: booleans, false and true; enumerations, exactly one of their members; integers,
/// the whole numbers from 0 up (integer facts count things, such as previous sanctions, and the
/// language has no negative numbers). Derived facts are expanded into their definitions; those on a
/// cycle are opaque true/false values (see <see cref="DerivedFactGraph"/>).
/// </para>
/// <para>
/// Why trying finitely many values is exact for integers: a condition only compares integer facts with
/// constants and with each other, so what matters is how the facts lie relative to the constants and
/// to each other, not the numbers themselves. Take as anchors 0 and every constant; any case can be
/// moved, keeping every comparison's outcome, to one where each integer fact equals an anchor or lies
/// just above one: the r distinct values strictly between two neighbouring anchors a and b (or above
/// the largest) become a+1, ..., a+r in the same order, which still lie below b. So each integer fact
/// need only take the values a, a+1, ..., a+n for each anchor a, where n is the number of integer facts
/// tried together (r cannot exceed it) when some of them are compared with each other, and 1 when none
/// are (then each fact is moved on its own).
/// </para>
/// <para>
/// Operands of a top-level and/or that share no recorded fact are decided separately and combined
/// (for disjoint facts, "a and b" can be true exactly when both can be, "a or b" can be false exactly
/// when both can be), so a long chain over many facts stays cheap. A group of operands whose candidate
/// cases number more than <see cref="MaxCandidateCases"/> is left undecided: no warning, never a false one.
/// So is one whose expanded conditions are larger than any framework needs, which bounds the work on
/// pathological input such as thousands of derived facts defined one from the next.
/// </para>
/// </summary>
internal sealed class ConditionSolver
{
    public const long MaxCandidateCases = 1L << 16;

    /// <summary>The most nodes one operand may have once derived facts are expanded.</summary>
    public const int MaxExpandedNodes = 1024;

    /// <summary>The most node evaluations spent on one group of operands: candidate cases times nodes.</summary>
    public const long MaxEvaluationSteps = 1L << 22;

    private readonly DerivedFactGraph _graph;
    private readonly SlotValues _values;

    // Per fact: a derived fact whose definition alone expands past MaxExpandedNodes. Any operand using
    // it expands at least as far (it reaches every derived fact the definition reaches), so its walk
    // stops there instead of walking a thousand nodes again: without this, a chain of n derived facts
    // costs n thousand-node walks. Worked out dependencies first, so each walk reads settled entries.
    private readonly bool[] _expandsTooFar;

    // The walks' work list, reused: a check analyses every derived fact and item condition, and a stack
    // each would be most of what checking a long chain of derived facts allocates. One walk at a time.
    private readonly Stack<BoundExpression> _pending = new();

    public ConditionSolver(DerivedFactGraph graph)
    {
        _graph = graph;
        _values = new SlotValues(graph, new long[graph.Facts.Length]);
        _expandsTooFar = new bool[graph.Facts.Length];
        foreach (var fact in graph.EvaluationOrder)
        {
            if (fact.Derivation is { } derivation)
            {
                _expandsTooFar[graph.IndexOf(fact)] = Describe(derivation).Truncated;
            }
        }
    }

    /// <summary>
    /// Whether the condition means something that can be decided: it bound without errors, and so did
    /// every derived fact it uses.
    /// </summary>
    public bool IsMeaningful(BoundExpression condition)
    {
        if (!ConditionEvaluator.CanEvaluate(condition))
        {
            return false;
        }

        var pending = _pending;
        pending.Clear();
        pending.Push(condition);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is BoundFactReference { Fact: var fact } && _graph.IsExpanded(fact) && _graph.IsUnknown(fact))
            {
                return false;
            }

            BoundConditions.PushOperands(node, pending);
        }

        return true;
    }

    /// <summary>Whether some case makes the condition true, and whether some case makes it false.</summary>
    public ConditionOutcomes Analyse(BoundExpression condition)
    {
        if (!IsMeaningful(condition))
        {
            return ConditionOutcomes.Undecided;
        }

        var negated = false;
        while (condition is BoundNot not)
        {
            negated = !negated;
            condition = not.Operand;
        }

        var op = condition is BoundLogical logical ? logical.Operator : LogicalOperator.And;
        var operands = new List<BoundExpression>();
        BoundConditions.AddOperands(condition, op, operands);
        var outcomes = Solve(operands, op);
        return negated ? new ConditionOutcomes(outcomes.CanBeFalse, outcomes.CanBeTrue) : outcomes;
    }

    /// <summary>Whether some case makes all the conditions true at once. Each must be <see cref="IsMeaningful"/>.</summary>
    public Possibility CanAllHold(IEnumerable<BoundExpression> conditions)
    {
        var operands = new List<BoundExpression>();
        foreach (var condition in conditions)
        {
            BoundConditions.AddOperands(condition, LogicalOperator.And, operands);
        }

        return Solve(operands, LogicalOperator.And).CanBeTrue;
    }

    private ConditionOutcomes Solve(List<BoundExpression> operands, LogicalOperator op)
    {
        var isAnd = op == LogicalOperator.And;
        if (operands.Count == 1)
        {
            return Enumerate(Describe(operands[0]), operands, isAnd);
        }

        var parts = new List<Part>(operands.Count);
        foreach (var operand in operands)
        {
            parts.Add(Describe(operand));
        }

        // Group the operands that share a recorded (or opaque) fact: union-find over operand positions.
        var parent = Enumerable.Range(0, parts.Count).ToArray();
        var owner = new Dictionary<int, int>();
        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var variable in parts[i].VariablesOrEmpty)
            {
                if (owner.TryGetValue(variable, out var other))
                {
                    parent[Find(parent, i)] = Find(parent, other);
                }
                else
                {
                    owner[variable] = i;
                }
            }
        }

        var groups = new SortedDictionary<int, Part>();
        var members = new SortedDictionary<int, List<BoundExpression>>();
        for (var i = 0; i < parts.Count; i++)
        {
            var root = Find(parent, i);
            if (groups.TryGetValue(root, out var group))
            {
                group.Merge(parts[i]);
                members[root].Add(operands[i]);
            }
            else
            {
                groups[root] = parts[i];
                members[root] = new List<BoundExpression> { operands[i] };
            }
        }

        var canBeTrue = new List<Possibility>();
        var canBeFalse = new List<Possibility>();
        foreach (var root in groups.Keys)
        {
            var outcomes = Enumerate(groups[root], members[root], isAnd);
            canBeTrue.Add(outcomes.CanBeTrue);
            canBeFalse.Add(outcomes.CanBeFalse);
        }

        // For operands over disjoint facts: "and" is true when all are, false when any is; "or" the reverse.
        return isAnd
            ? new ConditionOutcomes(All(canBeTrue), Any(canBeFalse))
            : new ConditionOutcomes(Any(canBeTrue), All(canBeFalse));
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static Possibility All(List<Possibility> possibilities) =>
        possibilities.Contains(Possibility.Impossible) ? Possibility.Impossible
        : possibilities.Contains(Possibility.Undecided) ? Possibility.Undecided
        : Possibility.Possible;

    private static Possibility Any(List<Possibility> possibilities) =>
        possibilities.Contains(Possibility.Possible) ? Possibility.Possible
        : possibilities.Contains(Possibility.Undecided) ? Possibility.Undecided
        : Possibility.Impossible;

    // What one operand depends on once derived facts are expanded: the facts it varies over, the derived
    // facts to compute first, and the integer constants its comparisons use.
    private Part Describe(BoundExpression operand)
    {
        var part = new Part();
        var pending = _pending;
        pending.Clear();
        pending.Push(operand);
        while (pending.Count > 0)
        {
            if (++part.Nodes > MaxExpandedNodes)
            {
                part.Truncated = true;
                break;
            }

            var node = pending.Pop();
            switch (node)
            {
                case BoundFactReference { Fact: var fact } when _graph.IsExpanded(fact) && _expandsTooFar[_graph.IndexOf(fact)]:
                    part.Truncated = true;
                    return part;
                case BoundFactReference { Fact: var fact } when _graph.IsExpanded(fact):
                    if (part.AddDerived(fact))
                    {
                        pending.Push(fact.Derivation!);
                    }

                    break;
                case BoundFactReference { Fact: var fact }:
                    part.AddVariable(_graph.IndexOf(fact));
                    break;
                case BoundIntegerLiteral literal:
                    part.AddConstant(literal.Value);
                    break;
                case BoundComparison { Left: BoundFactReference { FactType.Kind: ValueTypeKind.Integer }, Right: BoundFactReference { FactType.Kind: ValueTypeKind.Integer } }:
                    part.ComparesIntegerFacts = true;
                    break;
            }

            BoundConditions.PushOperands(node, pending);
        }

        return part;
    }

    // Tries every candidate case for one group of operands (sharing facts), combined with and/or.
    private ConditionOutcomes Enumerate(Part part, List<BoundExpression> operands, bool isAnd)
    {
        if (part.Truncated)
        {
            return ConditionOutcomes.Undecided;
        }

        var variables = part.VariablesOrEmpty.ToArray();
        var domains = new long[variables.Length][];
        var integerFacts = variables.Count(v => _graph.Facts[v].Kind == FactKind.Integer);

        long cases = 1;
        for (var i = 0; i < variables.Length; i++)
        {
            domains[i] = Domain(_graph.Facts[variables[i]], part, integerFacts);
            cases *= domains[i].Length;
            if (domains[i].Length == 0 || cases > MaxCandidateCases || cases * part.Nodes > MaxEvaluationSteps)
            {
                // An enumeration without members (its declaration had errors), or too much to try.
                return ConditionOutcomes.Undecided;
            }
        }

        var derived = part.DerivedOrEmpty.OrderBy(_graph.EvaluationPosition).ToArray();
        var slots = _values.Slots;
        var positions = new int[variables.Length];
        var seenTrue = false;
        var seenFalse = false;
        while (true)
        {
            for (var i = 0; i < variables.Length; i++)
            {
                slots[variables[i]] = domains[i][positions[i]];
            }

            foreach (var fact in derived)
            {
                slots[_graph.IndexOf(fact)] = ConditionEvaluator.IsTrue(fact.Derivation!, _values) ? 1 : 0;
            }

            var holds = isAnd;
            foreach (var operand in operands)
            {
                if (ConditionEvaluator.IsTrue(operand, _values) != isAnd)
                {
                    holds = !isAnd;
                    break;
                }
            }

            seenTrue |= holds;
            seenFalse |= !holds;
            if ((seenTrue && seenFalse) || !Advance(positions, domains))
            {
                break;
            }
        }

        return new ConditionOutcomes(
            seenTrue ? Possibility.Possible : Possibility.Impossible,
            seenFalse ? Possibility.Possible : Possibility.Impossible);
    }

    private static bool Advance(int[] positions, long[][] domains)
    {
        for (var i = positions.Length - 1; i >= 0; i--)
        {
            if (++positions[i] < domains[i].Length)
            {
                return true;
            }

            positions[i] = 0;
        }

        return false;
    }

    private static long[] Domain(FactSymbol fact, Part part, int integerFacts)
    {
        // Opaque derived facts (on a cycle) are unknown true/false values, like recorded booleans.
        if (fact.IsDerived || fact.Kind == FactKind.Boolean)
        {
            return new long[] { 0, 1 };
        }

        if (fact.Kind == FactKind.Enumeration)
        {
            return Enumerable.Range(0, fact.Members.Length).Select(i => (long)i).ToArray();
        }

        var above = part.ComparesIntegerFacts ? integerFacts : 1;
        var points = new SortedSet<long>();
        foreach (var anchor in part.ConstantsOrEmpty.Append(0L))
        {
            for (var offset = 0; offset <= above; offset++)
            {
                points.Add(anchor + offset);
            }
        }

        return points.ToArray();
    }

    // The sets are made on first use: most operands name a fact or two, and an operand cut short
    // (Truncated) is thrown away unread.
    private sealed class Part
    {
        private SortedSet<int>? _variables;
        private HashSet<FactSymbol>? _derived;
        private HashSet<long>? _constants;

        public IReadOnlyCollection<int> VariablesOrEmpty => (IReadOnlyCollection<int>?)_variables ?? Array.Empty<int>();

        public IReadOnlyCollection<FactSymbol> DerivedOrEmpty => (IReadOnlyCollection<FactSymbol>?)_derived ?? Array.Empty<FactSymbol>();

        public IReadOnlyCollection<long> ConstantsOrEmpty => (IReadOnlyCollection<long>?)_constants ?? Array.Empty<long>();

        public bool ComparesIntegerFacts { get; set; }

        /// <summary>How many nodes the operands have with derived facts expanded.</summary>
        public long Nodes { get; set; }

        /// <summary>An operand had more than <see cref="MaxExpandedNodes"/>: the walk stopped there.</summary>
        public bool Truncated { get; set; }

        public void Merge(Part other)
        {
            Nodes += other.Nodes;
            Truncated |= other.Truncated;
            if (other._variables is not null)
            {
                (_variables ??= new SortedSet<int>()).UnionWith(other._variables);
            }

            if (other._derived is not null)
            {
                (_derived ??= new HashSet<FactSymbol>()).UnionWith(other._derived);
            }

            if (other._constants is not null)
            {
                (_constants ??= new HashSet<long>()).UnionWith(other._constants);
            }

            ComparesIntegerFacts |= other.ComparesIntegerFacts;
        }

        public void AddVariable(int slot) => (_variables ??= new SortedSet<int>()).Add(slot);

        /// <summary>False when the fact was already there (its definition is then not walked again).</summary>
        public bool AddDerived(FactSymbol fact) => (_derived ??= new HashSet<FactSymbol>()).Add(fact);

        public void AddConstant(long value) => (_constants ??= new HashSet<long>()).Add(value);
    }

    // The candidate case being tried: one value slot per fact, indexed as in the graph.
    private sealed class SlotValues : IFactValues
    {
        private readonly DerivedFactGraph _graph;

        public SlotValues(DerivedFactGraph graph, long[] slots)
        {
            _graph = graph;
            Slots = slots;
        }

        public long[] Slots { get; }

        public long ValueOf(FactSymbol fact) => Slots[_graph.IndexOf(fact)];
    }
}
