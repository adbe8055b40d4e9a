using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InspectFramework.Cli;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Cli;

/// <summary><c>inspect check</c> run in-process: stdout, stderr and exit code for each kind of input.</summary>
public sealed class CheckCommandTests
{
    private static readonly Regex CanonicalLine = new(@"^(?<path>[^()]+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>IF\d{4}): (?<message>.+)$");

    [Fact]
    public void Clean_file_prints_only_the_summary_and_exits_0()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "clean.inspect");

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings.\n", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Errors_are_printed_in_msbuild_form_with_the_path_as_typed_and_exit_1()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "errors.inspect", "clean.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("2 files checked: 2 errors, 0 warnings.", lines[^1]);

        var diagnostics = lines[..^1].Select(l => CanonicalLine.Match(l)).ToList();
        Assert.All(diagnostics, m => Assert.True(m.Success, $"not in canonical form: {m.Value}"));
        Assert.All(diagnostics, m => Assert.Equal("errors.inspect", m.Groups["path"].Value));
        // Line 6 "  effective 2019-13-01": the date starts in column 13.
        Assert.Equal(("6", "13", "error", "IF0110"), Fields(diagnostics[0]));
        // Line 44 ends "when harm_factors and harm_factor": the misspelt name starts in column 128.
        Assert.Equal(("44", "128", "error", "IF0109"), Fields(diagnostics[1]));
        Assert.Contains("Did you mean 'harm_factors'?", diagnostics[1].Groups["message"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_the_summary_only()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "--quiet", "errors.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Equal("1 file checked: 2 errors, 0 warnings.\n", result.Stdout);
    }

    [Fact]
    public void Warnings_as_errors_leaves_a_clean_file_clean()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "--warnings-as-errors", "clean.inspect");

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings.\n", result.Stdout);
    }

    [Fact]
    public void Json_output_matches_the_reviewed_snapshot()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "--format", "json", "errors.inspect", "clean.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Snapshot.Verify(result.Stdout, "CheckCommandTests.errors", "json");
    }

    [Fact]
    public void Sarif_output_matches_the_reviewed_snapshot_and_is_valid_sarif()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "--format", "sarif", "errors.inspect", "clean.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        SarifShape.AssertValid(result.Stdout);
        Snapshot.Verify(result.Stdout, "CheckCommandTests.errors", "sarif");
    }

    [Fact]
    public void Sarif_for_a_clean_file_is_valid_with_no_results()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "-f", "sarif", "clean.inspect");

        Assert.Equal(InspectApp.Success, result.ExitCode);
        SarifShape.AssertValid(result.Stdout);
        Assert.Contains("\"results\": []", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_searched_recursively_and_files_come_in_ordinal_order()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "--format", "json", "folder");

        Assert.Equal(InspectApp.Success, result.ExitCode);
        var paths = Regex.Matches(result.Stdout, "\"path\": \"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(new[] { Path.Combine("folder", "b.inspect"), Path.Combine("folder", "sub", "a.inspect") }, paths);
    }

    [Fact]
    public void A_file_named_twice_is_checked_once_whatever_the_argument_order()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "folder/sub/a.inspect", "folder");

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.Equal("2 files checked: 0 errors, 0 warnings.\n", result.Stdout);
    }

    [Fact]
    public void A_missing_path_is_bad_usage_on_stderr()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "clean.inspect", "missing.inspect");

        Assert.Equal(InspectApp.BadUsage, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("inspect: path 'missing.inspect' does not exist\n", result.Stderr);
    }

    [Fact]
    public void A_folder_without_framework_files_is_bad_usage()
    {
        using var temp = new TempFolder();
        temp.Write("empty/readme.txt", "nothing to check\n");

        var result = CliRunner.Run(temp.Path, "check", "empty");

        Assert.Equal(InspectApp.BadUsage, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("inspect: folder 'empty' contains no .inspect files\n", result.Stderr);
    }

    [Theory]
    [InlineData(new[] { "check", "--bogus", "clean.inspect" }, "inspect: Unknown option '--bogus'.")]
    [InlineData(new[] { "check" }, "inspect: Required argument missing for command: 'check'.")]
    [InlineData(new string[0], "inspect: Required command was not provided.")]
    [InlineData(new[] { "chek", "clean.inspect" }, "inspect: Unrecognized command or argument 'chek'.")]
    [InlineData(new[] { "check", "--format", "xml", "clean.inspect" }, "inspect: Argument 'xml' not recognized.")]
    [InlineData(new[] { "check", "--quiet", "--format", "json", "clean.inspect" }, "inspect: --quiet applies only to the text format")]
    public void Bad_usage_exits_2_with_the_reason_on_stderr(string[] args, string expected)
    {
        var result = CliRunner.Run(CliRunner.Samples, args);

        Assert.Equal(InspectApp.BadUsage, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("Run 'inspect --help' for usage.\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_can_be_named_after_double_dash()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(CliRunner.Samples, "clean.inspect"), Path.Combine(temp.Path, "-draft.inspect"));

        var result = CliRunner.Run(temp.Path, "check", "--", "-draft.inspect");

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Help_lists_the_options_and_exits_0()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "--help");

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.Contains("--format", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--warnings-as-errors", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--quiet", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_exception_is_an_internal_error_without_a_stack_trace()
    {
        var result = CliRunner.Run(CliRunner.Samples, new ThrowingWriter(), "check", "clean.inspect");

        Assert.Equal(InspectApp.InternalError, result.ExitCode);
        Assert.StartsWith("inspect: internal error: the writer failed\n", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Please report it", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absolute_path_is_shown_as_given()
    {
        var path = Path.Combine(CliRunner.Samples, "errors.inspect");

        var result = CliRunner.Run(Path.GetTempPath(), "check", path);

        Assert.StartsWith(path + "(6,13): error IF0110: ", result.Stdout, StringComparison.Ordinal);
    }

    private static (string, string, string, string) Fields(Match m) =>
        (m.Groups["line"].Value, m.Groups["col"].Value, m.Groups["severity"].Value, m.Groups["code"].Value);

    /// <summary>A stdout that fails, standing in for any bug that throws while the command runs.</summary>
    private sealed class ThrowingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the writer failed");

        public override void Write(string? value) => throw new InvalidOperationException("the writer failed");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the writer failed");
    }
}
