using System;
using System.Collections.Generic;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Checking;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Text;
using InspectFramework.Synthetic;

namespace InspectFramework.Benchmarks;

/// <summary>
/// <c>repeat PHASE SCALE COUNT</c>: one call of a phase (FrontEnd, Parse, Bind, Check, Lower or Emit)
/// on the synthetic framework, then COUNT more, and nothing else: a fixed workload for external
/// profilers. Under <c>valgrind --tool=callgrind</c> (with tiered compilation off, so the JIT does
/// the same work every run) the instructions of COUNT=N minus those of COUNT=0, divided by N, are
/// what one warm call costs, repeatably on a shared machine; under <c>perf record</c> (with
/// <c>DOTNET_PerfMapEnabled=1</c>) a large COUNT shows where the time goes.
/// </summary>
internal static class Repeat
{
    public static readonly IReadOnlyList<string> Phases = new[] { "FrontEnd", "Parse", "Bind", "Check", "Lower", "Emit" };

    public static int Run(string phase, int scale, int count)
    {
        var source = new SourceText($"synthetic_x{scale}.inspect", SyntheticFramework.Generate(scale));
        var compilation = FrameworkCompilation.Create(source);
        var syntax = compilation.Syntax;
        var framework = compilation.Framework ?? throw new InvalidOperationException("The synthetic framework did not bind.");
        var model = compilation.Model ?? throw new InvalidOperationException("The synthetic framework has errors.");
        Action action = phase switch
        {
            "FrontEnd" => () => FrameworkCompilation.Create(source),
            "Parse" => () => FrameworkParser.Parse(source, new DiagnosticBag(source)),
            "Bind" => () => Binder.Bind(syntax, new DiagnosticBag(source)),
            "Check" => () => FrameworkChecker.Check(framework, new DiagnosticBag(source)),
            "Lower" => () => InspectFramework.Compiler.Lowering.FrameworkLowering.Lower(framework),
            "Emit" => () => CSharpEmitter.Emit(model),
            _ => throw new ArgumentException($"unknown phase '{phase}'", nameof(phase)),
        };

        // The first call JIT-compiles everything the phase runs (and, for Emit, compiles the templates).
        action();
        for (var i = 0; i < count; i++)
        {
            action();
        }

        return 0;
    }
}
