using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using InspectFramework.Synthetic;

namespace InspectFramework.Benchmarks;

/// <summary>
/// <c>generate SCALE PATH</c> writes the synthetic framework (benchmarks/scripts/bench checks it with the CLI);
/// <c>profile [SCALE...] [--chain LENGTH] [--tsv PATH]</c> times each phase of one compilation in CPU time (<see cref="PhaseProfile"/>),
/// of synthetic frameworks or of a chain of LENGTH derived facts;
/// <c>allocations PHASE (SCALE | --chain LENGTH)</c> lists what one call of a phase allocates, by type (<see cref="AllocationProfile"/>);
/// <c>repeat PHASE SCALE COUNT</c> runs one phase COUNT times after a first call, for external profilers (<see cref="Repeat"/>);
/// <c>scoring [--cases N] [--tsv PATH] [POOL...]</c> times the generated scorer and the evaluator in CPU time for several
/// pool sizes (<see cref="ScoringProfile"/>);
/// <c>--summary PATH</c> (before any BenchmarkDotNet arguments) also writes the mean time and
/// allocation of every benchmark as tab-separated figures, which benchmarks/scripts/bench turns into its table;
/// every other argument goes to BenchmarkDotNet (<c>--filter '*' --job short</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate")
        {
            if (args.Length != 3 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var scale) || scale < 1)
            {
                Console.Error.WriteLine("usage: generate SCALE PATH   (SCALE: 1, 10, 100, ...)");
                return 2;
            }

            File.WriteAllText(args[2], SyntheticFramework.Generate(scale), new UTF8Encoding(false));
            return 0;
        }

        if (args.Length > 0 && args[0] == "profile")
        {
            string? tsvPath = null;
            int? chain = null;
            var scales = new List<int>();
            for (var i = 1; i < args.Length; i++)
            {
                if (args[i] == "--tsv" && i + 1 < args.Length)
                {
                    tsvPath = args[++i];
                }
                else if (args[i] == "--chain" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length >= 1)
                {
                    chain = length;
                    i++;
                }
                else if (int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s >= 1)
                {
                    scales.Add(s);
                }
                else
                {
                    Console.Error.WriteLine("usage: profile [SCALE...] [--chain LENGTH] [--tsv PATH]   (default scales: 1 10 100)");
                    return 2;
                }
            }

            return chain is { } chainLength
                ? PhaseProfile.RunChain(chainLength, tsvPath)
                : PhaseProfile.Run(scales.Count > 0 ? scales : new List<int> { 1, 10, 100 }, tsvPath);
        }

        if (args.Length > 0 && args[0] == "repeat")
        {
            if (args.Length != 4 || !Repeat.Phases.Contains(args[1])
                || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var scale) || scale < 1
                || !int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                Console.Error.WriteLine($"usage: repeat PHASE SCALE COUNT   (PHASE: {string.Join(", ", Repeat.Phases)})");
                return 2;
            }

            return Repeat.Run(args[1], scale, count);
        }

        if (args.Length > 0 && args[0] == "allocations")
        {
            if (args.Length >= 3 && AllocationProfile.Phases.Contains(args[1]))
            {
                if (args[2] == "--chain" && args.Length == 4 && int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length >= 1)
                {
                    return AllocationProfile.Run(args[1], InspectFramework.Tests.Infrastructure.DerivedFactChain.Text(length), $"chain_{length}.inspect");
                }

                if (args.Length == 3 && int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale >= 1)
                {
                    return AllocationProfile.Run(args[1], AllocationProfile.Synthetic(scale), $"synthetic_x{scale}.inspect");
                }
            }

            Console.Error.WriteLine($"usage: allocations PHASE (SCALE | --chain LENGTH)   (PHASE: {string.Join(", ", AllocationProfile.Phases)})");
            return 2;
        }

        if (args.Length > 0 && args[0] == "scoring")
        {
            var cases = 1_000_000;
            var pools = new List<int>();
            string? tsvPath = null;
            for (var i = 1; i < args.Length; i++)
            {
                if (args[i] == "--cases" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                {
                    cases = n;
                    i++;
                }
                else if (args[i] == "--tsv" && i + 1 < args.Length)
                {
                    tsvPath = args[++i];
                }
                else if (int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var pool) && pool >= 1)
                {
                    pools.Add(pool);
                }
                else
                {
                    Console.Error.WriteLine("usage: scoring [--cases N] [--tsv PATH] [POOL...]   (default: 1000000 cases; pools 2 16 64 256 1000 4000)");
                    return 2;
                }
            }

            return ScoringProfile.Run(cases, pools.Count > 0 ? pools : new List<int> { 2, 16, 64, 256, 1000, 4000 }, tsvPath);
        }

        string? summaryPath = null;
        if (args.Length >= 2 && args[0] == "--summary")
        {
            summaryPath = args[1];
            args = args.Skip(2).ToArray();
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        if (summaryPath is not null)
        {
            File.WriteAllText(summaryPath, Tabulate(summaries), new UTF8Encoding(false));
        }

        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    // method, scale, mean in nanoseconds, bytes allocated per operation, then every parameter as
    // name=value joined by ';' (for benchmarks whose parameter is not a scale): one line per benchmark.
    private static string Tabulate(IEnumerable<Summary> summaries)
    {
        var text = new StringBuilder("method\tscale\tmean_ns\tallocated_bytes\tparameters\n");
        foreach (var report in summaries.SelectMany(s => s.Reports).Where(r => r.Success && r.ResultStatistics is not null))
        {
            var scale = report.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Scale")?.Value;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            text.Append(report.BenchmarkCase.Descriptor.WorkloadMethod.Name).Append('\t')
                .Append(Convert.ToString(scale, CultureInfo.InvariantCulture)).Append('\t')
                .Append(report.ResultStatistics!.Mean.ToString("F0", CultureInfo.InvariantCulture)).Append('\t')
                .Append(allocated?.ToString(CultureInfo.InvariantCulture) ?? "").Append('\t')
                .Append(string.Join(";", report.BenchmarkCase.Parameters.Items.Select(p => p.Name + "=" + Convert.ToString(p.Value, CultureInfo.InvariantCulture)))).Append('\n');
        }

        return text.ToString();
    }
}
