using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using InspectFramework.Cli;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Scoring;

/// <summary><c>inspect score</c> and <c>inspect schema</c>, run in-process as a user runs them.</summary>
public sealed class ScoreCommandTests
{
    private static readonly string Luton2019 = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");
    private static readonly string Sefton2018 = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2018.inspect");
    private static readonly string LutonSample = Path.Combine(RepositoryPaths.Root, "samples", "luton-2020.json");
    private static readonly string SeftonSample = Path.Combine(RepositoryPaths.Root, "samples", "sefton-2019.json");

    [Fact]
    public void The_text_report_shows_the_ratings_table()
    {
        var (exit, stdout, stderr) = Run("score", Luton2019, LutonSample);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("OVERALL RATING: Requires improvement (16 of 36 points)", stdout);
        Assert.Contains("36 read = 36 scored + 0 rejected", stdout);
        Snapshot.Verify(stdout, "luton-2020.report", "txt");
    }

    [Fact]
    public void The_markdown_report_has_the_ratings_and_the_annex()
    {
        var (exit, stdout, _) = Run("score", Sefton2018, SeftonSample, "--format", "markdown");

        Assert.Equal(0, exit);
        Snapshot.Verify(stdout, "sefton-2019.report", "md");
    }

    [Fact]
    public void The_json_report_is_stable_and_complete()
    {
        var (exit, stdout, _) = Run("score", Luton2019, LutonSample, "--format", "json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal("scored", root.GetProperty("status").GetString());
        Assert.Equal(16, root.GetProperty("overall").GetProperty("points").GetInt32());
        Snapshot.Verify(stdout, "luton-2020.report", "json");
    }

    [Fact]
    public void The_report_goes_to_the_out_file_and_a_summary_to_standard_output()
    {
        var file = Path.Combine(Path.GetTempPath(), $"inspect-{Guid.NewGuid():N}.md");
        try
        {
            var (exit, stdout, _) = Run("score", Luton2019, LutonSample, "--format", "markdown", "--out", file);

            Assert.Equal(0, exit);
            Assert.Equal($"{file}: Requires improvement, 16 of 36 points; 36 cases read = 36 scored + 0 rejected.\n", stdout.Replace("\r\n", "\n"));
            Assert.StartsWith("# Inspection results: Luton Youth Offending Service", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Problems_are_all_listed_with_case_and_place_and_nothing_is_scored()
    {
        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            // Two cases broken in two ways, and a discretion decision without its rationale.
            var text = File.ReadAllText(LutonSample)
                .Replace("\"id\": \"LUT-C03\"", "\"id\": \"LUT-C02\"")
                .Replace("\"case_type\": \"out_of_court\",\n      \"facts\": {\n        \"disposal\": \"community_resolution\"", "\"case_type\": \"out_of_cort\",\n      \"facts\": {\n        \"disposal\": \"community_resolution\"")
                .Replace("\"rationale\": \"The lowest score (62 per cent) came within", "\"notes\": \"The lowest score (62 per cent) came within");
            var path = Path.Combine(directory, "luton.json");
            var report = Path.Combine(directory, "report.html");
            File.WriteAllText(path, text);

            var (exit, stdout, _) = Run("score", Luton2019, path, "--format", "html", "--out", report);

            Assert.Equal(1, exit);
            Assert.False(File.Exists(report));
            var lines = stdout.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            Assert.Contains(lines, l => l.StartsWith(path + "(", StringComparison.Ordinal) && l.Contains("error IV0102: case LUT-C02:", StringComparison.Ordinal));
            Assert.Equal(15, lines.Count(l => l.Contains("error IV0103:", StringComparison.Ordinal) && l.Contains("There is no case type 'out_of_cort'", StringComparison.Ordinal)));
            Assert.Contains(lines, l => l.Contains("error IV0303: Unexpected property \"notes\"", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("error IV0006: standard 2.1: Professional discretion to rate standard 2.1 'Good' is refused: a rationale is required", StringComparison.Ordinal));
            Assert.Equal($"{path}: 18 problem(s); 36 cases read: 20 cases without problems + 16 cases rejected. Nothing was scored: correct the data and run again.", lines[^1]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_refused_inspection_in_json_lists_its_problems()
    {
        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            var path = Path.Combine(directory, "luton.json");
            File.WriteAllText(path, File.ReadAllText(LutonSample).Replace("\"LUT-O15\"", "\"LUT-O14\""));

            var (exit, stdout, stderr) = Run("score", Luton2019, path, "--format", "json");

            Assert.Equal(1, exit);
            using var document = JsonDocument.Parse(stdout);
            var root = document.RootElement;
            Assert.Equal("refused", root.GetProperty("status").GetString());
            Assert.False(root.TryGetProperty("overall", out _));
            var problem = Assert.Single(root.GetProperty("problems").EnumerateArray());
            Assert.Equal("IV0102", problem.GetProperty("code").GetString());
            Assert.Equal("LUT-O14", problem.GetProperty("case").GetString());
            Assert.True(problem.GetProperty("line").GetInt32() > 1);
            Assert.Equal(36, root.GetProperty("cases").GetProperty("read").GetInt32());
            Assert.Equal(1, root.GetProperty("cases").GetProperty("rejected").GetInt32());
            Assert.Contains("Nothing was scored", stderr);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Data_recorded_under_the_other_framework_version_is_refused()
    {
        var (exit, stdout, _) = Run("score", Sefton2018, LutonSample);

        Assert.Equal(1, exit);
        Assert.Contains("error IV0201: The data was recorded under hmip_youth_2019 version 2019.1", stdout);
        Assert.Contains("is being scored against hmip_youth_2018 version 2018.1", stdout);
    }

    [Fact]
    public void Data_recorded_under_an_earlier_compatible_version_is_scored_under_the_new_one()
    {
        // 2018 -> 2019 changes wording only (inspect diff: compatible), so Sefton's answers give Sefton's ratings.
        var (exit, stdout, stderr) = Run("score", Luton2019, SeftonSample, "--recorded-under", Sefton2018);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("is scored under hmip_youth_2019 2019.1", stderr);
        Assert.Contains("the difference is compatible", stderr);
        Assert.Contains("OVERALL RATING: Requires improvement (12 of 36 points)", stdout);
    }

    [Fact]
    public void Data_recorded_under_an_earlier_version_whose_bands_differ_is_refused()
    {
        var earlier = Path.Combine(Path.GetTempPath(), $"inspect-{Guid.NewGuid():N}.inspect");
        var original = File.ReadAllText(Sefton2018);
        var changed = original
            .Replace("requires_improvement 50% to  64%", "requires_improvement 50% to  59%", StringComparison.Ordinal)
            .Replace("good                 65% to  79%", "good                 60% to  79%", StringComparison.Ordinal);
        Assert.NotEqual(original, changed);
        File.WriteAllText(earlier, changed);
        try
        {
            var (exit, stdout, _) = Run("score", Luton2019, SeftonSample, "--recorded-under", earlier);

            Assert.Equal(1, exit);
            Assert.Contains("cannot be scored under hmip_youth_2019 2019.1", stdout);
            Assert.Contains("affect ratings", stdout);
            Assert.DoesNotContain("OVERALL RATING", stdout);
        }
        finally
        {
            File.Delete(earlier);
        }
    }

    [Fact]
    public void A_framework_with_errors_is_not_used()
    {
        var framework = Path.Combine(Path.GetTempPath(), $"inspect-{Guid.NewGuid():N}.inspect");
        File.WriteAllText(framework, "framework broken {");
        try
        {
            var (exit, stdout, _) = Run("score", framework, LutonSample);

            Assert.Equal(1, exit);
            Assert.Contains("error IF0010", stdout);
            Assert.Contains("the framework has errors", stdout);
        }
        finally
        {
            File.Delete(framework);
        }
    }

    [Fact]
    public void Progress_is_written_to_standard_error_only_when_asked()
    {
        var quiet = Run("score", Luton2019, LutonSample);
        Assert.Equal(string.Empty, quiet.Stderr);

        // The sample is small: asking for progress must still leave the report untouched.
        var asked = Run("score", Luton2019, LutonSample, "--progress");
        Assert.Equal(quiet.Stdout, asked.Stdout);
    }

    [Fact]
    public void The_schema_names_every_fact_value_and_item_path_and_the_framework_stamp()
    {
        var (exit, stdout, _) = Run("schema", Luton2019);

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        var definitions = root.GetProperty("$defs");
        var facts = definitions.GetProperty("facts").GetProperty("properties");
        // The four classifications share one value set: one definition, which each refers to.
        Assert.Equal("#/$defs/values.classification", facts.GetProperty("risk_of_serious_harm_inspector").GetProperty("oneOf")[0].GetProperty("$ref").GetString());
        Assert.Equal(
            new[] { "low", "medium", "high", "very_high" },
            definitions.GetProperty("values.classification").GetProperty("oneOf").EnumerateArray().Select(o => o.GetProperty("const").GetString()));
        Assert.Equal(
            new[] { "community_resolution", "youth_caution", "youth_conditional_caution", "referral_order", "youth_rehabilitation_order", "custody" },
            facts.GetProperty("disposal").GetProperty("oneOf").EnumerateArray().Where(o => o.TryGetProperty("const", out _)).Select(o => o.GetProperty("const").GetString()));
        Assert.False(facts.TryGetProperty("harm_factors", out _)); // derived: never recorded
        var answers = definitions.GetProperty("answers").GetProperty("properties");
        Assert.Equal(133, answers.EnumerateObject().Count()); // 37 key questions and 96 prompts
        Assert.Equal("#/$defs/yes_no_na", answers.GetProperty("court_disposals.implementation_and_delivery.desistance").GetProperty("$ref").GetString());
        Assert.Equal("#/$defs/yes_no", answers.GetProperty("court_disposals.assessment.desistance").GetProperty("$ref").GetString());
        var stamp = root.GetProperty("properties").GetProperty("inspection").GetProperty("properties").GetProperty("framework").GetProperty("properties");
        Assert.Equal("hmip_youth_2019", stamp.GetProperty("name").GetProperty("const").GetString());
        Assert.StartsWith("sha256:", stamp.GetProperty("content_hash").GetProperty("const").GetString());
    }

    [Fact]
    public void The_schema_of_a_small_framework()
    {
        var framework = Path.Combine(Path.GetTempPath(), $"inspect-{Guid.NewGuid():N}.inspect");
        File.WriteAllText(framework, TinyInspection.Framework.Replace("ROUNDING", "half_up"));
        try
        {
            var (exit, stdout, _) = Run("schema", framework);

            Assert.Equal(0, exit);
            Snapshot.Verify(stdout, "tiny.schema", "json");
        }
        finally
        {
            File.Delete(framework);
        }
    }

    internal static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = InspectApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
