using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InspectFramework.Cli;
using InspectFramework.Tests.Diagnostics;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Cli;

/// <summary><c>inspect check --fix</c>, and the fixes and related locations in the JSON and SARIF forms.</summary>
public sealed class CheckFixCommandTests
{
    // A '=' for '==' and a misspelt fact, which have fixes, and a date, which has none.
    private static readonly string Slips = CodeFixTests.Clean
        .Replace("effective 2019-06-01", "effective 2019-13-01", StringComparison.Ordinal)
        .Replace("when harm_factors and", "when harm_factros and", StringComparison.Ordinal)
        .Replace("disposal == custody", "disposal = custody", StringComparison.Ordinal);

    private static readonly string Fixed = CodeFixTests.Clean.Replace("effective 2019-06-01", "effective 2019-13-01", StringComparison.Ordinal);

    [Fact]
    public void Fix_rewrites_the_file_says_what_it_changed_and_reports_what_remains()
    {
        using var temp = new TempFolder();
        var path = temp.Write("f.inspect", Slips);

        var result = CliRunner.Run(temp.Path, "check", "--fix", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(
            $"f.inspect({At(Slips, "= custody")}): fixed IF0001: replace '=' with '=='\n"
            + $"f.inspect({At(Slips, "harm_factros")}): fixed IF0109: replace 'harm_factros' with 'harm_factors'\n"
            + $"f.inspect({At(Slips, "2019-13-01")}): error IF0110: '2019-13-01' is not a calendar date. Write it as YYYY-MM-DD, for example 2019-06-01.\n"
            + "1 file checked: 1 error, 0 warnings.\n",
            result.Stdout);
        Assert.Equal(Fixed, File.ReadAllText(path));
    }

    [Fact]
    public void A_dry_run_lists_the_fixes_and_what_would_remain_but_changes_nothing()
    {
        using var temp = new TempFolder();
        var path = temp.Write("f.inspect", Slips);

        var result = CliRunner.Run(temp.Path, "check", "--fix", "--dry-run", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.StartsWith($"f.inspect({At(Slips, "= custody")}): would fix IF0001: replace '=' with '=='\n", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 file checked: 1 error, 0 warnings.\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(Slips, File.ReadAllText(path));
    }

    [Fact]
    public void A_file_with_nothing_to_fix_is_not_written()
    {
        using var temp = new TempFolder();
        var path = temp.Write("f.inspect", Fixed);
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, past);

        var result = CliRunner.Run(temp.Path, "check", "--fix", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.DoesNotContain("fixed", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(past, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_fixed_file_keeps_its_byte_order_mark_and_line_endings()
    {
        using var temp = new TempFolder();
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var path = temp.WriteBytes("f.inspect", bom.Concat(Encoding.UTF8.GetBytes(Slips.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray());

        var result = CliRunner.Run(temp.Path, "check", "--fix", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Equal(bom.Concat(Encoding.UTF8.GetBytes(Fixed.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void Beside_json_what_was_fixed_goes_to_standard_error()
    {
        using var temp = new TempFolder();
        temp.Write("f.inspect", Slips);

        var result = CliRunner.Run(temp.Path, "check", "--fix", "--format", "json", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains("fixed IF0109", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("IF0110", json.RootElement.GetProperty("diagnostics").EnumerateArray().Single().GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("check", "--dry-run", "f.inspect")]
    [InlineData("check", "--fix", "-")]
    public void Dry_run_without_fix_and_fixing_standard_input_are_refused(params string[] args)
    {
        using var temp = new TempFolder();
        temp.Write("f.inspect", Slips);

        var result = CliRunner.Run(temp.Path, args);

        Assert.Equal(InspectApp.BadUsage, result.ExitCode);
        Assert.Equal(Slips, File.ReadAllText(Path.Combine(temp.Path, "f.inspect")));
    }

    // A missing '}' (a fix and the '{' it closes) and a duplicate fact (the first declaration).
    private static readonly string Located = CodeFixTests.Clean
        .Replace("protective factors.\"\n    }\n", "protective factors.\"\n", StringComparison.Ordinal)
        .Replace("fact identifiable_victim", "fact harm_factors \"Again\" boolean\nfact identifiable_victim", StringComparison.Ordinal);

    [Fact]
    public void Json_carries_fixes_and_related_locations()
    {
        using var temp = new TempFolder();
        temp.Write("f.inspect", Located);

        var result = CliRunner.Run(temp.Path, "check", "--format", "json", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Snapshot.Verify(result.Stdout, "CheckFixCommandTests.located", "json");
    }

    [Fact]
    public void Sarif_carries_fixes_and_related_locations_and_is_valid()
    {
        using var temp = new TempFolder();
        temp.Write("f.inspect", Located);

        var result = CliRunner.Run(temp.Path, "check", "--format", "sarif", "f.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        SarifShape.AssertValid(result.Stdout);
        Assert.Contains("\"relatedLocations\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"artifactChanges\"", result.Stdout, StringComparison.Ordinal);
        Snapshot.Verify(result.Stdout, "CheckFixCommandTests.located", "sarif");
    }

    // "line,column" of the first occurrence of part, one-based.
    private static string At(string text, string part)
    {
        var offset = text.IndexOf(part, StringComparison.Ordinal);
        var line = text.Take(offset).Count(c => c == '\n');
        var column = offset - (text.LastIndexOf('\n', offset) + 1);
        return $"{line + 1},{column + 1}";
    }
}
