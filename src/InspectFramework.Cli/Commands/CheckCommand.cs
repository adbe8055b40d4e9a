using System;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Cli.Output;
using InspectFramework.Compiler;

namespace InspectFramework.Cli.Commands;

/// <summary><c>inspect check &lt;files or folders&gt;</c>: compile frameworks and report every diagnostic.</summary>
internal static class CheckCommand
{
    public const string TextFormat = "text";
    public const string JsonFormat = "json";
    public const string SarifFormat = "sarif";

    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Framework files (.inspect) or folders to search for them (recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (MSBuild-style lines and a summary), json, or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => TextFormat,
            HelpName = "text|json|sarif",
        };
        format.AcceptOnlyFromAmong(TextFormat, JsonFormat, SarifFormat);
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Report every warning as an error (and fail with exit code 1).",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print only the summary line (text format only).",
        };

        var command = new Command("check", "Check framework files and report every error and warning.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(warningsAsErrors);
        command.Options.Add(quiet);
        command.Validators.Add(result =>
        {
            // Validators run before defaults are applied: an absent --format reads as null here.
            if (result.GetValue(quiet) && result.GetValue(format) is { } chosen && chosen != TextFormat)
            {
                result.AddError("--quiet applies only to the text format; json and sarif always carry every diagnostic.");
            }
        });

        command.SetAction(result =>
        {
            var inputs = InputFiles.Resolve(result.GetValue(paths) ?? Array.Empty<string>(), workingDirectory);
            if (inputs.Problems.Length > 0)
            {
                foreach (var problem in inputs.Problems)
                {
                    stderr.WriteLine($"inspect: {problem}");
                }

                return InspectApp.BadUsage;
            }

            var files = inputs.Files
                .Select(f => new CheckedFile(f.DisplayPath, FrameworkSource.Compile(f.FullPath, f.DisplayPath).Diagnostics))
                .ToImmutableArray();
            var report = CheckReport.Create(files, result.GetValue(warningsAsErrors));

            IReportWriter writer = result.GetValue(format) switch
            {
                JsonFormat => new JsonReportWriter(),
                SarifFormat => new SarifReportWriter(),
                _ => new TextReportWriter(summaryOnly: result.GetValue(quiet)),
            };
            writer.Write(report, stdout);
            return report.HasErrors ? InspectApp.InputErrors : InspectApp.Success;
        });
        return command;
    }
}
