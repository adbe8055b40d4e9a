using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Cli.Output;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Files;

namespace InspectFramework.Cli.Commands;

/// <summary><c>inspect check &lt;files or folders&gt;</c>: compile frameworks and report every diagnostic;
/// with <c>--fix</c>, first apply the preferred fix of each diagnostic that has one.</summary>
internal static class CheckCommand
{
    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

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

        var fix = new Option<bool>("--fix")
        {
            Description = "First apply the preferred fix of every diagnostic that has one (a misspelt name, '=' for '==', a missing '}', ...), rewriting the files, then report what remains.",
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "With --fix: list the fixes and report what would remain, but change no file.",
        };

        var helpBase = new Option<Uri>("--help-base-uri")
        {
            Description = "Where the repository's docs/ are published, for the help links in SARIF (default: " + DiagnosticDescriptor.DocumentationBaseUri + ").",
            HelpName = "uri",
            CustomParser = argument => ParseHelpBase(argument),
        };
        var command = new Command("check", "Check framework files and report every error and warning.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(warningsAsErrors);
        command.Options.Add(quiet);
        command.Options.Add(fix);
        command.Options.Add(dryRun);
        command.Options.Add(helpBase);
        command.Validators.Add(result =>
        {
            // Validators run before defaults are applied: an absent --format reads as null here.
            if (result.GetValue(quiet) && result.GetValue(format) is { } chosen && chosen != TextFormat)
            {
                result.AddError("--quiet applies only to the text format; json and sarif always carry every diagnostic.");
            }

            if (result.GetValue(dryRun) && !result.GetValue(fix))
            {
                result.AddError("--dry-run applies only with --fix.");
            }

            if (result.GetValue(fix) && result.GetValue(paths)?.Contains(BoundedInput.StandardInput) == true)
            {
                result.AddError("--fix rewrites files in place; name the file rather than '-'.");
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

            // What --fix did goes with the report in text, and to standard error beside JSON or SARIF.
            var textFormat = result.GetValue(format) is null or TextFormat;
            var fixes = result.GetValue(fix) ? new Fixing(textFormat ? stdout : stderr, result.GetValue(dryRun)) : null;
            // Each inspectconfig.json with problems is reported once, before the frameworks it applies to.
            var configurations = FrameworkSource.Configurations(workingDirectory);
            var configurationFiles = new SortedDictionary<string, CheckedFile>(StringComparer.Ordinal);
            var frameworks = inputs.Files
                .Select(f =>
                {
                    var compilation = FrameworkSource.Compile(f.FullPath, f.DisplayPath);
                    compilation = fixes?.Apply(f.FullPath, compilation) ?? compilation;
                    if (FrameworkSource.ConfigurationFor(configurations, f.FullPath, f.DisplayPath, workingDirectory) is { } found)
                    {
                        compilation = compilation.WithSeverities(found.SeveritiesFor(f.FullPath));
                        if (found.Diagnostics.Length > 0)
                        {
                            configurationFiles.TryAdd(found.Source.Path, new CheckedFile(found.Source.Path, found.Diagnostics, found.Source));
                        }
                    }

                    return new CheckedFile(f.DisplayPath, compilation.Diagnostics, compilation.Source);
                })
                .ToImmutableArray();
            var report = CheckReport.Create(configurationFiles.Values.Concat(frameworks).ToImmutableArray(), result.GetValue(warningsAsErrors));

            IReportWriter writer = result.GetValue(format) switch
            {
                JsonFormat => new JsonReportWriter(),
                SarifFormat => new SarifReportWriter(result.GetValue(helpBase) ?? new Uri(DiagnosticDescriptor.DocumentationBaseUri)),
                _ => new TextReportWriter(summaryOnly: result.GetValue(quiet)),
            };
            writer.Write(report, stdout);
            return report.ExitCode;
        });
        return command;
    }

    // SARIF needs absolute help links; a base without a final '/' would lose its last segment when
    // docs/diagnostics.md is resolved against it, so one is added.
    private static Uri? ParseHelpBase(System.CommandLine.Parsing.ArgumentResult argument)
    {
        var text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty;
        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            argument.AddError($"--help-base-uri needs an absolute http or https address, such as {DiagnosticDescriptor.DocumentationBaseUri}; '{DisplayText.OneLine(text)}' is not one.");
            return null;
        }

        return uri;
    }

    /// <summary>Applies the preferred fixes of one file at a time, says what it changed and writes the
    /// file, only when its text changed, atomically (keeping a byte-order mark it had).</summary>
    private sealed class Fixing(TextWriter notes, bool dryRun)
    {
        /// <summary>The compilation to report: of the fixed text, or of the file as it is.</summary>
        public FrameworkCompilation Apply(string fullPath, FrameworkCompilation compilation)
        {
            var result = FrameworkFixer.Fix(compilation);
            var path = compilation.Source.Path;
            if (result.IsRefused)
            {
                notes.WriteLine(DisplayText.OneLine($"{path}: not fixed: {result.RefusedBecause}."));
                return compilation;
            }

            var text = result.Compilation.Source.Text;
            if (string.Equals(text, compilation.Source.Text, StringComparison.Ordinal))
            {
                return compilation;
            }

            foreach (var applied in result.Applied)
            {
                var title = applied.Fix.Title;
                var done = title.Length == 0 ? title : char.ToLowerInvariant(title[0]) + title.Substring(1);
                notes.WriteLine(DisplayText.OneLine($"{applied.Diagnostic.Location}: {(dryRun ? "would fix" : "fixed")} {applied.Diagnostic.Code}: {done}"));
            }

            if (!dryRun)
            {
                // U+FEFF is written as the UTF-8 byte-order mark.
                AtomicFile.WriteText(fullPath, path, HasByteOrderMark(fullPath) ? "\uFEFF" + text : text);
            }

            return result.Compilation;
        }

        private static bool HasByteOrderMark(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                var start = new byte[3];
                return stream.Read(start, 0, 3) == 3 && start.AsSpan().SequenceEqual(ByteOrderMark);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Read a moment ago; writing it will say what is wrong.
                return false;
            }
        }
    }
}
