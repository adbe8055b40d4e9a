using System;
using System.Diagnostics;
using System.IO;
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
