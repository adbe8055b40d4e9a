using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Runtime;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// Conditions keep their meaning in C#: random condition trees (every kind of node, nested) become
/// derived facts of a model built in code, and the generated properties are compared with a direct
/// evaluation of the model's conditions on random profiles.
/// </summary>
public sealed class ConditionTests
{
    private static readonly string[] Booleans = { "b0", "b1", "b2" };
    private static readonly string[] Members = { "m0", "m1", "m2" };

    private sealed record Profile(bool[] Booleans, int Number, int Choice, int Other);

    [Fact]
    public void Generated_conditions_agree_with_the_model_on_random_profiles()
    {
        var random = new Random(20190601);
        var conditions = Enumerable.Range(0, 60).Select(_ => RandomCondition(random, 4)).ToList();
        var facts = Booleans.Select(b => new FactModel(b, b, FactKind.Boolean, EquatableArray<EnumMemberModel>.Empty, null, false))
            .Append(new FactModel("n", "n", FactKind.Integer, EquatableArray<EnumMemberModel>.Empty, null, false))
            .Append(new FactModel("choice", "choice", FactKind.Enumeration, Members.Select(m => new EnumMemberModel(m, m)).ToEquatableArray(), null, false))
            .Append(new FactModel("other", "other", FactKind.Enumeration, Members.Select(m => new EnumMemberModel(m, m)).ToEquatableArray(), null, false))
            .Concat(conditions.Select((c, i) => new FactModel($"d{i}", $"d{i}", FactKind.Boolean, EquatableArray<EnumMemberModel>.Empty, c, false)))
            .ToEquatableArray();
        var model = BaseModel() with { Facts = facts, DerivedFactOrder = conditions.Select((_, i) => $"d{i}").ToEquatableArray() };
        using var generated = GeneratedAssembly.Load(model);
        var profileType = generated.Type("CourtProfile");

        for (var run = 0; run < 200; run++)
        {
            var profile = new Profile(Booleans.Select(_ => random.Next(2) == 0).ToArray(), random.Next(-3, 4), random.Next(3), random.Next(3));
            var instance = Activator.CreateInstance(profileType)!;
            for (var i = 0; i < Booleans.Length; i++)
            {
                GeneratedCode.Call(instance, "TrySetFact", Booleans[i], profile.Booleans[i]);
            }

            GeneratedCode.Call(instance, "TrySetFact", "n", profile.Number);
            GeneratedCode.Call(instance, "TrySetFact", "choice", Members[profile.Choice]);
            GeneratedCode.Call(instance, "TrySetFact", "other", Members[profile.Other]);
            for (var i = 0; i < conditions.Count; i++)
            {
                var expected = Evaluate(conditions[i], profile);
                var actual = (bool)GeneratedCode.Get(instance, $"D{i}")!;
                Assert.True(expected == actual, $"d{i} = {ConditionText.ToSource(conditions[i])} with {string.Join(",", profile.Booleans)} n={profile.Number} choice={profile.Choice} other={profile.Other}: expected {expected}");
            }
        }
    }

    [Theory]
    // Three-valued (an unset fact is null): C#'s &, | and ! on bool? are Kleene's connectives.
    [InlineData("a and (b or c)", "(p.A & (p.B | p.C))")]
    [InlineData("(a or b) and c", "((p.A | p.B) & p.C)")]
    [InlineData("a or b and c", "(p.A | (p.B & p.C))")]
    [InlineData("not (a and b)", "(!(p.A & p.B))")]
    [InlineData("not a", "(!p.A)")]
    [InlineData("n >= 2 and not (n == 5)", "((p.N is null ? null : (bool?)(p.N >= 2)) & (!(p.N is null ? null : (bool?)(p.N == 5))))")]
    [InlineData("a == (b or c)", "global::InspectFramework.Runtime.Kleene.Iff(p.A, (p.B | p.C))")]
    [InlineData("(a == b) != (n > 1) and c", "((!global::InspectFramework.Runtime.Kleene.Iff(global::InspectFramework.Runtime.Kleene.Iff(p.A, p.B), (p.N is null ? null : (bool?)(p.N > 1)))) & p.C)")]
    [InlineData("k in {x} or k not in {x, y}", "((p.K is null ? null : (bool?)(p.K == global::T.K.X)) | (!(p.K is null ? null : (bool?)(p.K == global::T.K.X || p.K == global::T.K.Y))))")]
    public void Conditions_render_as_readable_csharp(string condition, string expected)
    {
        var text = $$"""
            framework t { title "T" version "1" publisher "P" effective 2020-01-01 }
            scale rating { level low "Low" points 0 level high "High" points 1 }
            bands overall_bands { of points low 0 to 0 }
            overall rated by total points in overall_bands
            fact a "A" boolean
            fact b "B" boolean
            fact c "C" boolean
            fact n "N" integer
            fact k "K" one of { x "X", y "Y" }
            fact d "D" = {{condition}}
            """;
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var file = CSharpEmitter.Emit(compilation.Model!).Files.Single(f => f.Name == "T.Cases.g.cs");
        Assert.Contains($"_d = {expected.Replace("p.", "this.")};", file.Text, StringComparison.Ordinal);
    }

