using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Diff;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// <c>inspect diff &lt;old&gt; &lt;new&gt;</c>: what changed between two versions of a framework,
/// matched by stable names, and whether case data collected under the old version still scores.
/// The exit code carries the verdict so that CI can gate on it without parsing the output.
/// </summary>
internal static class DiffCommand
{
    // 0 to 3 mean the same for every inspect command (success, input errors, usage, internal
    // error), so a verdict can never be mistaken for a broken file, a typo or a bug. The verdicts
    // take the next codes, in order of severity.

    /// <summary>Exit code when old case data must be completed or cleaned before scoring.</summary>
    public const int NeedsMigration = 4;

    /// <summary>Exit code when the rating rules changed.</summary>
    public const int RatingsAffecting = 5;

    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var oldPath = new Argument<string>("old") { Description = "The framework file before the change." };
        var newPath = new Argument<string>("new") { Description = "The framework file after the change." };
        var format = new Option<string>("--format") { Description = "Output format: text, markdown (for pull requests) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var only = new Option<string[]>("--only")
        {
            Description = "List only these kinds of change: wording, rules, applicability, provenance (repeat the option or give a comma list). The verdict and exit code stay those of the whole diff.",
        };
        var command = new Command(
            "diff",
            "Compare two versions of a framework item by item and give a verdict. Exit code: 0 identical or compatible, 4 needs migration, 5 ratings-affecting; 1 input errors, 2 usage, 3 internal error, 6 output not written.");
        command.Arguments.Add(oldPath);
        command.Arguments.Add(newPath);
        command.Options.Add(format);
        command.Options.Add(only);
        command.SetAction(result =>
        {
            if (!Categories(result.GetValue(only), stderr, out var categories))
            {
                return InspectApp.BadUsage;
            }

            var before = Compile(result.GetValue(oldPath)!, workingDirectory, stderr);
            var after = Compile(result.GetValue(newPath)!, workingDirectory, stderr);
            if (before is null || after is null)
            {
                return InspectApp.InputErrors;
            }

            var diff = FrameworkDiffer.Compare(before, after);
            var chosen = result.GetValue(format) switch
            {
                "markdown" => DiffFormat.Markdown,
                "json" => DiffFormat.Json,
                _ => DiffFormat.Text,
            };
            stdout.Write(DiffRenderer.Render(diff, chosen, categories));
            return ExitCode(diff.Verdict);
        });
        return command;
    }

    // "--only wording --only rules" and "--only wording,rules" say the same.
    private static bool Categories(string[]? values, TextWriter stderr, out IReadOnlyCollection<ChangeCategory>? categories)
    {
        categories = null;
        if (values is null || values.Length == 0)
        {
            return true;
        }

        var chosen = new HashSet<ChangeCategory>();
        foreach (var value in values.SelectMany(v => v.Split(',')).Select(v => v.Trim()))
        {
            var category = Enum.GetValues<ChangeCategory>().Where(c => DiffRenderer.Key(c) == value).Select(c => (ChangeCategory?)c).FirstOrDefault();
            if (category is null)
            {
                stderr.WriteLine($"inspect: --only takes wording, rules, applicability or provenance (or a comma list of them), not '{DisplayText.OneLine(value)}'.");
                return false;
            }

            chosen.Add(category.Value);
        }

        categories = chosen;
        return true;
    }

    public static int ExitCode(Verdict verdict) => verdict switch
    {
        Verdict.NeedsMigration => NeedsMigration,
        Verdict.RatingsAffecting => RatingsAffecting,
        _ => InspectApp.Success,
    };

    // A framework with errors has no model to compare: its diagnostics go to stderr, so that stdout
    // holds only the diff (JSON stays parseable).
    private static FrameworkModel? Compile(string path, string workingDirectory, TextWriter stderr)
    {
        var compilation = FrameworkSource.CompileConfigured(Path.Combine(workingDirectory, path), path, workingDirectory);
        if (compilation.Model is { } model)
        {
            return model;
        }

        foreach (var diagnostic in compilation.Diagnostics)
        {
            if (diagnostic.IsError)
            {
                stderr.WriteLine(diagnostic.ToCanonicalString());
            }
        }

        stderr.WriteLine($"inspect: {path} has errors; fix them before comparing.");
        return null;
    }
}
