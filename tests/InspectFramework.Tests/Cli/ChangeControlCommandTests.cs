using System;
using System.IO;
using System.Text.Json;
using InspectFramework.Cli;
using InspectFramework.Tests.Diff;

namespace InspectFramework.Tests.Cli;

/// <summary>The fmt, diff and docs commands run in-process, as CI runs them.</summary>
public sealed class ChangeControlCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inspect-cli-" + Guid.NewGuid().ToString("N"));

    public ChangeControlCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = InspectApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Youth(string year) => Path.Combine(RepositoryPaths.Frameworks, $"hmip-youth-{year}.inspect");

    [Fact]
    public void Fmt_check_lists_files_that_are_not_canonical_and_fmt_fixes_them()
    {
        var canonical = Write("canonical.inspect", DiffSample.Base + "\n");
        var messy = Write("messy.inspect", DiffSample.Base.Replace("  level good \"Good\" points 2", "level  good \"Good\"   points 2"));

        var check = Run("fmt", "--check", _directory);
        Assert.Equal(1, check.Exit);
        Assert.Contains($"{messy}: not canonically formatted", check.Out, StringComparison.Ordinal);
        Assert.Contains("- ", check.Out, StringComparison.Ordinal);
        Assert.DoesNotContain($"{canonical}:", check.Out, StringComparison.Ordinal);
        Assert.Contains("2 file(s) checked: 1 not canonically formatted", check.Out, StringComparison.Ordinal);

        var format = Run("fmt", _directory);
        Assert.Equal(0, format.Exit);
        Assert.Equal(DiffSample.Base + "\n", File.ReadAllText(messy));
        Assert.Equal(0, Run("fmt", "--check", _directory).Exit);
    }

    [Fact]
    public void Fmt_refuses_a_file_with_syntax_errors_and_leaves_it_alone()
    {
        const string broken = "framework x {\n  title \"open\n}\n";
        var path = Write("broken.inspect", broken);
        var result = Run("fmt", path);
        Assert.Equal(1, result.Exit);
        Assert.Contains("error IF0002", result.Out, StringComparison.Ordinal);
        Assert.Equal(broken, File.ReadAllText(path));
    }

    [Fact]
    public void Bundled_frameworks_pass_fmt_check()
    {
        Assert.Equal(0, Run("fmt", "--check", RepositoryPaths.Frameworks).Exit);
    }

    [Fact]
    public void Diff_exit_codes_carry_the_verdict()
    {
        var sample = Write("sample.inspect", DiffSample.Base);
        var migration = Write("migration.inspect", DiffSample.Base.Replace("when victim\n", "when victim or harm\n"));
        var ratings = Write("ratings.inspect", DiffSample.Base.Replace("rounded half_up", "rounded down"));
        var broken = Write("broken.inspect", DiffSample.Base.Replace("when victim\n", "when victm\n"));

        var compatible = Run("diff", Youth("2018"), Youth("2019"));
        Assert.Equal(0, compatible.Exit);
        Assert.Contains("verdict: compatible", compatible.Out, StringComparison.Ordinal);
        Assert.Equal(0, Run("diff", sample, sample).Exit);
        Assert.Equal(4, Run("diff", sample, migration).Exit);
        Assert.Equal(5, Run("diff", sample, ratings).Exit);

        var errors = Run("diff", sample, broken);
        Assert.Equal(1, errors.Exit);
        Assert.Contains("IF0109", errors.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, errors.Out);

        Assert.Equal(2, Run("diff", sample, sample, "--format", "yaml").Exit);
        Assert.Equal(2, Run("diff", sample).Exit);
    }

    [Fact]
    public void Diff_only_takes_a_repeated_option_or_a_comma_list_and_refuses_other_words()
    {
        var repeated = Run("diff", Youth("2018"), Youth("2019"), "--only", "wording", "--only", "provenance");
        var list = Run("diff", Youth("2018"), Youth("2019"), "--only", "wording,provenance");
        Assert.Equal(0, repeated.Exit);
        Assert.Equal(repeated.Out, list.Out);
        Assert.Contains("showing 213 of 213 change(s): wording, provenance only", list.Out, StringComparison.Ordinal);
        Assert.Contains("showing 120 of 213 change(s): provenance only", Run("diff", Youth("2018"), Youth("2019"), "--only", "provenance").Out, StringComparison.Ordinal);

        var bad = Run("diff", Youth("2018"), Youth("2019"), "--only", "wording,typos");
        Assert.Equal(2, bad.Exit);
        Assert.Equal(string.Empty, bad.Out);
        Assert.Equal("inspect: --only takes wording, rules, applicability or provenance (or a comma list of them), not 'typos'.\n", bad.Error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Diff_json_is_valid_json_with_the_verdict()
    {
        var sample = Write("sample.inspect", DiffSample.Base);
        var ratings = Write("ratings.inspect", DiffSample.Base.Replace("rounded half_up", "rounded down"));
        var result = Run("diff", sample, ratings, "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("ratingsAffecting", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("ratingsAffecting").GetInt32());
    }

    [Fact]
    public void Docs_writes_html_or_markdown()
    {
        var output = Path.Combine(_directory, "youth.html");
        var html = Run("docs", Youth("2019"), "--out", output);
        Assert.Equal(0, html.Exit);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(output), StringComparison.Ordinal);

        var markdown = Run("docs", Youth("2019"), "--format", "markdown");
        Assert.Equal(0, markdown.Exit);
        Assert.StartsWith("<!-- Generated by inspect docs from framework hmip_youth_2019", markdown.Out, StringComparison.Ordinal);

        var broken = Write("broken.inspect", DiffSample.Base.Replace("when victim\n", "when victm\n"));
        Assert.Equal(1, Run("docs", broken).Exit);
    }

    [Fact]
    public void Docs_for_the_public_takes_a_checked_branding_file()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        File.WriteAllBytes(Path.Combine(_directory, "logo.png"), png);
        var branding = Write("branding.json", "{\n  \"organisation\": \"HM Inspectorate of Probation\",\n  \"logo\": \"logo.png\",\n  \"accentColour\": \"#0B6E4F\"\n}\n");
        var output = Path.Combine(_directory, "public.html");
        var result = Run("docs", Youth("2019"), "--audience", "public", "--branding", branding, "--out", output);
        Assert.Equal(0, result.Exit);
        var html = File.ReadAllText(output);
        Assert.Contains("<img class=\"logo\" src=\"data:image/png;base64," + Convert.ToBase64String(png) + "\"", html, StringComparison.Ordinal);
        Assert.Contains(":root { --accent: #0b6e4f; }", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"org\">HM Inspectorate of Probation</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_reports_each_branding_problem_at_its_place_and_writes_nothing()
    {
        File.WriteAllText(Path.Combine(_directory, "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        var branding = Write("branding.json", "{\n  \"logo\": \"logo.svg\",\n  \"accentColour\": \"blue\",\n  \"font\": \"Arial\"\n}\n");
        var output = Path.Combine(_directory, "public.html");
        var result = Run("docs", Youth("2019"), "--audience", "public", "--branding", branding, "--out", output);
        Assert.Equal(1, result.Exit);
        Assert.False(File.Exists(output));
        var lines = result.Error.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{branding}(2,11): error IF0802: The logo 'logo.svg' cannot be used: it is not a PNG or JPEG image", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{branding}(3,19): error IF0801: 'accentColour' must be a colour written as # and six hexadecimal digits, such as \"#1f5fa8\", not \"blue\".", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{branding}(4,3): error IF0801: 'font' is not a branding setting.", lines[2], StringComparison.Ordinal);
        Assert.Equal($"inspect: {branding} has errors; nothing was written.", lines[3]);

        var broken = Write("broken.json", "{ \"organisation\": \"x\",, }");
        var syntax = Run("docs", Youth("2019"), "--audience", "public", "--branding", broken);
        Assert.Equal(1, syntax.Exit);
        Assert.Contains($"{broken}(1,", syntax.Error, StringComparison.Ordinal);
        Assert.Contains("error IF0801: The branding file is not valid JSON", syntax.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, syntax.Out);

        Assert.Equal(2, Run("docs", Youth("2019"), "--branding", branding).Exit);
        Assert.Equal(2, Run("docs", Youth("2019"), "--audience", "public", "--format", "markdown").Exit);
    }
}
