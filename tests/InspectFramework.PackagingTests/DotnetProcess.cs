using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace InspectFramework.PackagingTests;

/// <summary>What a finished process printed (standard output and error, in the order received) and its exit code.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>The whole command and output, for failure messages.</summary>
    public string Describe() => $"`{CommandLine}` exited with {ExitCode}:{Environment.NewLine}{Output}";
}

/// <summary>Runs <c>dotnet</c> (and the installed tool) with a time limit, isolated from the test host's build settings.</summary>
internal static class DotnetProcess
{
    // Generous: a restore, build or pack takes well under a minute alone, but the machine is shared, and
    // packing the Native AOT tool compiles the whole program (over 15 minutes seen at a load average of 35).
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static ProcessResult Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` runs inside MSBuild and its variables reach the test host; a child build must
        // start from the SDK's own settings, as a developer's would.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var commandLine = fileName + " " + string.Join(" ", arguments);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"`{commandLine}` did not finish within {Timeout.TotalMinutes} minutes. Output so far:{Environment.NewLine}{Text(output)}");
        }

        // The parameterless wait also waits for the redirected streams to be read to the end.
        process.WaitForExit();
        return new ProcessResult(commandLine, process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