    private static ConditionModel RandomCondition(Random random, int depth)
    {
        var kind = depth == 0 ? random.Next(5) : random.Next(10);
        switch (kind)
        {
            case 0:
                return new FactIsTrueCondition(Booleans[random.Next(Booleans.Length)]);
            case 1:
                return new MembershipCondition("choice", Members.Where(_ => random.Next(2) == 0).ToEquatableArray());
            case 2:
                var op = (Comparison)random.Next(6);
                IntegerOperand constant = new IntegerConstantOperand(random.Next(-2, 3));
                IntegerOperand fact = new IntegerFactOperand("n");
                return random.Next(2) == 0 ? new IntegerComparisonCondition(fact, op, constant) : new IntegerComparisonCondition(constant, op, fact);
            case 3:
                return random.Next(2) == 0 ? new SameValueCondition("choice", "other") : new ConstantCondition(random.Next(2) == 0);
            case 4:
                return new FactIsTrueCondition(Booleans[random.Next(Booleans.Length)]);
            case 5:
            case 6:
                return new NotCondition(RandomCondition(random, depth - 1));
            case 9:
                return new EquivalentCondition(RandomCondition(random, depth - 1), RandomCondition(random, depth - 1));
            case 7:
                return new AllCondition(Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomCondition(random, depth - 1)).ToEquatableArray());
            default:
                return new AnyCondition(Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomCondition(random, depth - 1)).ToEquatableArray());
        }
    }

    private static bool Evaluate(ConditionModel condition, Profile p) => condition switch
    {
        ConstantCondition c => c.Value,
        FactIsTrueCondition f => p.Booleans[Array.IndexOf(Booleans, f.Fact)],
        NotCondition n => !Evaluate(n.Operand, p),
        AllCondition a => a.Operands.All(o => Evaluate(o, p)),
        AnyCondition a => a.Operands.Any(o => Evaluate(o, p)),
        MembershipCondition m => m.Members.Contains(Members[p.Choice]),
        SameValueCondition => p.Choice == p.Other,
        EquivalentCondition e => Evaluate(e.Left, p) == Evaluate(e.Right, p),
        IntegerComparisonCondition i => Compare(Value(i.Left, p), i.Operator, Value(i.Right, p)),
        _ => throw new ArgumentException(condition.ToString()),
    };

    private static int Value(IntegerOperand operand, Profile p) => operand is IntegerConstantOperand c ? c.Value : p.Number;

    private static bool Compare(int left, Comparison op, int right) => op switch
    {
        Comparison.Equal => left == right,
        Comparison.NotEqual => left != right,
        Comparison.Less => left < right,
        Comparison.LessOrEqual => left <= right,
        Comparison.Greater => left > right,
        _ => left >= right,
    };

    private static FrameworkModel BaseModel()
    {
        var text = """
            framework conditions { title "Conditions" version "1" publisher "P" effective 2020-01-01 }
            scale rating { level low "Low" points 0 level high "High" points 1 }
            bands overall_bands { of points low 0 to 0 }
            overall rated by total points in overall_bands
            case type court "Court"
            """;
        var compilation = FrameworkCompilation.Create(new SourceText("conditions.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }
}
