using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using InspectFramework.Compiler.Binding;

namespace InspectFramework.Compiler.Checking;

/// <summary>
/// How derived facts depend on each other: the cycles among them, and an order in which the others
/// can be computed (each after the derived facts it uses). Facts on a cycle have no definite value;
/// they are <see cref="IsOpaque">opaque</see>: reasoning treats each as an unknown true/false value
/// rather than following its definition round the cycle. Every walk here is iterative, so a long
/// chain of derived facts cannot overflow the stack.
/// </summary>
public sealed class DerivedFactGraph
{
    private readonly Dictionary<FactSymbol, int> _index;
    private readonly bool[] _opaque;
    private readonly bool[] _unknown;
    private readonly int[] _order;

    private DerivedFactGraph(
        ImmutableArray<FactSymbol> facts,
        Dictionary<FactSymbol, int> index,
        bool[] opaque,
        bool[] unknown,
        int[] order,
        ImmutableArray<FactSymbol> evaluationOrder,
        ImmutableArray<ImmutableArray<FactSymbol>> cycles)
    {
        Facts = facts;
        _index = index;
        _opaque = opaque;
        _unknown = unknown;
        _order = order;
        EvaluationOrder = evaluationOrder;
        Cycles = cycles;
    }

    /// <summary>Every fact of the framework, in source order.</summary>
    public ImmutableArray<FactSymbol> Facts { get; }

    /// <summary>The derived facts not on a cycle, each after every derived fact it uses.</summary>
    public ImmutableArray<FactSymbol> EvaluationOrder { get; }

    /// <summary>
    /// One cycle per group of derived facts that depend on each other, as a path that starts and ends
    /// at the group's first fact in source order: [a, b, a]. Groups are in source order of that fact.
    /// </summary>
    public ImmutableArray<ImmutableArray<FactSymbol>> Cycles { get; }

    public static DerivedFactGraph Build(ImmutableArray<FactSymbol> facts)
    {
        var index = new Dictionary<FactSymbol, int>(facts.Length);
        for (var i = 0; i < facts.Length; i++)
        {
            index[facts[i]] = i;
        }

        // Edges go from a derived fact to the derived facts its definition names, in order of first use.
        var edges = new int[facts.Length][];
        var hasError = new bool[facts.Length];
        var targets = new List<int>();
        var pending = new Stack<BoundExpression>();
        for (var i = 0; i < facts.Length; i++)
        {
            var derivation = facts[i].Derivation;
            if (!facts[i].IsDerived)
            {
                edges[i] = Array.Empty<int>();
                continue;
            }

            hasError[i] = derivation is null || !ConditionEvaluator.CanEvaluate(derivation);
            targets.Clear();
            if (derivation is not null)
            {
                pending.Push(derivation);
                while (pending.Count > 0)
                {
                    var node = pending.Pop();
                    if (node is BoundFactReference { Fact: { IsDerived: true } fact } && index.TryGetValue(fact, out var target) && !targets.Contains(target))
                    {
                        targets.Add(target);
                    }

                    BoundConditions.PushOperands(node, pending);
                }
            }

            edges[i] = targets.ToArray();
        }

        var components = StronglyConnectedComponents(edges);
        var opaque = new bool[facts.Length];
        var unknown = new bool[facts.Length];
        var order = new int[facts.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = -1;
        }

        var evaluationOrder = ImmutableArray.CreateBuilder<FactSymbol>();
        var cycles = new List<ImmutableArray<FactSymbol>>();

        // Components come dependencies first, so each fact's dependencies are settled before it.
        foreach (var component in components)
        {
            var first = component[0];
            if (!facts[first].IsDerived)
            {
                continue;
            }

            if (component.Count > 1 || Array.IndexOf(edges[first], first) >= 0)
            {
                foreach (var member in component)
                {
                    opaque[member] = true;
                }

                cycles.Add(ShortestCycle(first, edges, component, facts));
                continue;
            }

            var unknownHere = hasError[first];
            foreach (var dependency in edges[first])
            {
                unknownHere |= unknown[dependency];
            }

            unknown[first] = unknownHere;
            order[first] = evaluationOrder.Count;
            evaluationOrder.Add(facts[first]);
        }

        cycles.Sort((a, b) => index[a[0]].CompareTo(index[b[0]]));
        return new DerivedFactGraph(facts, index, opaque, unknown, order, evaluationOrder.ToImmutable(), cycles.ToImmutableArray());
    }

