using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using InspectFramework.Cli;

namespace InspectFramework.Tests.Cli;

/// <summary>What one in-process run of <c>inspect</c> produced.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the CLI in-process with string writers and an explicit working directory, so relative paths
/// (and therefore the output) do not depend on the machine. Each run is guarded by a generous
/// timeout: a hang fails the test instead of hanging the suite. That is a hang guard, not a speed check.
/// </summary>
public static class CliRunner
{
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public static string Samples => Path.Combine(RepositoryPaths.Tests, "Cli", "Samples");

    public static CliResult Run(string workingDirectory, params string[] args) =>
        Run(workingDirectory, new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" }, args);

    public static CliResult Run(string workingDirectory, TextWriter stdout, params string[] args) =>
        Run(HangGuard, workingDirectory, stdout, args);

    /// <summary>A run on input so large that <see cref="HangGuard"/> is too short for it on a busy machine.</summary>
    public static CliResult Run(TimeSpan hangGuard, string workingDirectory, TextWriter stdout, params string[] args)
    {
        var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = WithHangGuard(() => InspectApp.Run(args, stdout, stderr, workingDirectory), $"'inspect {string.Join(" ", args)}'", hangGuard);
        return new CliResult(exitCode, stdout.ToString() ?? string.Empty, stderr.ToString());
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool and fails if it has not finished within <see cref="HangGuard"/>.</summary>
    public static T WithHangGuard<T>(Func<T> work, string what) => WithHangGuard(work, what, HangGuard);

    private static T WithHangGuard<T>(Func<T> work, string what, TimeSpan hangGuard)
    {
        var run = Task.Run(work);
        if (!run.Wait(hangGuard))
        {
            throw new TimeoutException($"{what} did not finish within {hangGuard.TotalSeconds} s: it hangs.");
        }

        return run.Result;
    }
}
