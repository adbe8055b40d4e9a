using System.CommandLine;
using System.IO;
using InspectFramework.Cli.Commands;

namespace InspectFramework.Cli;

/// <summary>
/// Builds the command tree and runs it against injected writers, so tests run the CLI in-process.
/// Exit codes: 0 success, 1 errors in the input, 2 bad usage.
/// </summary>
public static class InspectApp
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("InspectFramework: compile inspection frameworks written in the InspectFramework language.");
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(GenerateCommand.Create(stdout, stderr));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"inspect: {error.Message}");
            }

            stderr.WriteLine("Run 'inspect --help' for usage.");
            return BadUsage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
