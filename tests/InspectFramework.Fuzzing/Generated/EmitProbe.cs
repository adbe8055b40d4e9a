using System;
using System.Linq;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Fuzzing.Generated;

/// <summary>
/// The generated code of a fuzzed framework without errors: the emitter succeeds, Roslyn compiles
/// its output with no diagnostic at all (every warning an error), and the generated scorer agrees
/// with the evaluator on random inspections (<see cref="ScorerDifferential"/>). Compiling takes
/// seconds, so the fuzzer runs this on a sample of its inputs.
/// </summary>
internal static class EmitProbe
{
    /// <summary>Random inspections scored both ways per framework.</summary>
    public const int Inspections = 20;

    public static void Run(FrameworkModel model, Random random, Findings findings)
    {
        findings.Ran("generated C# compiled");
        var emitted = CSharpEmitter.Emit(model);
        if (!emitted.Success || !emitted.Diagnostics.IsEmpty)
        {
            findings.Fail("emitter: a framework without errors generates C# without diagnostics: " + string.Join("; ", emitted.Diagnostics));
            return;
        }

        var ns = CSharpNames.Pascal(model.Name).TrimStart('@');
        using var code = GeneratedCode.TryLoad(emitted.Files, ns, out var diagnostics);
        if (code is null)
        {
            findings.Fail($"emitter: the generated C# compiles without warnings ({diagnostics.Length} diagnostics): " + string.Join("; ", diagnostics.Take(3)));
            return;
        }

        findings.Ran("generated scorer vs evaluator");
        var plan = ScoringPlan.Create(model);
        for (var i = 0; i < Inspections; i++)
        {
            var inspection = ScorerDifferential.RandomInspection(model, random, noisy: i % 3 != 0);
            var expected = ScorerDifferential.Evaluate(plan, inspection);
            var actual = ScorerDifferential.Generate(code, model, inspection);
            if (expected != actual)
            {
                var line = expected.Split('\n').Zip(actual.Split('\n')).Select((pair, n) => (pair, n)).FirstOrDefault(p => p.pair.First != p.pair.Second);
                findings.Fail($"generated scorer: agrees with the evaluator (inspection {i}, line {line.n + 1}: evaluator '{line.pair.First}', generated '{line.pair.Second}')");
                return;
            }
        }
    }
}
