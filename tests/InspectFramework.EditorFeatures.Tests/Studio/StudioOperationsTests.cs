using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Cli;
using InspectFramework.EditorFeatures.Studio;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests.Studio;

/// <summary>
/// The studio's preview, "try it" and "changes" give what <c>inspect docs</c>, <c>inspect score
/// --format html</c> and <c>inspect diff</c> give for the same files, byte for byte: the CLI is run
/// in-process on the repository's files, and the studio operation on their text.
/// </summary>
public sealed class StudioOperationsTests
{
    private static readonly string Root = Path.GetDirectoryName(BundledFrameworks.Folder)!;

    private static readonly string Youth2019 = File.ReadAllText(Path.Combine(Root, "frameworks", "hmip-youth-2019.inspect"));

    private static readonly string Youth2018 = File.ReadAllText(Path.Combine(Root, "frameworks", "hmip-youth-2018.inspect"));

    private static (int Exit, string Stdout, string Stderr) Cli(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = InspectApp.Run(args, stdout, stderr, Root);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_preview_is_inspect_docs_html()
    {
        var cli = Cli("docs", "frameworks/hmip-youth-2019.inspect");

        var preview = StandardsPreview.Render("frameworks/hmip-youth-2019.inspect", Youth2019);

        Assert.Equal(0, cli.Exit);
        Assert.StartsWith("<!DOCTYPE html>", cli.Stdout, System.StringComparison.OrdinalIgnoreCase);
        Assert.Equal(cli.Stdout, preview.Html);
        Assert.Equal(0, preview.Errors);
    }

    [Fact]
    public void A_text_with_errors_has_no_preview_and_counts_its_errors()
    {
        var misspelt = Youth2019.Replace("when identifiable_victim", "when identifiable_victm", System.StringComparison.Ordinal);

        var preview = StandardsPreview.Render("main.inspect", misspelt);

        Assert.Null(preview.Html);
        Assert.True(preview.Errors >= 1, $"{preview.Errors} errors");
    }

    [Fact]
    public void Try_it_on_Luton_is_inspect_score_html_with_its_summary()
    {
        var cli = Cli("score", "frameworks/hmip-youth-2019.inspect", "samples/luton-2020.json", "--format", "html");
        var data = File.ReadAllBytes(Path.Combine(Root, "samples", "luton-2020.json"));

        var tried = TryIt.Score("frameworks/hmip-youth-2019.inspect", Youth2019, data, "samples/luton-2020.json");

        Assert.Equal(0, cli.Exit);
        Assert.Equal(cli.Stdout, tried.Html);
        Assert.Equal("Requires improvement, 16 of 36 points; 36 cases read = 36 scored + 0 rejected", tried.Summary);
        Assert.Empty(tried.Problems);
    }

    [Fact]
    public void Try_it_on_broken_data_lists_the_problems_inspect_score_prints()
    {
        var broken = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(Root, "samples", "luton-2020.json"))
            .Replace("\"rating\": \"requires_improvement\"", "\"rating\": \"requires_improvment\"", System.StringComparison.Ordinal));
        var file = Path.Combine(Path.GetTempPath(), $"studio-broken-{System.Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, broken);
        try
        {
            var cli = Cli("score", "frameworks/hmip-youth-2019.inspect", file, "--format", "html");

            var tried = TryIt.Score("frameworks/hmip-youth-2019.inspect", Youth2019, broken, file);

            Assert.Equal(1, cli.Exit);
            Assert.Null(tried.Html);
            Assert.NotEmpty(tried.Problems);
            Assert.Equal(cli.Stdout, string.Concat(tried.Problems.Select(p => p + "\n")) + $"{file}: {tried.Summary}\n");
            Assert.EndsWith("Nothing was scored: correct the data and run again.", tried.Summary, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Try_it_with_a_broken_framework_lists_its_errors()
    {
        var misspelt = Youth2019.Replace("when identifiable_victim", "when identifiable_victm", System.StringComparison.Ordinal);

        var tried = TryIt.Score("main.inspect", misspelt, Encoding.UTF8.GetBytes("{}"), "data.json");

        Assert.Null(tried.Html);
        Assert.Contains(tried.Problems, p => p.Contains("error IF0109", System.StringComparison.Ordinal));
        Assert.StartsWith("main.inspect has ", tried.Summary, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Try_it_refuses_a_csv_file_as_inspect_score_does()
    {
        var cli = Cli("score", "frameworks/hmip-youth-2019.inspect", "samples/sefton-2019-cases.csv", "--format", "html");

        var tried = TryIt.Score("frameworks/hmip-youth-2019.inspect", Youth2019, File.ReadAllBytes(Path.Combine(Root, "samples", "sefton-2019-cases.csv")), "samples/sefton-2019-cases.csv");

        Assert.Equal(1, cli.Exit);
        Assert.Null(tried.Html);
        Assert.Equal(cli.Stdout, string.Concat(tried.Problems.Select(p => p + "\n")) + $"samples/sefton-2019-cases.csv: {tried.Summary}\n");
    }

    private static readonly string Reworded = Youth2019.Replace("keeping the child safe?", "keeping the child safe and well?", System.StringComparison.Ordinal);

    private static readonly string Rebanded = Youth2019.Replace("good                 65% to  79%", "good                 66% to  79%", System.StringComparison.Ordinal)
        .Replace("requires_improvement 50% to  64%", "requires_improvement 50% to  65%", System.StringComparison.Ordinal);

    private static readonly EarlierVersion[] Saved = [new("the saved file", "frameworks/hmip-youth-2019.inspect (saved)", Youth2019)];

    [Fact]
    public void Try_it_on_a_reworded_text_scores_data_recorded_under_the_saved_version_as_score_recorded_under_does()
    {
        Assert.NotEqual(Youth2019, Reworded);
        var file = Path.Combine(Path.GetTempPath(), $"studio-reworded-{System.Guid.NewGuid():N}.inspect");
        File.WriteAllText(file, Reworded);
        try
        {
            var cli = Cli("score", file, "samples/luton-2020.json", "--recorded-under", "frameworks/hmip-youth-2019.inspect", "--format", "html");
            var data = File.ReadAllBytes(Path.Combine(Root, "samples", "luton-2020.json"));

            var tried = TryIt.Score(file, Reworded, data, "samples/luton-2020.json", earlier: Saved);

            Assert.Equal(0, cli.Exit);
            Assert.Equal(cli.Stdout, tried.Html);
            Assert.Contains("keeping the child safe and well?", tried.Html, System.StringComparison.Ordinal);
            Assert.Equal("Requires improvement, 16 of 36 points; 36 cases read = 36 scored + 0 rejected", tried.Summary);
            Assert.Empty(tried.Problems);
            Assert.StartsWith("Data recorded under the saved file (hmip_youth_2019 2019.1 (", tried.Basis, System.StringComparison.Ordinal);
            Assert.Matches(@"\), scored with the text as it is now: the edits since are compatible \(\d+ change\(s\), none affecting answers or ratings\)\.$", tried.Basis);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Try_it_on_a_reworded_text_with_no_earlier_version_refuses_the_data_as_inspect_score_does()
    {
        var data = File.ReadAllBytes(Path.Combine(Root, "samples", "luton-2020.json"));

        var tried = TryIt.Score("main.inspect", Reworded, data, "samples/luton-2020.json", earlier: [new("another text", "other.inspect", Reworded)]);

        Assert.Null(tried.Html);
        Assert.Null(tried.Basis);
        Assert.Contains("error IV0201", Assert.Single(tried.Problems), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Try_it_on_a_changed_band_edge_scores_nothing_and_says_the_change_affects_ratings()
    {
        var data = File.ReadAllBytes(Path.Combine(Root, "samples", "luton-2020.json"));

        var tried = TryIt.Score("main.inspect", Rebanded, data, "samples/luton-2020.json", earlier: Saved);

        Assert.Null(tried.Html);
        Assert.Contains("error IV0201", Assert.Single(tried.Problems), System.StringComparison.Ordinal);
        Assert.StartsWith("Not scored with the text as it is now: the data was recorded under the saved file (hmip_youth_2019 2019.1 (", tried.Summary, System.StringComparison.Ordinal);
        Assert.Contains("the text now differs from it in 2 change(s) that affect ratings and 0 that need migration", tried.Summary, System.StringComparison.Ordinal);
        Assert.Equal("Data recorded under the saved file: the edits are ratings-affecting.", tried.Basis);
    }

    [Fact]
    public void Changes_are_inspect_diff_text_with_its_verdict()
    {
        var cli = Cli("diff", "frameworks/hmip-youth-2018.inspect", "frameworks/hmip-youth-2019.inspect");

        var changes = Changes.Compare("frameworks/hmip-youth-2018.inspect", Youth2018, "frameworks/hmip-youth-2019.inspect", Youth2019);

        Assert.Equal(0, cli.Exit);
        Assert.Equal(cli.Stdout, changes.Text);
        Assert.Equal("compatible", changes.Verdict);
    }

    [Fact]
    public void A_changed_band_is_ratings_affecting_as_inspect_diff_says()
    {
        var rebanded = Youth2019.Replace("good                 65% to  79%", "good                 66% to  79%", System.StringComparison.Ordinal)
            .Replace("requires_improvement 50% to  64%", "requires_improvement 50% to  65%", System.StringComparison.Ordinal);
        Assert.NotEqual(Youth2019, rebanded);
        var file = Path.Combine(Path.GetTempPath(), $"studio-rebanded-{System.Guid.NewGuid():N}.inspect");
        File.WriteAllText(file, rebanded);
        try
        {
            var cli = Cli("diff", "frameworks/hmip-youth-2019.inspect", file);

            var changes = Changes.Compare("frameworks/hmip-youth-2019.inspect", Youth2019, file, rebanded);

            Assert.Equal(5, cli.Exit);
            Assert.Equal(cli.Stdout, changes.Text);
            Assert.Equal("ratings-affecting", changes.Verdict);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Changes_of_a_text_against_itself_are_identical()
    {
        var changes = Changes.Compare("saved", Youth2019, "frameworks/hmip-youth-2019.inspect", Youth2019);

        Assert.Equal("identical", changes.Verdict);
    }

    [Fact]
    public void Changes_with_errors_say_which_version_has_them_and_give_no_verdict()
    {
        var at = Youth2019.IndexOf("when identifiable_victim", System.StringComparison.Ordinal);
        var misspelt = Youth2019[..at] + "when identifiable_victm" + Youth2019[(at + "when identifiable_victim".Length)..];

        var changes = Changes.Compare("saved", Youth2019, "main.inspect", misspelt);

        Assert.Equal(string.Empty, changes.Verdict);
        Assert.StartsWith("main.inspect has 1 error(s); fix them before comparing.\nmain.inspect(", changes.Text, System.StringComparison.Ordinal);
    }
}
