using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Cli.Output;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Diff;
using InspectFramework.Tooling.Files;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Cli.Commands;

/// <summary>Paths and frameworks for the commands that work from a framework's model (score, schema).</summary>
internal static class FrameworkInput
{
    /// <summary>Where to read a path typed on the command line (relative to the working directory);
    /// messages keep showing it as typed.</summary>
    public static string Resolve(string path, string workingDirectory) => Path.Combine(workingDirectory, path);

    /// <summary>False (with the reason on stderr) when a framework named on the command line does not
    /// exist: bad usage, like a missing file for <c>inspect check</c>. <c>-</c> is standard input.</summary>
    public static bool Exists(string path, string workingDirectory, TextWriter stderr)
    {
        if (path == BoundedInput.StandardInput || (!string.IsNullOrWhiteSpace(path) && File.Exists(Resolve(path, workingDirectory))))
        {
            return true;
        }

        stderr.WriteLine($"inspect: {path} does not exist.");
        return false;
    }

    /// <summary>The framework's scoring plan, or null after printing the framework's errors (as
    /// <c>inspect check</c> prints them): a framework without errors can always be scored.</summary>
    public static ScoringPlan? Load(string path, string workingDirectory, TextWriter stdout)
    {
        var compilation = FrameworkSource.CompileConfigured(Resolve(path, workingDirectory), path, workingDirectory);
        if (compilation.Model is not { } model)
        {
            foreach (var diagnostic in compilation.Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    stdout.WriteLine(diagnostic.ToCanonicalString());
                }
            }

            stdout.WriteLine($"{path}: the framework has errors; correct them ('inspect check {path}') before using it.");
            return null;
        }

        return ScoringPlan.Create(model);
    }

    /// <summary>
    /// The identity of an earlier version of the framework (the <c>--recorded-under</c> file) whose data
    /// may be <paramref name="verb"/> under <paramref name="current"/>: only when the semantic diff from
    /// that version to this one is identical or compatible (docs/change-control.md), so the same
    /// answers give the same ratings. Otherwise null, after saying why, with the exit code to return.
    /// </summary>
    public static FrameworkIdentity? CompatibleEarlierVersion(string path, FrameworkModel current, string verb, string workingDirectory, TextWriter stdout, TextWriter stderr, out int exit)
    {
        exit = InspectApp.Success;
        if (!Exists(path, workingDirectory, stderr))
        {
            exit = InspectApp.BadUsage;
            return null;
        }

        var compilation = FrameworkSource.CompileConfigured(Resolve(path, workingDirectory), path, workingDirectory);
        if (compilation.Model is not { } earlier)
        {
            foreach (var diagnostic in compilation.Diagnostics.Where(d => d.IsError))
            {
                stdout.WriteLine(diagnostic.ToCanonicalString());
            }

            stdout.WriteLine($"{path}: the framework has errors; correct them ('inspect check {path}') before using it.");
            exit = InspectApp.InputErrors;
            return null;
        }

        var diff = FrameworkDiffer.Compare(earlier, current);
        if (diff.Verdict > Verdict.Compatible)
        {
            stdout.WriteLine(
                $"{path}: data recorded under {FrameworkIdentity.Of(earlier)} cannot be {verb} under {FrameworkIdentity.Of(current)}: " +
                $"{diff.Count(Verdict.NeedsMigration)} change(s) need migration and {diff.Count(Verdict.RatingsAffecting)} affect ratings. " +
                $"See 'inspect diff {path} <framework>'.");
            exit = InspectApp.InputErrors;
            return null;
        }

        stderr.WriteLine($"inspect: data recorded under {FrameworkIdentity.Of(earlier)} is {verb} under {FrameworkIdentity.Of(current)}: the difference is compatible ({diff.Changes.Count} change(s), none affecting answers or ratings).");
        return FrameworkIdentity.Of(earlier);
    }

    /// <summary>False (with the reason on stderr) when more than one input is standard input (<c>-</c>).</summary>
    public static bool StandardInputOnce(IEnumerable<string?> paths, TextWriter stderr)
    {
        if (paths.Count(p => p == BoundedInput.StandardInput) <= 1)
        {
            return true;
        }

        stderr.WriteLine("inspect: standard input (-) can be read once: name only one input as -.");
        return false;
    }

    /// <summary>
    /// How score and analyse read case data named on the command line: <c>-</c> is standard input, read
    /// as a stream like a pipe; the <c>case_files</c> of data with no folder of its own (standard input,
    /// a pipe) are relative to the working directory and must stay in it.
    /// </summary>
    public static InspectionReadOptions DataOptions(bool allowCaseFilesOutside, string workingDirectory) =>
        new() { AllowCaseFilesOutside = allowCaseFilesOutside, StreamFolder = workingDirectory };

    /// <summary>Writes a whole output to --out (atomically, UTF-8 without a byte-order mark) or to
    /// stdout. A failure is an <see cref="OutputWriteException"/>, reported by <see cref="InspectApp"/>.</summary>
    public static void WriteOutput(string? outPath, string workingDirectory, TextWriter stdout, string text)
    {
        if (outPath is null)
        {
            stdout.Write(text);
            return;
        }

        AtomicFile.WriteText(Resolve(outPath, workingDirectory), outPath, text);
    }

    /// <summary>False (with the reason on stderr) when --out names one of the command's inputs, by
    /// real path: writing it would replace the input (a framework by its HTML rendering).</summary>
    public static bool OutputIsNotAnInput(string? outPath, IEnumerable<string?> inputs, string workingDirectory, TextWriter stderr)
    {
        if (outPath is null || !RealPath.IsOneOf(outPath, inputs.OfType<string>(), workingDirectory))
        {
            return true;
        }

        stderr.WriteLine($"inspect: --out {DisplayText.OneLine(outPath)} is one of the inputs; write the output to another file.");
        return false;
    }
}
