using System;
using System.Diagnostics;
using System.IO;

namespace InspectFramework.Tests.Cli;

/// <summary>
/// The change-control recipe of docs/change-control.md (<c>scripts/change-control</c>) run end to end, as a
/// CI runner runs it: in a throwaway git repository with frameworks in nested folders, on a branch that
/// only rewords a key question and on one that moves a band edge, with <c>inspect</c> on the PATH.
/// </summary>
public sealed class ChangeControlRecipeTests : IDisposable
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "scripts", "change-control");

    private static readonly string Youth2019 = File.ReadAllText(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"));

    private const string Framework = "frameworks/youth/hmip-youth-2019.inspect";

    private readonly string _repository = Directory.CreateTempSubdirectory("inspect-change-control-").FullName;

    public ChangeControlRecipeTests()
    {
        // `inspect` as the dotnet tool installs it: a command on the PATH.
        var bin = Path.Combine(_repository, ".bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "inspect"), $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "inspect.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "inspect"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        File.WriteAllText(Path.Combine(_repository, ".gitignore"), ".bin/\nframework-diff.md\n");
        Write(Framework, Youth2019);
        Git("init", "-q", "-b", "main");
        Git("add", ".");
        Git("commit", "-q", "-m", "published frameworks");
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public void A_branch_that_only_rewords_passes_and_keeps_the_markdown_diff()
    {
        Branch("reword", Youth2019.Replace("Does assessment sufficiently analyse how to support the child's desistance?", "Does assessment sufficiently analyse how to support the child's desistance from offending?", StringComparison.Ordinal));

        var (exit, output) = Run("--base", "main");

        Assert.True(exit == 0, output);
        Assert.Contains($"{Framework}: compatible with main", output, StringComparison.Ordinal);
        Assert.Contains("change-control: passed", output, StringComparison.Ordinal);
        var diff = File.ReadAllText(Path.Combine(_repository, "framework-diff.md"));
        Assert.Contains($"## `{Framework}`", diff, StringComparison.Ordinal);
        Assert.Contains("from offending", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_branch_that_moves_a_band_edge_fails_as_ratings_affecting_unless_allowed()
    {
        Branch("band-edge", Youth2019
            .Replace("requires_improvement 50% to  64%", "requires_improvement 50% to  65%", StringComparison.Ordinal)
            .Replace("good                 65% to  79%", "good                 66% to  79%", StringComparison.Ordinal));

        var (refused, refusedOutput) = Run("--base", "main");
        var (allowed, allowedOutput) = Run("--base", "main", "--allow", "ratings-affecting");

        Assert.True(refused == 5, refusedOutput);
        Assert.Contains($"{Framework}: ratings-affecting", refusedOutput, StringComparison.Ordinal);
        Assert.Contains("more than --allow compatible permits (exit code 5)", refusedOutput, StringComparison.Ordinal);
        Assert.True(allowed == 0, allowedOutput);
    }

    [Fact]
    public void A_framework_with_an_error_fails_before_any_diff()
    {
        Branch("broken", Youth2019.Replace("when safety_concerns", "when safety_concern", StringComparison.Ordinal));

        var (exit, output) = Run("--base", "main");

        Assert.True(exit == 1, output);
        Assert.Contains("error IF0109", output, StringComparison.Ordinal);
        Assert.DoesNotContain("compatible with main", output, StringComparison.Ordinal);
    }

    private void Branch(string name, string text)
    {
        Git("checkout", "-q", "-b", name);
        Write(Framework, text);
        Git("commit", "-q", "-am", name);
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_repository, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void Git(params string[] args) => Assert.Equal(0, Process("git", args).Exit);

    private (int Exit, string Output) Run(params string[] args) => Process(Script, args);

    private (int Exit, string Output) Process(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _repository };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = Path.Combine(_repository, ".bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(" ", args)} did not finish: it hangs.");
        }

        return (process.ExitCode, output.Result + errors.Result);
    }
}
