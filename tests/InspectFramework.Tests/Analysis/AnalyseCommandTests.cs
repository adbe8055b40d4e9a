using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using InspectFramework.Cli;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Analysis;

/// <summary>
/// <c>inspect analyse</c>, run in-process as a user runs it. The two samples were recorded under
/// different versions of the youth framework; the national view over both analyses them under the
/// revised (2019) framework with <c>--recorded-under</c> the 2018 one, which is accepted because that
/// revision changed wording only (inspect diff: compatible), so Sefton's answers score the same.
/// Each run works in a temporary folder holding the files, so paths in the output are relative.
/// </summary>
public sealed class AnalyseCommandTests : IDisposable
{
    private static readonly string Youth2019 = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");
    private static readonly string Youth2018 = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2018.inspect");
    private readonly string _directory = Directory.CreateTempSubdirectory("inspect-analyse-").FullName;

    public AnalyseCommandTests()
    {
        var samples = Path.Combine(RepositoryPaths.Root, "samples");
        foreach (var file in new[] { "luton-2020.json", "sefton-2019.json", "sefton-2019-cases.csv" })
        {
            File.Copy(Path.Combine(samples, file), Path.Combine(_directory, file));
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("text", "txt")]
    [InlineData("markdown", "md")]
    [InlineData("csv", "csv")]
    [InlineData("json", "json")]
    [InlineData("html", "html")]
    public void The_national_view_by_looked_after_status_in_each_format(string format, string extension)
    {
        var (exit, stdout, stderr) = Run("analyse", Youth2019, "luton-2020.json", "sefton-2019.json", "--recorded-under", Youth2018, "--by", "looked_after", "--format", format);

        Assert.Equal(0, exit);
        Assert.Equal($"inspect: data recorded under hmip_youth_2018 2018.1 ({Stamp(Youth2018)}) is analysed under hmip_youth_2019 2019.1 ({Stamp(Youth2019)}): the difference is compatible (213 change(s), none affecting answers or ratings).\n", stderr);
        Snapshot.Verify(stdout, "national.looked_after", extension);
    }

    [Fact]
    public void The_text_table_has_the_published_layout_figures()
    {
        var (_, stdout, _) = Run("analyse", Youth2019, "luton-2020.json", "sefton-2019.json", "--recorded-under", Youth2018, "--by", "looked_after");

        // Luton 2.1.1: 20 of 21 (95%); Sefton 2.1.1: 16 of 24 (67%); pooled 36 of 45 = 80%.
        var line = stdout.Split('\n').Single(l => l.StartsWith("2.1.1", StringComparison.Ordinal) && l.Contains("to 95%", StringComparison.Ordinal));
        Assert.Contains("95%", line);
        Assert.Contains("67%", line);
        Assert.Contains("80% (45)", line);
        Assert.Contains("67% to 95%", line);
        Assert.Contains("2 inspections: 75 cases read = 75 analysed + 0 rejected", stdout);
    }

    [Fact]
    public void The_json_document_carries_every_figure_in_full_precision()
    {
        var (_, stdout, _) = Run("analyse", Youth2019, "luton-2020.json", "sefton-2019.json", "--recorded-under", Youth2018, "--by", "looked_after", "--format", "json");

        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal("analysed", root.GetProperty("status").GetString());
        var row = root.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("number").GetString() == "2.1.1");
        Assert.Equal(36, row.GetProperty("all").GetProperty("yes").GetInt32());
        Assert.Equal(45, row.GetProperty("all").GetProperty("n").GetInt32());
        var groups = row.GetProperty("subgroups").EnumerateArray().ToList();
        Assert.Equal(row.GetProperty("all").GetProperty("n").GetInt32(), groups.Sum(g => g.GetProperty("n").GetInt32()) + row.GetProperty("not_recorded").GetProperty("n").GetInt32());
        Assert.InRange(row.GetProperty("test").GetProperty("p").GetDouble(), 0, 1);
    }

    [Fact]
    public void Cases_that_do_not_record_the_fact_are_shown_as_not_recorded()
    {
        // Two Luton cases lose their looked-after fact (a fact for analysis only: no rule needs it).
        var text = File.ReadAllText(Path.Combine(_directory, "luton-2020.json"));
        var first = text.IndexOf("\"looked_after\": ", StringComparison.Ordinal);
        var second = text.IndexOf("\"looked_after\": ", first + 1, StringComparison.Ordinal);
        text = RemoveFact(RemoveFact(text, second), first);
        File.WriteAllText(Path.Combine(_directory, "luton-unrecorded.json"), text);

        var (exit, stdout, _) = Run("analyse", Youth2019, "luton-unrecorded.json", "--by", "looked_after");

        Assert.Equal(0, exit);
        Assert.Contains("; not recorded 2 (in All cases, left out of the tests)", stdout);
        Assert.Contains("Not recorded", stdout.Split('\n').First(l => l.StartsWith("Key question", StringComparison.Ordinal)));
    }

