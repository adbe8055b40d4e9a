using System.IO;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Cli;

/// <summary><c>inspect template</c>: what it refuses, and that it never replaces a file unasked.</summary>
public sealed class TemplateCommandTests
{
    [Fact]
    public void An_existing_file_is_replaced_only_with_force()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"), Path.Combine(folder.Path, "youth.inspect"));
        folder.Write("cases.xlsx", "the team's own work");

        var refused = CliRunner.Run(folder.Path, "template", "youth.inspect", "--format", "xlsx", "-o", "cases.xlsx");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("cases.xlsx already exists; pass --force to replace it", refused.Stderr);
        Assert.Equal("the team's own work", File.ReadAllText(Path.Combine(folder.Path, "cases.xlsx")));

        var replaced = CliRunner.Run(folder.Path, "template", "youth.inspect", "--format", "xlsx", "-o", "cases.xlsx", "--force");

        Assert.Equal(0, replaced.ExitCode);
        Assert.Equal("cases.xlsx: written (161 columns)\n", replaced.Stdout);
        Assert.Equal((byte)'P', File.ReadAllBytes(Path.Combine(folder.Path, "cases.xlsx"))[0]);
    }

    [Fact]
    public void A_case_type_the_framework_does_not_have_is_bad_usage()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"), Path.Combine(folder.Path, "youth.inspect"));

        var result = CliRunner.Run(folder.Path, "template", "youth.inspect", "--case-type", "curt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the framework has no case type 'curt'; its case types are court, out_of_court.", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void A_workbook_goes_to_a_file_not_to_standard_output()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"), Path.Combine(folder.Path, "youth.inspect"));

        var result = CliRunner.Run(folder.Path, "template", "youth.inspect", "--format", "xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a workbook is written to a file", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }
}
