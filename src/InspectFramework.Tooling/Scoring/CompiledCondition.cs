using System;
using System.Collections.Generic;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.Scoring;

/// <summary>
/// A condition compiled once per framework into a small tree of evaluators over a case's fact
/// values (indexed by the plan's fact index), with the runtime's three-valued meaning
/// (<see cref="Kleene"/>). Evaluation allocates nothing.
/// </summary>
internal abstract class CompiledCondition
{
    /// <param name="values">Fact values: booleans 0/1, integers, enumeration member indexes.</param>
    /// <param name="known">Per fact: true when recorded (or derived from recorded facts).</param>
    public abstract Tri Evaluate(int[] values, bool[] known);
}

/// <summary>Compiles <see cref="ConditionModel"/> against the plan's fact index.</summary>
internal static class ConditionCompiler
{
    /// <param name="factIndex">Fact name to index.</param>
    /// <param name="facts">The model's facts, by index (for enumeration members).</param>
    /// <param name="read">Receives the index of every fact the condition reads directly.</param>
    public static CompiledCondition Compile(ConditionModel condition, IReadOnlyDictionary<string, int> factIndex, IReadOnlyList<FactModel> facts, ISet<int> read)
    {
        switch (condition)
        {
            case ConstantCondition constant:
                return new Constant(Kleene.Of(constant.Value));
            case FactIsTrueCondition fact:
                return new FactIsTrue(Resolve(fact.Fact, factIndex, read));
            case NotCondition not:
                return new Negation(Compile(not.Operand, factIndex, facts, read));
            case AllCondition all:
                return new Conjunction(CompileAll(all.Operands, factIndex, facts, read));
            case AnyCondition any:
                return new Disjunction(CompileAll(any.Operands, factIndex, facts, read));
            case MembershipCondition membership:
            {
                var index = Resolve(membership.Fact, factIndex, read);
                var members = facts[index].Members;
                var mask = new bool[members.Count];
                for (var i = 0; i < members.Count; i++)
                {
                    foreach (var name in membership.Members)
                    {
                        if (string.Equals(members[i].Name, name, StringComparison.Ordinal))
                        {
                            mask[i] = true;
                        }
                    }
                }

                return new Membership(index, mask);
            }

            case SameValueCondition same:
            {
                var left = Resolve(same.Left, factIndex, read);
                var right = Resolve(same.Right, factIndex, read);

                // The two facts may declare their members separately: compare members by name.
                var leftMembers = facts[left].Members;
                var rightMembers = facts[right].Members;
                var map = new int[leftMembers.Count];
                for (var i = 0; i < leftMembers.Count; i++)
                {
                    map[i] = -1;
                    for (var j = 0; j < rightMembers.Count; j++)
                    {
                        if (string.Equals(leftMembers[i].Name, rightMembers[j].Name, StringComparison.Ordinal))
                        {
                            map[i] = j;
                        }
                    }
                }

                return new SameValue(left, right, map);
            }

            case EquivalentCondition equivalent:
                return new Equivalence(Compile(equivalent.Left, factIndex, facts, read), Compile(equivalent.Right, factIndex, facts, read));
            case IntegerComparisonCondition comparison:
                return new IntegerComparison(Operand(comparison.Left, factIndex, read), comparison.Operator, Operand(comparison.Right, factIndex, read));
            default:
                throw new InvalidOperationException($"Unknown condition {condition.GetType().Name}.");
        }
    }

    private static CompiledCondition[] CompileAll(EquatableArray<ConditionModel> operands, IReadOnlyDictionary<string, int> factIndex, IReadOnlyList<FactModel> facts, ISet<int> read)
    {
        var result = new CompiledCondition[operands.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Compile(operands[i], factIndex, facts, read);
        }

        return result;
    }

    private static int Resolve(string fact, IReadOnlyDictionary<string, int> factIndex, ISet<int> read)
    {
        if (!factIndex.TryGetValue(fact, out var index))
        {
            throw new InvalidOperationException($"The model refers to an undeclared fact '{fact}'.");
        }

        read.Add(index);
        return index;
    }

    private static (int Fact, int Constant) Operand(IntegerOperand operand, IReadOnlyDictionary<string, int> factIndex, ISet<int> read) => operand switch
    {
        IntegerFactOperand fact => (Resolve(fact.Fact, factIndex, read), 0),
        IntegerConstantOperand constant => (-1, constant.Value),
        _ => throw new InvalidOperationException($"Unknown operand {operand.GetType().Name}."),
    };

    private sealed class Constant(Tri value) : CompiledCondition
    {
        public override Tri Evaluate(int[] values, bool[] known) => value;
    }

    private sealed class FactIsTrue(int fact) : CompiledCondition
    {
        public override Tri Evaluate(int[] values, bool[] known) =>
            known[fact] ? Kleene.Of(values[fact] != 0) : Tri.Unknown;
    }

    private sealed class Negation(CompiledCondition operand) : CompiledCondition
    {
        public override Tri Evaluate(int[] values, bool[] known) => Kleene.Not(operand.Evaluate(values, known));
    }

    // Both or neither, with the runtime's connectives: unknown when either operand is.
    private sealed class Equivalence(CompiledCondition left, CompiledCondition right) : CompiledCondition
    {
        public override Tri Evaluate(int[] values, bool[] known)
        {
            var l = left.Evaluate(values, known);
            var r = right.Evaluate(values, known);
            return Kleene.Or(Kleene.And(l, r), Kleene.And(Kleene.Not(l), Kleene.Not(r)));
        }
    }

    // Folded with the runtime's connectives, stopping once an operand decides the whole.
    private sealed class Conjunction(CompiledCondition[] operands) : CompiledCondition
    {
        public override Tri Evaluate(int[] values, bool[] known)
        {
            var result = Tri.True;
            for (var i = 0; i < operands.Length && result != Tri.False; i++)
            {
                result = Kleene.And(result, operands[i].Evaluate(values, known));
            }

            return result;
        }
    }

    private sealed class Disjunction(CompiledCondition[] operands) : CompiledCondition
    {
        public override Tri Evaluate(int[] values, bool[] known)
        {
            var result = Tri.False;
            for (var i = 0; i < operands.Length && result != Tri.True; i++)
            {
                result = Kleene.Or(result, operands[i].Evaluate(values, known));
            }

            return result;
        }
    }

    private sealed class Membership(int fact, bool[] mask) : CompiledCondition
    {
        public override Tri Evaluate(int[] values, bool[] known) =>
            known[fact] ? Kleene.Of(mask[values[fact]]) : Tri.Unknown;
    }

    private sealed class SameValue(int left, int right, int[] map) : CompiledCondition
    {
        public override Tri Evaluate(int[] values, bool[] known) =>
            known[left] && known[right] ? Kleene.Of(map[values[left]] == values[right]) : Tri.Unknown;
    }

    private sealed class IntegerComparison((int Fact, int Constant) left, Comparison comparison, (int Fact, int Constant) right) : CompiledCondition
    {
        public override Tri Evaluate(int[] values, bool[] known) => Kleene.Compare(
            comparison,
            left.Fact >= 0 ? values[left.Fact] : left.Constant,
            left.Fact < 0 || known[left.Fact],
            right.Fact >= 0 ? values[right.Fact] : right.Constant,
            right.Fact < 0 || known[right.Fact]);
    }
}