    [Fact]
    public void Data_recorded_under_another_framework_version_is_refused_with_every_file_accounted_for()
    {
        var (exit, stdout, _) = Run("analyse", Youth2019, "luton-2020.json", "sefton-2019.json", "--by", "gender");

        Assert.Equal(1, exit);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.StartsWith("sefton-2019.json(3,3): error IV0201: The data was recorded under hmip_youth_2018 version 2018.1", lines[0]);
        Assert.Equal(
            new[]
            {
                "luton-2020.json: 0 problem(s); 36 cases read = 36 without problems + 0 rejected.",
                "sefton-2019.json: 1 problem(s); 0 cases read = 0 without problems + 0 rejected.",
                "Nothing was analysed: correct the data and run again.",
            },
            lines.Skip(1));
    }

    [Fact]
    public void Data_recorded_under_an_earlier_version_whose_bands_differ_is_refused()
    {
        var changed = File.ReadAllText(Youth2018).Replace("good                 65% to  79%", "good                 60% to  79%", StringComparison.Ordinal)
            .Replace("requires_improvement 50% to  64%", "requires_improvement 50% to  59%", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_directory, "earlier.inspect"), changed);

        var (exit, stdout, _) = Run("analyse", Youth2019, "luton-2020.json", "sefton-2019.json", "--recorded-under", "earlier.inspect", "--by", "gender");

        Assert.Equal(1, exit);
        Assert.StartsWith("earlier.inspect: data recorded under hmip_youth_2018 2018.1 (", stdout);
        Assert.Contains("cannot be analysed under hmip_youth_2019 2019.1", stdout);
        Assert.Contains("affect ratings", stdout);
    }

    [Fact]
    public void Each_sample_can_be_analysed_against_its_own_framework()
    {
        Assert.Equal(0, Run("analyse", Youth2019, "luton-2020.json", "--by", "gender").Exit);
        var (exit, stdout, _) = Run("analyse", Youth2018, "sefton-2019.json", "--by", "previous_sanctions", "--bins", "0,1,2-5,6+");
        Assert.Equal(0, exit);
        Assert.Contains("Subgroups    39 analysed: 0 ", stdout);
    }

    [Fact]
    public void A_refused_json_analysis_is_still_a_document_with_the_problems()
    {
        var (exit, stdout, stderr) = Run("analyse", Youth2019, "luton-2020.json", "sefton-2019.json", "--by", "gender", "--format", "json");

        Assert.Equal(1, exit);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal("refused", document.RootElement.GetProperty("status").GetString());
        Assert.Equal("IV0201", document.RootElement.GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.Empty(document.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Contains("Nothing was analysed", stderr);
    }

    [Fact]
    public void The_report_goes_to_the_out_file_and_a_summary_to_standard_output()
    {
        var (exit, stdout, _) = Run("analyse", Youth2019, "luton-2020.json", "--by", "gender", "--format", "csv", "--out", "gender.csv");

        Assert.Equal(0, exit);
        Assert.Equal("gender.csv: 1 inspection by gender; 36 cases read = 36 analysed + 0 rejected.\n", stdout);
        Assert.StartsWith("table,kind,number,text,group,", File.ReadAllText(Path.Combine(_directory, "gender.csv")));
    }

    [Theory]
    [InlineData("--by", "gendr", "inspect: --by gendr: the framework has no fact called 'gendr'. Did you mean 'gender'?")]
    [InlineData("--by", "gender", "--bins", "1,2")]
    public void A_wrong_fact_or_bands_is_bad_usage(params string[] options)
    {
        var expected = options.Length == 3 ? options[2] : "inspect: --by gender: --bins bands an integer fact";
        var (exit, stdout, stderr) = Run(new[] { "analyse", Youth2019, "luton-2020.json" }.Concat(options.Take(options.Length == 3 ? 2 : 4)).ToArray());

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith(expected, stderr);
    }

    [Fact]
    public void Bad_usage_nothing_is_read()
    {
        Assert.Equal(2, Run("analyse", Youth2019, "luton-2020.json").Exit);
        Assert.Equal(2, Run("analyse", Youth2019, "--by", "gender").Exit);
        Assert.Equal(2, Run("analyse", Youth2019, "missing.json", "--by", "gender").Exit);
        var (exit, _, stderr) = Run("analyse", Youth2019, "luton-2020.json", "./luton-2020.json", "--by", "gender");
        Assert.Equal(2, exit);
        Assert.Equal("inspect: luton-2020.json is named more than once; name each inspection once.\n", stderr);
    }

    // Removes the line holding the fact; in the sample it is never the last fact, so the JSON stays valid.
    private static string RemoveFact(string text, int at)
    {
        var start = text.LastIndexOf('\n', at);
        return text.Remove(start, text.IndexOf('\n', at) - start);
    }

    private static string Stamp(string framework)
    {
        var compilation = FrameworkSource.Compile(framework);
        return compilation.Model!.ContentHash;
    }

    private (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = InspectApp.Run(args, stdout, stderr, _directory);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
