using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace InspectFramework.Tests.Cli;

/// <summary>
/// <c>inspect check --format sarif</c> judged by an independent, strict validator: Microsoft's SARIF
/// Multitool (<c>validate</c>: the SARIF 2.1.0 schema with URI formats, and the SARIF rules that
/// GitHub code scanning and other viewers rely on), from npm in tests/sarif-validator. No result of
/// level error or warning is allowed; notes (advice such as embedding file contents) are not failures.
/// Skipped where the validator is not installed, unless INSPECT_REQUIRE_SARIF_VALIDATOR=1 (CI).
/// </summary>
public sealed class SarifValidatorTests
{
    private static readonly string Validator = Path.Combine(RepositoryPaths.Root, "tests", "sarif-validator", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    [SarifValidatorFact]
    public void Sarif_for_frameworks_baselines_fixes_and_an_unreadable_file_passes_the_validator()
    {
        var folder = Directory.CreateTempSubdirectory("inspect-sarif-").FullName;
        try
        {
            // A file that is not UTF-8, and an endless device: IF0008 is about the file as a whole, without a region.
            File.WriteAllBytes(Path.Combine(folder, "latin1.inspect"), new byte[] { 0x66, 0x72, 0x61, 0x6D, 0xE9, 0x0A });
            File.CreateSymbolicLink(Path.Combine(folder, "endless.inspect"), "/dev/zero");
            var result = CliRunner.Run(RepositoryPaths.Root, "check", "--format", "sarif", "frameworks", "tests/InspectFramework.Tests/Baselines", Path.Combine(folder, "latin1.inspect"), Path.Combine(folder, "endless.inspect"));
            Assert.Equal(1, result.ExitCode);
            SarifShape.AssertValid(result.Stdout);
            var log = Path.Combine(folder, "check.sarif");
            File.WriteAllText(log, result.Stdout);

            var findings = Validate(log, folder);
            Assert.True(findings.Length == 0, "The SARIF validator found:\n" + string.Join("\n", findings));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SarifValidatorFact]
    public void The_validator_refuses_a_relative_help_link()
    {
        // The validator is strict where it matters here: SARIF requires absolute help links.
        var folder = Directory.CreateTempSubdirectory("inspect-sarif-").FullName;
        try
        {
            var result = CliRunner.Run(CliRunner.Samples, "check", "--format", "sarif", "clean.inspect");
            var log = Path.Combine(folder, "relative.sarif");
            File.WriteAllText(log, result.Stdout.Replace(Compiler.Diagnostics.DiagnosticDescriptor.DocumentationBaseUri, string.Empty, StringComparison.Ordinal));

            Assert.Contains(Validate(log, folder), f => f.Contains("SARIF1002", StringComparison.Ordinal) && f.Contains("helpUri", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The validator writes its own findings as SARIF; those of level error or warning are returned.
    private static string[] Validate(string log, string folder)
    {
        var output = Path.Combine(folder, "validation.sarif");
        var start = new ProcessStartInfo(Validator) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "validate", log, "--output", output, "--log", "ForceOverwrite", "--level", "Error;Warning;Note", "--kind", "Fail" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The SARIF validator did not finish within 2 minutes.");
        }

        Assert.True(File.Exists(output), $"The SARIF validator wrote no findings (exit {process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        using var findings = JsonDocument.Parse(File.ReadAllText(output));
        return findings.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("level", out var level) && level.GetString() is "error" or "warning")
            .Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("message").GetProperty("id").GetString()}: {string.Join(" | ", r.GetProperty("message").GetProperty("arguments").EnumerateArray().Select(x => x.GetString()))}")
            .ToArray();
    }

    /// <summary>Needs tests/sarif-validator installed (<c>npm ci</c> there; .ci/run does it).</summary>
    private sealed class SarifValidatorFactAttribute : FactAttribute
    {
        public SarifValidatorFactAttribute()
        {
            if (!File.Exists(Validator) && Environment.GetEnvironmentVariable("INSPECT_REQUIRE_SARIF_VALIDATOR") != "1")
            {
                Skip = "The SARIF validator is not installed: run 'npm ci' in tests/sarif-validator (CI does, and runs this test).";
            }
        }
    }
}
