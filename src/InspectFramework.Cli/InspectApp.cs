using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Commands;
using InspectFramework.Cli.Input;
using InspectFramework.Cli.Output;
using InspectFramework.Tooling.Files;

namespace InspectFramework.Cli;

/// <summary>
/// Builds the command tree and runs it against injected writers (and working directory), so tests
/// run the CLI in-process. Exit codes (docs/cli.md): 0 no errors (warnings allowed), 1 errors in the
/// input, 2 bad usage, 3 internal error, 6 an output could not be written (4 and 5 are diff's verdicts).
/// </summary>
public static class InspectApp
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int BadUsage = 2;
    public const int InternalError = 3;

    /// <summary>A file given with --out, or standard output, could not be written (disk full,
    /// read-only, closed): not a verdict on the inputs, and not a bug.</summary>
    public const int WriteFailed = 6;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, Directory.GetCurrentDirectory());

    /// <param name="workingDirectory">The folder relative paths on the command line are read from;
    /// they are still shown as typed.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        stdout = new CheckedWriter(stdout);
        try
        {
            var root = new RootCommand("InspectFramework: compile inspection frameworks written in the InspectFramework language.");
            root.Subcommands.Add(CheckCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(FmtCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(DiffCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(DocsCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(ScoreCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(AnalyseCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(SchemaCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(TemplateCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(GenerateCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(LspCommand.Create(stderr));
            root.Subcommands.Add(ServeCommand.Create(stdout, stderr, workingDirectory));
            root.Subcommands.Add(PlaygroundCommand.Create(stdout, stderr, workingDirectory));

            var parsed = root.Parse(args);
            var errors = parsed.Errors.Select(e => e.Message).Concat(UnknownOptions(parsed)).ToList();
            var clearsErrors = parsed.Action is System.CommandLine.Invocation.CommandLineAction { ClearsParseErrors: true };
            if (errors.Count > 0 && !clearsErrors)
            {
                foreach (var error in errors)
                {
                    stderr.WriteLine($"inspect: {error}");
                }

                stderr.WriteLine("Run 'inspect --help' for usage.");
                return BadUsage;
            }

            var exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Flush();
            return exit;
        }
        catch (OutputWriteException e)
        {
            stderr.WriteLine($"inspect: {e.Message}.");
            return WriteFailed;
        }
        catch (Exception e)
        {
            // Never a stack trace: the user gets one line and a way forward; the exit code tells
            // scripts that the result is not a verdict on their files.
            stderr.WriteLine($"inspect: internal error: {e.Message}");
            stderr.WriteLine("This is a bug in inspect, not a problem in your files. Please report it with the command line and the files that caused it.");
            return InternalError;
        }
    }

    /// <summary>
    /// System.CommandLine hands an unknown option such as <c>--bogus</c> to a command's path argument
    /// as a value. An argument that looks like an option is refused unless it follows <c>--</c>,
    /// the usual way to name a file whose name starts with '-'; <c>-</c> alone is standard input.
    /// </summary>
    private static string[] UnknownOptions(ParseResult parsed) =>
        parsed.Tokens
            .TakeWhile(t => t.Type != TokenType.DoubleDash)
            .Where(t => t.Type == TokenType.Argument && t.Value.StartsWith('-') && t.Value != BoundedInput.StandardInput)
            .Select(t => $"Unknown option '{t.Value}'. (To check a file whose name starts with '-', put '--' before it.)")
            .ToArray();
}
