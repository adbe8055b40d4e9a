using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using InspectFramework.Cli;
using InspectFramework.Tests.Cli;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// A command whose standard output cannot be written (a full device, a pipe whose reader has gone,
/// a closed descriptor) says so in one line and exits 6, in a process of its own with a real
/// standard output: in-process runs hand the CLI a writer and cannot show how the process opens it.
/// </summary>
public sealed class StandardOutputFailureTests
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "inspect.dll");

    [Theory]
    [InlineData("dotnet \"$0\" docs \"$1\" >/dev/full", "No space left on device")]
    [InlineData("dotnet \"$0\" docs \"$1\" | true; exit ${PIPESTATUS[0]}", "Broken pipe")]
    [InlineData("dotnet \"$0\" docs \"$1\" >&-", null)]
    public async System.Threading.Tasks.Task A_failed_write_to_standard_output_exits_6_with_one_line(string script, string? reason)
    {
        // The document is far larger than a pipe's buffer, so a reader that has gone is always noticed.
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in new[] { "-c", script, Cli, Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect") })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)CliRunner.HangGuard.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("inspect docs did not finish: it hangs.");
        }

        Assert.Equal(InspectApp.WriteFailed, process.ExitCode);
        var lines = (await stderr).TrimEnd('\n').Split('\n');
        var line = Assert.Single(lines);
        Assert.StartsWith("inspect: cannot write standard output: ", line, StringComparison.Ordinal);
        if (reason is not null)
        {
            Assert.Contains(reason, line, StringComparison.Ordinal);
        }
    }

    // Started with standard output closed (and input and error), a command that writes a file writes
    // exactly its content there: Unix gives a new file the lowest free descriptor, so a file the tool
    // opens must never become its standard output or error. The line fmt prints for a closed
    // standard output still makes exit 6. With 0 and 1 closed, the JIT build's runtime puts a pipe of
    // its own on them before Main: the old code wrote the line into that pipe and exited 0.
    [Theory]
    [InlineData(">&-")]
    [InlineData("<&- >&-")]
    [InlineData("<&- >&- 2>&-")]
    public void A_file_written_with_standard_output_closed_holds_exactly_its_content(string closing)
    {
        var framework = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");
        var folder = Directory.CreateTempSubdirectory("inspect-closed-").FullName;
        try
        {
            // The framework is canonically formatted; indented further, fmt must give it back.
            var target = Path.Combine(folder, "f.inspect");
            File.WriteAllText(target, File.ReadAllText(framework).Replace("\n  ", "\n    ", StringComparison.Ordinal));
            var (exitCode, _) = RunClosed($"exec dotnet \"$0\" fmt \"$1\" {closing}", target);

            Assert.Equal(InspectApp.WriteFailed, exitCode);
            Assert.Equal(File.ReadAllBytes(framework), File.ReadAllBytes(target));
            Assert.Equal(new[] { "f.inspect" }, Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // With descriptor 2 closed, the JIT build's runtime takes it for a pipe of its own; the old code
    // wrote the first error message there, and the process aborted (exit 134). Now the message is
    // dropped, as closing standard error asks, and the exit code says what happened.
    [Theory]
    [InlineData("2>&-")]
    [InlineData("<&- 2>&-")]
    public void An_error_with_standard_error_closed_exits_with_its_code(string closing)
    {
        var (exitCode, stdout) = RunClosed($"exec dotnet \"$0\" docs \"$1\" {closing}", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.inspect"));

        Assert.Equal(InspectApp.InputErrors, exitCode);
        Assert.Equal(string.Empty, stdout);
    }

    private static (int ExitCode, string Stdout) RunClosed(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(Cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit((int)CliRunner.HangGuard.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the command did not finish: it hangs.");
        }

        return (process.ExitCode, stdout.Result);
    }

    [Fact]
    public void Output_to_a_file_shared_with_other_writers_lands_between_them()
    {
        // A shell group writes before and after the command through one descriptor; the command's
        // output must continue from where the first write ended and leave the offset after itself.
        var framework = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");
        var target = Path.Combine(Path.GetTempPath(), $"inspect-shared-{Guid.NewGuid():N}.txt");
        try
        {
            var start = new ProcessStartInfo("/bin/bash") { UseShellExecute = false, WorkingDirectory = RepositoryPaths.Root };
            foreach (var argument in new[] { "-c", "{ echo before; dotnet \"$0\" docs \"$1\"; echo after; } > \"$2\"", Cli, framework, target })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start)!)
            {
                if (!process.WaitForExit((int)CliRunner.HangGuard.TotalMilliseconds))
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail("the commands did not finish: they hang.");
                }
            }

            var written = File.ReadAllText(target);
            Assert.StartsWith("before\n", written, StringComparison.Ordinal);
            Assert.EndsWith("after\n", written, StringComparison.Ordinal);
            var docs = CliRunner.Run(RepositoryPaths.Root, "docs", framework);
            Assert.Equal("before\n" + docs.Stdout + "after\n", written);
        }
        finally
        {
            File.Delete(target);
        }
    }
}
