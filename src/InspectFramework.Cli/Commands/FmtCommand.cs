using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Cli.Input;
using InspectFramework.Cli.Output;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Formatting;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Diff;
using InspectFramework.Tooling.Files;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// <c>inspect fmt [--check] &lt;files or folders&gt;</c>: rewrite framework files in the canonical
/// layout, or (with <c>--check</c>) list those that are not in it. Files with syntax errors are
/// never touched: their errors are printed and the exit code is 1.
/// </summary>
internal static class FmtCommand
{
    /// <summary>Changed lines shown per file by <c>--check</c>: enough to see what is off.</summary>
    private const int MaxDiffLines = 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var paths = new Argument<string[]>("paths") { Description = "Framework files (.inspect) or folders to search for them.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that are not canonically formatted (exit code 1 if any)." };
        var command = new Command("fmt", "Format framework files in the one canonical layout, keeping every comment.");
        command.Arguments.Add(paths);
        command.Options.Add(check);
        command.SetAction(result =>
        {
            var checkOnly = result.GetValue(check);
            if (result.GetValue(paths)?.Contains(BoundedInput.StandardInput) == true)
            {
                stderr.WriteLine("inspect: fmt rewrites files in place; name the file rather than '-'.");
                return InspectApp.BadUsage;
            }

            var inputs = InputFiles.Resolve(result.GetValue(paths) ?? Array.Empty<string>(), workingDirectory);
            if (inputs.Problems.Length > 0)
            {
                foreach (var problem in inputs.Problems)
                {
                    stderr.WriteLine($"inspect: {problem}");
                }

                return InspectApp.BadUsage;
            }

            var refused = 0;
            var changed = 0;
            foreach (var input in inputs.Files)
            {
                var file = input.DisplayPath;
                var compilation = FrameworkSource.Compile(input.FullPath, input.DisplayPath);
                var formatted = FrameworkFormatter.Format(compilation);
                if (formatted.Text is null)
                {
                    foreach (var error in formatted.Errors)
                    {
                        stdout.WriteLine(error.ToCanonicalString());
                    }

                    refused++;
                    continue;
                }

                var bytes = Utf8.GetBytes(formatted.Text);
                if (ReadBytes(input.FullPath).AsSpan().SequenceEqual(bytes))
                {
                    continue;
                }

                changed++;
                if (checkOnly)
                {
                    stdout.WriteLine($"{file}: not canonically formatted");
                    WriteShortDiff(stdout, compilation.Source.Text, formatted.Text);
                }
                else
                {
                    AtomicFile.WriteBytes(input.FullPath, file, bytes);
                    stdout.WriteLine($"{file}: formatted");
                }
            }

            var summary = checkOnly
                ? $"{inputs.Files.Length} file(s) checked: {changed} not canonically formatted"
                : $"{inputs.Files.Length} file(s): {changed} formatted";
            stdout.WriteLine(refused > 0 ? $"{summary}, {refused} not formatted because of syntax errors." : summary + ".");
            if (checkOnly && changed > 0)
            {
                stdout.WriteLine("Run 'inspect fmt <paths>' to format them.");
            }

            return refused > 0 || (checkOnly && changed > 0) ? InspectApp.InputErrors : InspectApp.Success;
        });
        return command;
    }

    private static byte[] ReadBytes(string file)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The compilation read it a moment ago; treat a vanished file as differing.
            return Array.Empty<byte>();
        }
    }

    // A line diff cut short after MaxDiffLines lines: '-' lines with their number in the file as it
    // is, '+' lines with their number in the formatted file.
    private static void WriteShortDiff(TextWriter stdout, string current, string canonical)
    {
        var shown = 0;
        var oldLine = 1;
        var newLine = 1;
        foreach (var chunk in SequenceDiff.Compute(SplitLines(current), SplitLines(canonical)))
        {
            if (chunk.Operation == DiffOperation.Same)
            {
                oldLine += chunk.Items.Count;
                newLine += chunk.Items.Count;
                continue;
            }

            foreach (var line in chunk.Items)
            {
                if (shown == MaxDiffLines)
                {
                    stdout.WriteLine("    ...");
                    return;
                }

                var removed = chunk.Operation == DiffOperation.Removed;
                stdout.WriteLine($"    {(removed ? '-' : '+')} {(removed ? oldLine++ : newLine++),5}: {line}");
                shown++;
            }
        }
    }

    private static IReadOnlyList<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
}
