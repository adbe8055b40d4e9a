using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Fuzzing;

/// <summary>One failing input, as the summary lists it.</summary>
public sealed record FuzzFailure(long Index, Outcome Outcome, string Description, string Detail, string? Reproducer);

/// <summary>The account of a run: inputs by outcome, codes seen, the slowest input, the failures.</summary>
public sealed class FuzzSummary
{
    private readonly Dictionary<Outcome, long> _outcomes = new();
    private readonly Dictionary<string, long> _checks = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _codes = new(StringComparer.Ordinal);
    private readonly List<FuzzFailure> _failures = new();

    private readonly Func<long, string> _replay;

    public FuzzSummary(int seed, long start, Func<long, string> replay)
    {
        Seed = seed;
        Start = start;
        _replay = replay;
    }

    public int Seed { get; }

    public long Start { get; }

    public long Inputs { get; private set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyList<FuzzFailure> Failures => _failures;

    public IReadOnlyCollection<string> Codes => _codes;

    public (TimeSpan Time, long Index, long Size, string Description)? Slowest { get; private set; }

    public long Count(Outcome outcome) => _outcomes.TryGetValue(outcome, out var n) ? n : 0;

    public void Add(long index, long size, string description, Outcome outcome, TimeSpan time, IEnumerable<string> codes, IEnumerable<string> checks)
    {
        Inputs++;
        _outcomes[outcome] = Count(outcome) + 1;
        foreach (var code in codes)
        {
            _codes.Add(code);
        }

        foreach (var check in checks)
        {
            _checks[check] = (_checks.TryGetValue(check, out var n) ? n : 0) + 1;
        }

        if (Slowest is null || time > Slowest.Value.Time)
        {
            Slowest = (time, index, size, description);
        }
    }

    public void AddFailure(FuzzFailure failure) => _failures.Add(failure);

    public void Write(TextWriter output)
    {
        string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
        var end = Start + Inputs - 1;
        output.WriteLine();
        output.WriteLine($"Fuzzing summary: seed {Seed}, inputs {N(Start)} to {N(end)} ({N(Inputs)} inputs) in {Elapsed:hh\\:mm\\:ss}, {(Elapsed.TotalSeconds > 0 ? Inputs / Elapsed.TotalSeconds : 0).ToString("0.0", CultureInfo.InvariantCulture)} inputs/s");
        output.WriteLine();
        output.WriteLine("Outcomes");
        var rows = new (Outcome Outcome, string Label)[]
        {
            (Outcome.Clean, "framework, compiles with no diagnostic"),
            (Outcome.Warnings, "framework, warnings only"),
            (Outcome.SemanticErrors, "framework, errors after parsing"),
            (Outcome.SyntaxErrors, "framework, syntax errors"),
            (Outcome.NotText, "framework, not UTF-8 text (IF0007)"),
            (Outcome.DataScored, "case data, scored"),
            (Outcome.DataRefused, "case data, refused with problems"),
            (Outcome.Exception, "FAILED: exception escaped"),
            (Outcome.Invariant, "FAILED: invariant broken"),
            (Outcome.Hang, "FAILED: hang (time bound reached)"),
            (Outcome.Crash, "FAILED: process died"),
        };
        foreach (var (outcome, label) in rows)
        {
            output.WriteLine($"  {label,-42} {N(Count(outcome)),10}");
        }

        if (_checks.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Further checks (scoring: every input without errors; the others on a sample)");
            foreach (var check in _checks.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"  {check.Key,-42} {N(check.Value),10}");
            }
        }

        var frameworkInputs = Count(Outcome.Clean) + Count(Outcome.Warnings) + Count(Outcome.SemanticErrors) + Count(Outcome.SyntaxErrors) + Count(Outcome.NotText);
        if (frameworkInputs > 0)
        {
            var compilerCodes = _codes.Where(c => c.StartsWith("IF", StringComparison.Ordinal)).ToList();
            var catalogue = DiagnosticCatalogue.All.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();
            output.WriteLine();
            output.WriteLine($"Compiler diagnostic codes seen: {compilerCodes.Count} of {catalogue.Count} in the catalogue");
            output.WriteLine("  " + string.Join(" ", compilerCodes));
            var unseen = catalogue.Except(compilerCodes, StringComparer.Ordinal).ToList();
            if (unseen.Count > 0)
            {
                output.WriteLine("  never seen: " + string.Join(" ", unseen));
            }
        }

        if (Count(Outcome.DataScored) + Count(Outcome.DataRefused) > 0)
        {
            var dataCodes = _codes.Where(c => c.StartsWith("IV", StringComparison.Ordinal)).ToList();
            output.WriteLine($"Case data problem codes seen: {dataCodes.Count}");
            output.WriteLine("  " + string.Join(" ", dataCodes));
        }

        if (Slowest is { } slowest)
        {
            output.WriteLine();
            output.WriteLine($"Slowest input: {slowest.Time.TotalMilliseconds.ToString("#,0", CultureInfo.InvariantCulture)} ms to compile (or read), {N(slowest.Size)} bytes");
            output.WriteLine($"  {slowest.Description}");
            output.WriteLine($"  replay: {_replay(slowest.Index)}");
        }

        output.WriteLine();
        if (_failures.Count == 0)
        {
            output.WriteLine("No failures.");
            return;
        }

        output.WriteLine($"{_failures.Count} FAILURE(S)");
        foreach (var failure in _failures)
        {
            output.WriteLine($"  {failure.Outcome}: {failure.Description}");
            output.WriteLine($"    {failure.Detail.Split('\n')[0]}");
            output.WriteLine($"    replay: {_replay(failure.Index)}" + (failure.Reproducer is null ? string.Empty : $"; saved in {failure.Reproducer}"));
        }
    }
}
