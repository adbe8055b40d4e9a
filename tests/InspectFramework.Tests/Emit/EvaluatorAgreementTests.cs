using System;
using System.Collections.Generic;
using System.IO;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// The generated validator and scorer agree with the evaluator (<see cref="InspectionSession"/>, written
/// separately from docs/scoring.md) on random inspections, through the differential the fuzzer also
/// runs on fuzzed frameworks (<see cref="ScorerDifferential"/>): every finding (code, case, path,
/// message, order) and every figure of the score, with deliberate mistakes in the data.
/// </summary>
public sealed class EvaluatorAgreementTests
{
    // 10,000 random inspections in all; fewer of the youth framework's, whose inspections are largest.
    public static IEnumerable<object[]> Frameworks() => new[]
    {
        new object[] { "hmip-youth-2019", 1_500 },
        new object[] { "EveryLanguageConstruct", 3_000 },
        new object[] { "small", 3_000 },
        new object[] { "pooled", 2_500 },
    };

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Generated_scorer_agrees_with_the_evaluator_on_random_inspections(string which, int runs)
    {
        var model = Model(which);
        using var generated = GeneratedAssembly.Load(model);
        var plan = ScoringPlan.Create(model);
        var random = new Random(which.Length * 7919);
        var scored = 0;
        for (var run = 0; run < runs; run++)
        {
            var inspection = ScorerDifferential.RandomInspection(model, random, noisy: run % 3 != 0);
            var expected = ScorerDifferential.Evaluate(plan, inspection);
            var actual = ScorerDifferential.Generate(generated, model, inspection);
            Assert.True(expected == actual, $"run {run}:\n--- evaluator\n{expected}\n--- generated\n{actual}\n--- diff\n{Snapshot.Diff(expected, actual)}");
            scored += expected.StartsWith("scored", StringComparison.Ordinal) ? 1 : 0;
        }

        // Both outcomes are exercised: inspections with findings and inspections that score.
        Assert.InRange(scored, runs / 15, runs - (runs / 15));
    }

    private static FrameworkModel Model(string which)
    {
        var compilation = which switch
        {
            "small" => FrameworkCompilation.Create(new SourceText("small.inspect", HandComputedScoringTests.Framework)),
            "pooled" => FrameworkCompilation.Create(new SourceText("pooled.inspect", Scoring.PooledScoreTests.Framework)),
            "EveryLanguageConstruct" => FrameworkSource.Compile(BaselineSample.Get(which).InputPath),
            _ => FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, which + ".inspect")),
        };
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }
}
