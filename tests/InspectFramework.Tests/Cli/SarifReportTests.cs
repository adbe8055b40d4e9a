using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using InspectFramework.Cli;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Tests.Cli;

/// <summary>What SARIF carries beyond the shape: the configurable help address, the exit code, rule
/// help from docs/diagnostics.md, and fingerprints that survive edits elsewhere in the file.</summary>
public sealed class SarifReportTests
{
    [Fact]
    public void Every_code_has_a_description_a_fix_and_a_unique_pascal_case_name_from_the_documentation()
    {
        foreach (var descriptor in DiagnosticCatalogue.All)
        {
            var help = DiagnosticDocumentation.For(descriptor.Code);
            Assert.True(help is not null, $"docs/diagnostics.md has no section for {descriptor.Code}.");
            Assert.False(string.IsNullOrWhiteSpace(help.Description), $"{descriptor.Code} has no description paragraph.");
            Assert.False(string.IsNullOrWhiteSpace(help.Fix), $"{descriptor.Code} has no '**Fix:**' paragraph.");
            Assert.DoesNotMatch("^(Error|Warning)\\.", help.Description);
            Assert.Matches("^[A-Z][a-z0-9]+([A-Z][a-z0-9]+)*$", descriptor.Name);
        }

        Assert.Equal(DiagnosticCatalogue.All.Count(), DiagnosticCatalogue.All.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("FileIsNotUtf8Text", DiagnosticCatalogue.IF0007.Name);
        Assert.Equal("NameRefersToWrongKindOfThing", DiagnosticCatalogue.IF0114.Name);
    }

    [Fact]
    public void Markdown_becomes_plain_text_without_marks_or_link_targets()
    {
        Assert.Equal("a missing ) after x, as IF0010 says", DiagnosticDocumentation.PlainText("a **missing** `)` after `x`, as [IF0010](#if0010) says"));
    }

    [Fact]
    public void Help_links_follow_the_configured_base_address_and_the_invocation_has_the_exit_code()
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "--format", "sarif", "--help-base-uri", "https://intranet.example/inspect/v2", "errors.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        using var log = JsonDocument.Parse(result.Stdout);
        var run = log.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://intranet.example/inspect/v2/README.md", driver.GetProperty("informationUri").GetString());
        var rule = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "IF0001");
        Assert.Equal("https://intranet.example/inspect/v2/docs/diagnostics.md#if0001", rule.GetProperty("helpUri").GetString());
        Assert.Contains("(https://intranet.example/inspect/v2/docs/diagnostics.md#if0010)", rule.GetProperty("fullDescription").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, run.GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());

        var clean = CliRunner.Run(CliRunner.Samples, "check", "--format", "sarif", "clean.inspect");
        using var cleanLog = JsonDocument.Parse(clean.Stdout);
        Assert.Equal(0, cleanLog.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());
    }

    [Theory]
    [InlineData("docs/")]
    [InlineData("ftp://example.org/")]
    [InlineData("javascript:alert(1)")]
    public void A_help_base_that_is_not_an_absolute_web_address_is_bad_usage(string address)
    {
        var result = CliRunner.Run(CliRunner.Samples, "check", "--format", "sarif", "--help-base-uri", address, "clean.inspect");

        Assert.Equal(InspectApp.BadUsage, result.ExitCode);
        Assert.Contains("--help-base-uri needs an absolute http or https address", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Fingerprints_survive_lines_added_above_and_tell_repeated_lines_apart()
    {
        var folder = Directory.CreateTempSubdirectory("inspect-fingerprint-").FullName;
        try
        {
            var original = File.ReadAllText(Path.Combine(CliRunner.Samples, "errors.inspect"));
            File.WriteAllText(Path.Combine(folder, "f.inspect"), original);
            var before = Fingerprints(CliRunner.Run(folder, "check", "--format", "sarif", "f.inspect").Stdout);
            File.WriteAllText(Path.Combine(folder, "f.inspect"), "// a comment added at the top\n\n" + original);
            var after = Fingerprints(CliRunner.Run(folder, "check", "--format", "sarif", "f.inspect").Stdout);

            Assert.NotEmpty(before);
            Assert.Equal(before, after);
            Assert.Equal(before.Length, before.Distinct(StringComparer.Ordinal).Count());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_diagnostic_about_a_whole_file_has_no_region()
    {
        var folder = Directory.CreateTempSubdirectory("inspect-whole-file-").FullName;
        try
        {
            // An endless device is read up to the size limit: IF0008, about the file as a whole.
            File.CreateSymbolicLink(Path.Combine(folder, "endless.inspect"), "/dev/zero");
            File.WriteAllBytes(Path.Combine(folder, "latin1.inspect"), new byte[] { 0x66, 0xE9, 0x0A });
            var result = CliRunner.Run(folder, "check", "--format", "sarif", "endless.inspect", "latin1.inspect");
            var text = CliRunner.Run(folder, "check", "endless.inspect", "latin1.inspect");
            using var log = JsonDocument.Parse(result.Stdout);
            var locations = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => (Code: r.GetProperty("ruleId").GetString(), Physical: r.GetProperty("locations")[0].GetProperty("physicalLocation")))
                .ToArray();

            Assert.Equal(InspectApp.InputErrors, result.ExitCode);
            Assert.StartsWith("endless.inspect: error IF0008: ", text.Stdout, StringComparison.Ordinal);
            Assert.Equal(new[] { "IF0008", "IF0007" }, locations.Select(l => l.Code));
            Assert.Equal("endless.inspect", locations[0].Physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.False(locations[0].Physical.TryGetProperty("region", out _));
            Assert.Equal(2, locations[1].Physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string[] Fingerprints(string sarif)
    {
        using var log = JsonDocument.Parse(sarif);
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifFingerprintName).GetString()!)
            .ToArray();
    }

    private const string SarifFingerprintName = "inspectLineHash/v1";
}