    /// <summary>The fact's position in <see cref="Facts"/>: a slot for its value.</summary>
    public int IndexOf(FactSymbol fact) => _index[fact];

    /// <summary>A derived fact on a cycle: it has no definite definition, so it is reasoned about as an unknown true/false value.</summary>
    public bool IsOpaque(FactSymbol fact) => _opaque[_index[fact]];

    /// <summary>A derived fact whose definition (or that of a derived fact it uses) failed to bind: it means nothing.</summary>
    public bool IsUnknown(FactSymbol fact) => _unknown[_index[fact]];

    /// <summary>Whether the fact is computed from its definition: derived, and not on a cycle.</summary>
    public bool IsExpanded(FactSymbol fact) => fact.IsDerived && !_opaque[_index[fact]];

    /// <summary>The position of an expanded derived fact in <see cref="EvaluationOrder"/>.</summary>
    public int EvaluationPosition(FactSymbol fact) => _order[_index[fact]];

    // Tarjan's algorithm with an explicit stack. Components come out dependencies first; each lists its
    // members in source order. Nodes are visited in source order and edges in order of first use, so
    // the result is the same on every run.
    private static List<List<int>> StronglyConnectedComponents(int[][] edges)
    {
        var count = edges.Length;
        var number = new int[count];
        var low = new int[count];
        var onStack = new bool[count];
        for (var i = 0; i < count; i++)
        {
            number[i] = -1;
        }

        var stack = new Stack<int>();
        var calls = new Stack<(int Node, int NextEdge)>();
        var components = new List<List<int>>();
        var counter = 0;
        for (var root = 0; root < count; root++)
        {
            if (number[root] >= 0)
            {
                continue;
            }

            calls.Push((root, 0));
            number[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (calls.Count > 0)
            {
                var (node, next) = calls.Pop();
                if (next < edges[node].Length)
                {
                    calls.Push((node, next + 1));
                    var target = edges[node][next];
                    if (number[target] < 0)
                    {
                        number[target] = low[target] = counter++;
                        stack.Push(target);
                        onStack[target] = true;
                        calls.Push((target, 0));
                    }
                    else if (onStack[target])
                    {
                        low[node] = Math.Min(low[node], number[target]);
                    }

                    continue;
                }

                if (calls.Count > 0)
                {
                    var parent = calls.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == number[node])
                {
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);

                    component.Sort();
                    components.Add(component);
                }
            }
        }

        return components;
    }

    // The shortest way from the group's first fact back to itself (breadth first, edges in order of
    // first use): one readable cycle to show, however tangled the group is.
    private static ImmutableArray<FactSymbol> ShortestCycle(int start, int[][] edges, List<int> component, ImmutableArray<FactSymbol> facts)
    {
        var inComponent = new HashSet<int>(component);
        var previous = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        var last = -1;
        while (queue.Count > 0 && last < 0)
        {
            var node = queue.Dequeue();
            foreach (var target in edges[node])
            {
                if (target == start)
                {
                    last = node;
                    break;
                }

                if (inComponent.Contains(target) && !previous.ContainsKey(target))
                {
                    previous[target] = node;
                    queue.Enqueue(target);
                }
            }
        }

        // Every member of a cyclic group reaches the start, so 'last' is always found.
        var path = new List<FactSymbol> { facts[start] };
        for (var node = last; node != start; node = previous[node])
        {
            path.Add(facts[node]);
        }

        path.Add(facts[start]);
        path.Reverse();
        return path.ToImmutableArray();
    }
}
