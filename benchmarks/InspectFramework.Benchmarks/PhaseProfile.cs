using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Checking;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Synthetic;

namespace InspectFramework.Benchmarks;

/// <summary>
/// <c>profile SCALE...</c>: each front-end phase on a clean heap, as in a fresh <c>inspect check</c>,
/// and the language server's re-check of an edited version from the previous version's compilation,
/// timed in CPU time (steadier than wall time on a shared machine), with the garbage collections it
/// caused. Each figure is the best of several runs. BenchmarkDotNet averages many calls on a warm
/// heap; this shows what one compilation costs and how much of it is the garbage collector.
/// </summary>
internal static class PhaseProfile
{
    private const int WarmUps = 3;

    public static int Run(IReadOnlyList<int> scales, string? tsvPath)
    {
        WarmUpJit();
        var tsv = new StringBuilder("phase\tscale\tcpu_ms\twall_ms\tgc_pause_ms\tgen0\tgen1\tgen2\tallocated_bytes\n");
        Console.WriteLine($"{"phase",-9} {"scale",5} {"CPU ms",9} {"wall ms",9} {"GC pause",9} {"GCs 0/1/2",10} {"allocated",11}");
        foreach (var scale in scales)
        {
            var source = new SourceText($"synthetic_x{scale}.inspect", SyntheticFramework.Generate(scale));
            var syntax = FrameworkParser.Parse(source, new DiagnosticBag(source));
            var framework = Binder.Bind(syntax, new DiagnosticBag(source))
                ?? throw new InvalidOperationException("The synthetic framework did not bind.");
            var runs = scale >= 100 ? 5 : 15;

            Measure("FrontEnd", scale, runs, () => FrameworkCompilation.Create(source), tsv);

            // The language server's re-check after a letter typed at the end of the first line (a
            // comment): from the previous version's compilation, every declaration moves.
            var previous = FrameworkCompilation.FromText(source);
            var firstLineEnd = source.Text.IndexOf('\n');
            var edited = new SourceText(source.Path, source.Text.Insert(firstLineEnd, "x"));
            Measure("Recheck", scale, runs, () => FrameworkCompilation.FromText(edited, previous), tsv);
            GC.KeepAlive(previous);
            Measure("Parse", scale, runs, () => FrameworkParser.Parse(source, new DiagnosticBag(source)), tsv);
            Measure("Bind", scale, runs, () => Binder.Bind(syntax, new DiagnosticBag(source)), tsv);
            Measure("Check", scale, runs, () => FrameworkChecker.Check(framework, new DiagnosticBag(source)), tsv);
            GC.KeepAlive(syntax);
        }

        if (tsvPath is not null)
        {
            File.WriteAllText(tsvPath, tsv.ToString(), new UTF8Encoding(false));
        }

        return 0;
    }

    /// <summary>
    /// The phases on a chain of <paramref name="length"/> derived facts (the tests' DerivedFactChain,
    /// as <c>scripts/time-derived-chain</c> checks it), fewer runs than for the synthetic frameworks:
    /// at 300,000 facts one compilation takes seconds.
    /// </summary>
    public static int RunChain(int length, string? tsvPath)
    {
        WarmUpJit();
        var tsv = new StringBuilder("phase\tlength\tcpu_ms\twall_ms\tgc_pause_ms\tgen0\tgen1\tgen2\tallocated_bytes\n");
        Console.WriteLine($"{"phase",-9} {"length",7} {"CPU ms",9} {"wall ms",9} {"GC pause",9} {"GCs 0/1/2",10} {"allocated",11}");
        var source = new SourceText($"chain_{length}.inspect", InspectFramework.Tests.Infrastructure.DerivedFactChain.Text(length));
        var syntax = FrameworkParser.Parse(source, new DiagnosticBag(source));
        var framework = Binder.Bind(syntax, new DiagnosticBag(source))
            ?? throw new InvalidOperationException("The chain did not bind.");
        Measure("FrontEnd", length, 2, () => FrameworkCompilation.Create(source), tsv, warmUps: 1);
        Measure("Parse", length, 2, () => FrameworkParser.Parse(source, new DiagnosticBag(source)), tsv, warmUps: 1);
        Measure("Bind", length, 2, () => Binder.Bind(syntax, new DiagnosticBag(source)), tsv, warmUps: 1);
        Measure("Check", length, 2, () => FrameworkChecker.Check(framework, new DiagnosticBag(source)), tsv, warmUps: 1);
        GC.KeepAlive(syntax);
        if (tsvPath is not null)
        {
            File.WriteAllText(tsvPath, tsv.ToString(), new UTF8Encoding(false));
        }

        return 0;
    }

    // Steady-state code, as BenchmarkDotNet measures: enough calls for tiered compilation to promote
    // the hot methods, then a pause for its background compiler to install them.
    private static void WarmUpJit()
    {
        var source = new SourceText("warm_up.inspect", SyntheticFramework.Generate(1));
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 60 || clock.ElapsedMilliseconds < 500; i++)
        {
            FrameworkCompilation.Create(source);
        }

        System.Threading.Thread.Sleep(300);
    }

    private static void Measure(string phase, int scale, int runs, Action action, StringBuilder tsv, int warmUps = WarmUps)
    {
        for (var i = 0; i < warmUps; i++)
        {
            action();
        }

        Sample? best = null;
        for (var i = 0; i < runs; i++)
        {
            var sample = Sample.Of(action);
            if (best is null || sample.CpuMs < best.CpuMs)
            {
                best = sample;
            }
        }

        var b = best!;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-9} {1,5} {2,9:F2} {3,9:F2} {4,9:F2} {5,10} {6,9:F1} MB",
            phase, scale, b.CpuMs, b.WallMs, b.GcPauseMs, $"{b.Gen0}/{b.Gen1}/{b.Gen2}", b.Allocated / 1048576.0));
        tsv.Append(string.Format(CultureInfo.InvariantCulture, "{0}\t{1}\t{2:F3}\t{3:F3}\t{4:F3}\t{5}\t{6}\t{7}\t{8}\n",
            phase, scale, b.CpuMs, b.WallMs, b.GcPauseMs, b.Gen0, b.Gen1, b.Gen2, b.Allocated));
    }

    private sealed record Sample(double CpuMs, double WallMs, double GcPauseMs, int Gen0, int Gen1, int Gen2, long Allocated)
    {
        public static Sample Of(Action action)
        {
            // Start each run from a clean heap, as a fresh process does.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var pause = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();

            action();

            wall.Stop();
            process.Refresh();
            return new Sample(
                (process.TotalProcessorTime - cpu).TotalMilliseconds,
                wall.Elapsed.TotalMilliseconds,
                (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
                GC.CollectionCount(0) - gen0,
                GC.CollectionCount(1) - gen1,
                GC.CollectionCount(2) - gen2,
                GC.GetAllocatedBytesForCurrentThread() - allocated);
        }
    }
}
