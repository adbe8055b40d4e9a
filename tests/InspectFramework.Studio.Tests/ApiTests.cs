using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using InspectFramework.Cli;
using InspectFramework.Studio.Tests.Infrastructure;

namespace InspectFramework.Studio.Tests;

/// <summary>The page's API over real HTTP: listing, opening, saving, preview, try it and changes.</summary>
public sealed class ApiTests
{
    private const string Misspelt = "when identifiable_victm";

    private static string MisspeltYouth()
    {
        var at = StudioFixture.YouthText.IndexOf("when identifiable_victim", StringComparison.Ordinal);
        return StudioFixture.YouthText[..at] + Misspelt + StudioFixture.YouthText[(at + "when identifiable_victim".Length)..];
    }

    [Fact]
    public async Task The_listing_has_the_frameworks_and_the_inspection_data_and_nothing_hidden_linked_or_else()
    {
        await using var studio = await StudioFixture.StartAsync(folder => File.WriteAllText(Path.Combine(folder, "data", "b.inspect"), "// b\n"));
        using var client = studio.Page();

        var listing = await StudioFixture.ReadJson(await client.GetAsync("/api/files"));

        Assert.Equal(["data/b.inspect", "youth.inspect"], listing.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        Assert.Equal([StudioFixture.CaseData], listing.GetProperty("caseFiles").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        Assert.False(listing.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Opening_a_framework_gives_its_text_and_the_hash_of_its_bytes()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();

        var opened = await StudioFixture.ReadJson(await client.GetAsync($"/api/file?path={StudioFixture.Framework}"));

        Assert.Equal(StudioFixture.Framework, opened.GetProperty("path").GetString());
        Assert.Equal(StudioFixture.YouthText, opened.GetProperty("text").GetString());
        Assert.Equal(StudioFixture.Sha256(File.ReadAllBytes(Path.Combine(studio.Folder, StudioFixture.Framework))), opened.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Saving_writes_the_file_atomically_and_answers_its_new_hash()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();
        var opened = await StudioFixture.ReadJson(await client.GetAsync($"/api/file?path={StudioFixture.Framework}"));
        var edited = StudioFixture.YouthText + "// edited in the studio\n";

        using var response = await client.PutAsync($"/api/file?path={StudioFixture.Framework}", StudioFixture.Json(new { text = edited, baseHash = opened.GetProperty("hash").GetString(), format = false }));
        var saved = await StudioFixture.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(edited, studio.Read(StudioFixture.Framework));
        Assert.Equal(StudioFixture.Sha256(File.ReadAllBytes(Path.Combine(studio.Folder, StudioFixture.Framework))), saved.GetProperty("hash").GetString());
        Assert.Equal(edited, saved.GetProperty("text").GetString());
        Assert.Equal([".hidden", "data", "linked"], Directory.GetDirectories(studio.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(studio.Folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_file_changed_on_disk_since_it_was_opened_is_not_overwritten()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();
        var opened = await StudioFixture.ReadJson(await client.GetAsync($"/api/file?path={StudioFixture.Framework}"));
        var onDisk = StudioFixture.YouthText + "// changed by someone else\n";
        File.WriteAllText(Path.Combine(studio.Folder, StudioFixture.Framework), onDisk);

        using var response = await client.PutAsync($"/api/file?path={StudioFixture.Framework}", StudioFixture.Json(new { text = "// mine\n", baseHash = opened.GetProperty("hash").GetString(), format = false }));
        var conflict = await StudioFixture.ReadJson(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(onDisk, conflict.GetProperty("diskText").GetString());
        Assert.Equal(StudioFixture.Sha256(Encoding.UTF8.GetBytes(onDisk)), conflict.GetProperty("diskHash").GetString());
        Assert.Equal(onDisk, studio.Read(StudioFixture.Framework));
    }

    [Fact]
    public async Task Format_on_save_writes_what_inspect_fmt_writes()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();
        var opened = await StudioFixture.ReadJson(await client.GetAsync($"/api/file?path={StudioFixture.Framework}"));
        var messy = StudioFixture.YouthText.Replace("\n  ", "\n      ", StringComparison.Ordinal);
        Assert.NotEqual(StudioFixture.YouthText, messy);

        using var response = await client.PutAsync($"/api/file?path={StudioFixture.Framework}", StudioFixture.Json(new { text = messy, baseHash = opened.GetProperty("hash").GetString(), format = true }));
        var saved = await StudioFixture.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stdout = new StringWriter();
        Assert.Equal(InspectApp.Success, InspectApp.Run(["fmt", "--check", StudioFixture.Framework], stdout, new StringWriter(), studio.Folder));
        Assert.Equal(studio.Read(StudioFixture.Framework), saved.GetProperty("text").GetString());
        Assert.NotEqual(messy, saved.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Format_on_save_refuses_a_text_with_syntax_errors_and_writes_nothing()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();
        var opened = await StudioFixture.ReadJson(await client.GetAsync($"/api/file?path={StudioFixture.Framework}"));

        using var response = await client.PutAsync($"/api/file?path={StudioFixture.Framework}", StudioFixture.Json(new { text = StudioFixture.YouthText + "domain {{{\n", baseHash = opened.GetProperty("hash").GetString(), format = true }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Not saved: formatting needs a text without syntax errors", (await StudioFixture.ReadJson(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(StudioFixture.YouthText, studio.Read(StudioFixture.Framework));
    }

    [Fact]
    public async Task The_preview_is_the_standards_document_or_null_with_the_error_count()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();

        var good = await StudioFixture.ReadJson(await client.PostAsync("/api/preview", StudioFixture.Json(new { path = StudioFixture.Framework, text = StudioFixture.YouthText })));
        var broken = await StudioFixture.ReadJson(await client.PostAsync("/api/preview", StudioFixture.Json(new { path = StudioFixture.Framework, text = MisspeltYouth() })));

        var docs = new StringWriter();
        InspectApp.Run(["docs", StudioFixture.Framework], docs, new StringWriter(), studio.Folder);
        Assert.Equal(docs.ToString(), good.GetProperty("html").GetString());
        Assert.Equal(0, good.GetProperty("errors").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, broken.GetProperty("html").ValueKind);
        Assert.Equal(1, broken.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Try_it_on_the_Luton_data_of_the_folder_or_dropped_in_rates_it_Requires_improvement_16_of_36()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();
        var bytes = File.ReadAllBytes(Path.Combine(studio.Folder, StudioFixture.CaseData));

        var fromFolder = await StudioFixture.ReadJson(await client.PostAsync("/api/try", StudioFixture.Json(new { path = StudioFixture.Framework, text = StudioFixture.YouthText, caseFile = StudioFixture.CaseData })));
        var dropped = await StudioFixture.ReadJson(await client.PostAsync("/api/try", StudioFixture.Json(new { path = StudioFixture.Framework, text = StudioFixture.YouthText, caseName = "luton-2020.json", caseDataBase64 = Convert.ToBase64String(bytes) })));

        var score = new StringWriter();
        InspectApp.Run(["score", StudioFixture.Framework, StudioFixture.CaseData, "--format", "html"], score, new StringWriter(), studio.Folder);
        Assert.Equal("Requires improvement, 16 of 36 points; 36 cases read = 36 scored + 0 rejected", fromFolder.GetProperty("summary").GetString());
        Assert.Equal(score.ToString(), fromFolder.GetProperty("html").GetString());
        Assert.Empty(fromFolder.GetProperty("problems").EnumerateArray());
        Assert.Equal(fromFolder.GetProperty("summary").GetString(), dropped.GetProperty("summary").GetString());
        Assert.Contains("Requires improvement", dropped.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Try_it_on_a_reworded_text_scores_the_data_recorded_under_the_saved_file()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();
        var reworded = StudioFixture.YouthText.Replace("keeping the child safe?\"", "keeping the child safe and well?\"", StringComparison.Ordinal);
        Assert.NotEqual(StudioFixture.YouthText, reworded);

        var tried = await StudioFixture.ReadJson(await client.PostAsync("/api/try", StudioFixture.Json(new { path = StudioFixture.Framework, text = reworded, caseFile = StudioFixture.CaseData })));

        Assert.Equal("Requires improvement, 16 of 36 points; 36 cases read = 36 scored + 0 rejected", tried.GetProperty("summary").GetString());
        Assert.Contains("keeping the child safe and well?", tried.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Data recorded under the saved file (hmip_youth_2019 2019.1 (sha256:", tried.GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Empty(tried.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task Try_it_with_the_framework_misspelt_lists_its_error_and_scores_nothing()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();

        var tried = await StudioFixture.ReadJson(await client.PostAsync("/api/try", StudioFixture.Json(new { path = StudioFixture.Framework, text = MisspeltYouth(), caseFile = StudioFixture.CaseData })));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, tried.GetProperty("html").ValueKind);
        Assert.Contains("error IF0109", Assert.Single(tried.GetProperty("problems").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_against_the_saved_file_give_the_diff_and_its_verdict()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();
        var rebanded = StudioFixture.YouthText.Replace("good                 65% to  79%", "good                 66% to  79%", StringComparison.Ordinal)
            .Replace("requires_improvement 50% to  64%", "requires_improvement 50% to  65%", StringComparison.Ordinal);

        var same = await StudioFixture.ReadJson(await client.PostAsync("/api/changes", StudioFixture.Json(new { path = StudioFixture.Framework, text = StudioFixture.YouthText, against = "saved" })));
        var changed = await StudioFixture.ReadJson(await client.PostAsync("/api/changes", StudioFixture.Json(new { path = StudioFixture.Framework, text = rebanded, against = "saved" })));

        Assert.Equal("identical", same.GetProperty("verdict").GetString());
        Assert.True(changed.GetProperty("available").GetBoolean());
        Assert.Equal("ratings-affecting", changed.GetProperty("verdict").GetString());
        Assert.Contains("ratings-affecting", changed.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_against_HEAD_are_unavailable_outside_a_repository_and_read_from_git_inside_one()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();
        var edited = StudioFixture.YouthText.Replace("good                 65% to  79%", "good                 66% to  79%", StringComparison.Ordinal)
            .Replace("requires_improvement 50% to  64%", "requires_improvement 50% to  65%", StringComparison.Ordinal);
        var request = StudioFixture.Json(new { path = StudioFixture.Framework, text = edited, against = "head" });

        var outside = await StudioFixture.ReadJson(await client.PostAsync("/api/changes", request));
        Assert.False(outside.GetProperty("available").GetBoolean());

        Git(studio.Folder, "init", "-q");
        Git(studio.Folder, "add", StudioFixture.Framework);
        Git(studio.Folder, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "youth");
        File.WriteAllText(Path.Combine(studio.Folder, StudioFixture.Framework), edited);

        var inside = await StudioFixture.ReadJson(await client.PostAsync("/api/changes", StudioFixture.Json(new { path = StudioFixture.Framework, text = edited, against = "head" })));
        var saved = await StudioFixture.ReadJson(await client.PostAsync("/api/changes", StudioFixture.Json(new { path = StudioFixture.Framework, text = edited, against = "saved" })));

        Assert.True(inside.GetProperty("available").GetBoolean());
        Assert.Equal("ratings-affecting", inside.GetProperty("verdict").GetString());
        Assert.Equal("identical", saved.GetProperty("verdict").GetString());
    }

    private static void Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {git.StandardError.ReadToEnd()}");
    }
}
