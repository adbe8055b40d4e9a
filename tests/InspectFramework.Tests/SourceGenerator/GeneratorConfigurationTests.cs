using System;
using System.IO;
using System.Linq;
using InspectFramework.SourceGenerator;
using Microsoft.CodeAnalysis;

namespace InspectFramework.Tests.SourceGenerator;

/// <summary>The source generator honours <c>inspectconfig.json</c> as <c>inspect check</c> does: the nearest
/// one above each framework, handed to it as an additional file.</summary>
public sealed class GeneratorConfigurationTests
{
    private static readonly string NeverHolds = File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Baselines", "WarningConditionNeverHolds", "main.inspect"));

    [Fact]
    public void Without_a_configuration_the_warning_is_a_warning_and_code_is_generated()
    {
        var result = Generate(new InMemoryAdditionalText("/repo/frameworks/f.inspect", NeverHolds));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "IF0205").Severity);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void A_warning_set_to_error_is_an_error_and_no_code_is_generated()
    {
        var result = Generate(
            new InMemoryAdditionalText("/repo/frameworks/f.inspect", NeverHolds),
            new InMemoryAdditionalText("/repo/inspectconfig.json", """{ "diagnostics": { "IF0205": "error" } }"""));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("IF0205", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void The_nearest_configuration_wins_and_off_leaves_the_warning_out()
    {
        var result = Generate(
            new InMemoryAdditionalText("/repo/frameworks/f.inspect", NeverHolds),
            new InMemoryAdditionalText("/repo/inspectconfig.json", """{ "diagnostics": { "IF0205": "error" } }"""),
            new InMemoryAdditionalText("/repo/frameworks/inspectconfig.json", """{ "diagnostics": { "IF0205": "off" } }"""),
            // Not above the framework: ignored.
            new InMemoryAdditionalText("/repo/other/inspectconfig.json", """{ "diagnostics": { "IF0205": "error" } }"""));

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void A_problem_in_a_configuration_file_is_reported_once_at_its_place()
    {
        var result = Generate(
            new InMemoryAdditionalText("/repo/a/f.inspect", NeverHolds),
            new InMemoryAdditionalText("/repo/inspectconfig.json", "{ \"diagnostics\": { \"IF0205\": \"loud\" } }"));

        var problem = Assert.Single(result.Diagnostics, d => d.Id == "IF0904");
        Assert.Equal("/repo/inspectconfig.json(1,30): error IF0904: 'loud' is not a severity. Use one of 'error', 'warning', 'off'.", GeneratorHarness.Canonical(problem));
    }

    [Fact]
    public void A_configuration_in_the_root_folder_applies()
    {
        var result = Generate(
            new InMemoryAdditionalText("/repo/frameworks/f.inspect", NeverHolds),
            new InMemoryAdditionalText("/inspectconfig.json", """{ "diagnostics": { "IF0205": "error" } }"""));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == "IF0205").Severity);
    }

    [Fact]
    public void The_nearest_configuration_decides_even_when_it_cannot_be_read_as_inspect_check_does()
    {
        var result = Generate(
            new InMemoryAdditionalText("/repo/frameworks/f.inspect", NeverHolds),
            new InMemoryAdditionalText("/repo/inspectconfig.json", """{ "diagnostics": { "IF0205": "error" } }"""),
            new InMemoryAdditionalText("/repo/frameworks/inspectconfig.json", "{}" + new string(' ', 1100 * 1024)));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "IF0205").Severity);
        Assert.Single(result.Diagnostics, d => d.Id == "IF0901");
    }

    private static GeneratorRunResult Generate(params AdditionalText[] files)
    {
        var driver = GeneratorHarness.Driver(files);
        return GeneratorHarness.Run(ref driver, GeneratorHarness.Compilation());
    }
}
