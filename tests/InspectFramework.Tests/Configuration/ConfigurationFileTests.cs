using System;
using System.IO;
using System.Text;
using InspectFramework.Cli;
using InspectFramework.Tests.Cli;

namespace InspectFramework.Tests.Configuration;

/// <summary>
/// <c>inspectconfig.json</c>: a repository's or a folder's severities for warnings, honoured by every
/// command that compiles a framework (the source generator's and the language server's tests are beside
/// their hosts'). Each test builds a folder with real files and runs the CLI in it.
/// </summary>
public sealed class ConfigurationFileTests : IDisposable
{
    private static readonly string NeverHolds = File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Baselines", "WarningConditionNeverHolds", "main.inspect"));

    private static readonly string UnusedFact = File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Baselines", "WarningUnusedFact", "main.inspect"));

    private readonly string _folder = Directory.CreateTempSubdirectory("inspect-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Without_a_configuration_a_condition_that_can_never_hold_is_a_warning()
    {
        Write("f.inspect", NeverHolds);

        var result = CliRunner.Run(_folder, "check", "f.inspect");

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.Contains("warning IF0205", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_makes_a_warning_an_error_and_check_fails()
    {
        Write("f.inspect", NeverHolds);
        Write("inspectconfig.json", """{ "diagnostics": { "IF0205": "error" } }""");

        var result = CliRunner.Run(_folder, "check", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains("f.inspect(41,89): error IF0205: The condition of key question 1.1.2 can never be true", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 file checked: 1 error, 0 warnings.\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_set_to_error_stops_the_commands_that_need_a_framework_without_errors()
    {
        Write("f.inspect", NeverHolds);
        Write("inspectconfig.json", """{ "diagnostics": { "IF0205": "error" } }""");

        var generate = CliRunner.Run(_folder, "generate", "f.inspect", "--out", "gen");
        var docs = CliRunner.Run(_folder, "docs", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, generate.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_folder, "gen")));
        Assert.Equal(InspectApp.InputErrors, docs.ExitCode);
        Assert.Contains("error IF0205", docs.Stdout + docs.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_set_to_off_is_not_reported()
    {
        Write("f.inspect", UnusedFact);
        Write("inspectconfig.json", """{ "diagnostics": { "IF0403": "off" } }""");

        var result = CliRunner.Run(_folder, "check", "f.inspect");

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings.\n", result.Stdout);
    }

    [Fact]
    public void The_nearest_configuration_above_a_framework_applies_and_overrides_name_files_by_pattern()
    {
        // The repository makes unused facts errors; the drafts folder has its own file that silences
        // them; an override in the repository's file silences them for one framework by name.
        Write("inspectconfig.json", """
            {
              "diagnostics": { "IF0403": "error" },
              "overrides": [ { "files": ["published/legacy-*.inspect"], "diagnostics": { "IF0403": "off" } } ]
            }
            """);
        Write("published/current.inspect", UnusedFact);
        Write("published/legacy-2018.inspect", UnusedFact);
        Write("drafts/inspectconfig.json", """{ "diagnostics": { "IF0403": "off" } }""");
        Write("drafts/deep/draft.inspect", UnusedFact);

        var result = CliRunner.Run(_folder, "check", ".");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains("./published/current.inspect(38,6): error IF0403", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("legacy-2018.inspect(", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("draft.inspect(", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("3 files checked: 2 errors, 0 warnings.\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_a_configuration_file_is_located_and_says_what_to_do()
    {
        Write("f.inspect", UnusedFact);
        Write("inspectconfig.json", """
            {
              // comments are allowed
              "diagnostics": { "IF043": "off", "IF0109": "off", "IF0205": "loud" },
              "overides": []
            }
            """);

        var result = CliRunner.Run(_folder, "check", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Equal(
            """
            inspectconfig.json(3,20): error IF0902: 'IF043' is not a diagnostic code that can be configured. Did you mean 'IF0403'? Warnings can be configured: 'IF0012', 'IF0205', 'IF0206', 'IF0207', 'IF0322', 'IF0401', 'IF0402', 'IF0403', 'IF0404', 'IF0504'.
            inspectconfig.json(3,36): error IF0903: IF0109 (Undefined name) is an error, and errors cannot be configured: a framework with an error cannot be scored or generated. Remove this line; only warnings can be set to "error", "warning" or "off".
            inspectconfig.json(3,63): error IF0904: 'loud' is not a severity. Use one of 'error', 'warning', 'off'.
            inspectconfig.json(4,3): error IF0901: This configuration file cannot be read as it is: "overides" is not a setting here (did you mean "overrides"?); the settings are "diagnostics", "overrides", "$schema".
            f.inspect(38,6): warning IF0403: Fact 'harm_factors' is declared but no condition uses it. Remove it, or use it in a condition.
            f.inspect(42,6): warning IF0403: Fact 'repeat_offending' is declared but no condition uses it. Remove it, or use it in a condition.
            2 files checked: 4 errors, 2 warnings.

            """,
            result.Stdout);
    }

    [Theory]
    [InlineData("{ \"diagnostics\": { \"IF0403\": \"off\" ", "inspectconfig.json(1,36): error IF0901: This configuration file cannot be read as it is: the file ends too soon: a ',' or the '}' that closes the object was expected here.")]
    [InlineData("{ 'diagnostics': {} }", "inspectconfig.json(1,3): error IF0901: This configuration file cannot be read as it is: a property name in double quotes was expected here.")]
    [InlineData("[]", "inspectconfig.json(1,1): error IF0901: This configuration file cannot be read as it is: the file must hold one object")]
    [InlineData("{ \"diagnostics\": { \"IF0403\": \"off\" } } x", "inspectconfig.json(1,40): error IF0901: This configuration file cannot be read as it is: there is more text after the end of the JSON value")]
    [InlineData("{ \"overrides\": [ { \"files\": [\"../other/*.inspect\"], \"diagnostics\": {} } ] }", "error IF0901: This configuration file cannot be read as it is: the pattern \"../other/*.inspect\" must be relative to this file's folder")]
    public void A_configuration_that_cannot_be_read_is_an_error_at_its_place(string configuration, string expected)
    {
        Write("f.inspect", UnusedFact);
        Write("inspectconfig.json", configuration);

        var result = CliRunner.Run(_folder, "check", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_file_that_is_not_utf8_is_named_with_the_fix()
    {
        Write("f.inspect", UnusedFact);
        File.WriteAllBytes(Path.Combine(_folder, "inspectconfig.json"), [.. Encoding.ASCII.GetBytes("{ \"diagnostics\": { \"IF0403\": \"off\" } } // caf"), 0xE9]);

        var result = CliRunner.Run(_folder, "check", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains("inspectconfig.json: error IF0901: This configuration file cannot be read as it is: it is not UTF-8 text; save it as UTF-8.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Scoring_stops_at_a_broken_configuration_and_names_it()
    {
        var framework = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");
        File.Copy(framework, Path.Combine(_folder, "f.inspect"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "luton-2020.json"), Path.Combine(_folder, "luton.json"));
        Write("inspectconfig.json", """{ "diagnostics": { "IF0403": "quiet" } }""");

        var result = CliRunner.Run(_folder, "score", "f.inspect", "luton.json");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains("inspectconfig.json(1,30): error IF0904: 'quiet' is not a severity.", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("OVERALL RATING", result.Stdout, StringComparison.Ordinal);
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
