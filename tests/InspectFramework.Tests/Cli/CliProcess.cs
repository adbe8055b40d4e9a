using System;
using System.Diagnostics;
using System.IO;

namespace InspectFramework.Tests.Cli;

/// <summary>
/// Runs the CLI built beside the tests (<c>inspect.dll</c>) as a process of its own, for what an
/// in-process run cannot show: the process's real standard input, and its real standard output
/// redirected to a file or a device such as /dev/full.
/// </summary>
public static class CliProcess
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "inspect.dll");

    /// <param name="stdin">A file whose content comes through a pipe as standard input, or null for none (/dev/null).</param>
    /// <param name="stdout">A file to give as standard output (opened for writing, as a shell's '&gt;'), or null to capture it.</param>
    public static CliResult Run(string workingDirectory, string? stdin, string? stdout, params string[] args)
    {
        var script = (stdin is null ? string.Empty : "cat \"$INSPECT_STDIN\" | ") + "dotnet \"$0\" \"$@\"" + (stdin is null ? " </dev/null" : string.Empty) + (stdout is null ? string.Empty : " >\"$INSPECT_STDOUT\"");
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(Cli);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["INSPECT_STDIN"] = stdin ?? string.Empty;
        start.Environment["INSPECT_STDOUT"] = stdout ?? string.Empty;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)CliRunner.HangGuard.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'inspect {string.Join(" ", args)}' did not finish within {CliRunner.HangGuard.TotalSeconds} s: it hangs.");
        }

        return new CliResult(process.ExitCode, output.Result, errors.Result);
    }
}
