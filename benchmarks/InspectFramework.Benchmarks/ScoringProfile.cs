using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace InspectFramework.Benchmarks;

/// <summary>
/// <c>scoring [--cases N] [--tsv PATH] [POOL...]</c>: <see cref="ScoringBenchmarks"/>' two operations in
/// CPU time, one after the other in the same process, for several pool sizes: how the ratio depends on
/// whether the cases are in the processor's cache (a pool of 2 fits in L1, 64 in L2, 1,000 in L3, 4,000 in
/// none). Each figure is the best of several runs, taken in turns. This, not BenchmarkDotNet's wall time,
/// is what benchmarks/scripts/bench judges the scorer goal by: on a shared machine a wall-time ratio
/// measures how the cores were shared while each side ran (one loaded run gave 8.9, another 48), CPU
/// time the code. <c>--tsv PATH</c> also writes pool, both times in ms and the ratio. Also a small
/// driver for <c>valgrind --tool=callgrind</c>.
/// </summary>
internal static class ScoringProfile
{
    private const int Runs = 5;

    public static int Run(int cases, IReadOnlyList<int> pools, string? tsvPath)
    {
        var tsv = new StringBuilder("pool\tgenerated_ms\tevaluator_ms\tratio\n");
        Console.WriteLine($"load average {LoadAverage()}; {cases.ToString("N0", CultureInfo.InvariantCulture)} cases per operation, CPU time, best of {Runs}");
        Console.WriteLine($"{"pool",6} {"generated ms",13} {"ns/case",8} {"evaluator ms",13} {"ns/case",8} {"ratio",6}");
        foreach (var pool in pools)
        {
            var benchmarks = new ScoringBenchmarks { Cases = cases, PoolSize = pool };
            benchmarks.Setup();

            // Steady-state code, as BenchmarkDotNet measures: calls enough for tiered compilation to
            // promote the hot methods, then a pause for its background compiler to install them.
            for (var i = 0; i < 3; i++)
            {
                benchmarks.GeneratedScorer();
                benchmarks.Evaluator();
            }

            Thread.Sleep(300);
            double generated = double.MaxValue, evaluator = double.MaxValue;
            for (var i = 0; i < Runs; i++)
            {
                generated = Math.Min(generated, CpuMilliseconds(() => benchmarks.GeneratedScorer()));
                evaluator = Math.Min(evaluator, CpuMilliseconds(() => benchmarks.Evaluator()));
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,6} {1,13:F1} {2,8:F0} {3,13:F1} {4,8:F0} {5,6:F1}",
                pool, generated, generated * 1e6 / cases, evaluator, evaluator * 1e6 / cases, evaluator / generated));
            tsv.Append(string.Format(CultureInfo.InvariantCulture, "{0}\t{1:F3}\t{2:F3}\t{3:F2}\n", pool, generated, evaluator, evaluator / generated));
        }

        if (tsvPath is not null)
        {
            File.WriteAllText(tsvPath, tsv.ToString(), new UTF8Encoding(false));
        }

        Console.WriteLine($"load average {LoadAverage()}");
        return 0;
    }

    // Linux counts a process's CPU time in 10 ms ticks, as much as the generated scorer takes for 150,000
    // cases: a short operation is repeated until the measurement spans 50 ticks, and one is returned.
    private static readonly TimeSpan MinimumSpan = TimeSpan.FromMilliseconds(500);

    private static double CpuMilliseconds(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        var count = 0;
        TimeSpan elapsed;
        do
        {
            action();
            count++;
            process.Refresh();
            elapsed = process.TotalProcessorTime - before;
        }
        while (elapsed < MinimumSpan);

        return elapsed.TotalMilliseconds / count;
    }

    // The 1, 5 and 15 minute load averages where the system reports them (Linux).
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' '), 0, 3) : "unknown";
}
