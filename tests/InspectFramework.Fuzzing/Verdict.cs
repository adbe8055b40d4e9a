using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace InspectFramework.Fuzzing;

/// <summary>What became of one input. The first group are correct behaviour; the last four are failures.</summary>
public enum Outcome
{
    /// <summary>A framework that compiles with no diagnostic.</summary>
    Clean,

    /// <summary>A framework that compiles with warnings only.</summary>
    Warnings,

    /// <summary>A framework with syntax errors (IF00xx).</summary>
    SyntaxErrors,

    /// <summary>A framework that parses but has other errors.</summary>
    SemanticErrors,

    /// <summary>A file refused before parsing: not UTF-8 text (IF0007).</summary>
    NotText,

    /// <summary>Case data that was scored.</summary>
    DataScored,

    /// <summary>Case data refused with problems.</summary>
    DataRefused,

    /// <summary>An exception escaped.</summary>
    Exception,

    /// <summary>An invariant did not hold.</summary>
    Invariant,

    /// <summary>The input did not finish within the time bound.</summary>
    Hang,

    /// <summary>The process died on the input (a stack overflow or another fatal error).</summary>
    Crash,
}

/// <summary>The result of checking one input's invariants.</summary>
public sealed record Verdict(
    Outcome Outcome,
    ImmutableArray<string> Codes,
    TimeSpan Time,
    ImmutableArray<string> Violations,
    string? Exception,
    ImmutableArray<string> Checks)
{
    public bool Failed => Outcome is Outcome.Exception or Outcome.Invariant or Outcome.Hang or Outcome.Crash;

    public static Verdict Failure(Outcome outcome, TimeSpan time, string detail) =>
        new(outcome, ImmutableArray<string>.Empty, time, ImmutableArray.Create(detail), outcome == Outcome.Exception ? detail : null, ImmutableArray<string>.Empty);
}

/// <summary>Collects violated invariants while an input is checked.</summary>
internal sealed class Findings
{
    private readonly List<string> _violations = new();
    private readonly List<string> _checks = new();

    public IReadOnlyList<string> Violations => _violations;

    public void Require(bool condition, string invariant)
    {
        if (!condition)
        {
            _violations.Add(invariant);
        }
    }

    public void Fail(string invariant) => _violations.Add(invariant);

    /// <summary>Notes that a sampled check ran (Roslyn, scoring), for the summary.</summary>
    public void Ran(string check) => _checks.Add(check);

    public Verdict ToVerdict(Outcome outcome, IEnumerable<string> codes, TimeSpan time) =>
        new(_violations.Count > 0 ? Outcome.Invariant : outcome, codes.ToImmutableArray(), time, _violations.ToImmutableArray(), null, _checks.ToImmutableArray());
}
