using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace InspectFramework.LanguageServer.Tests.Diagnostics;

public sealed class PublishedDiagnosticsTests
{
    private const string Uri = "file:///work/misspelt.inspect";

    /// <summary>Every framework and sample in the repository, as `inspect check` sees them.</summary>
    public static IEnumerable<object[]> RepositoryFrameworks() =>
        new[] { "frameworks", "tests", "samples" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.inspect", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetRelativePath(RepositoryPaths.Root, path) });

    [Fact]
    public void The_repository_has_frameworks_with_and_without_errors_fixes_and_related_places()
    {
        var files = RepositoryFrameworks().Select(f => (string)f[0]).ToList();

        Assert.Contains(files, f => InspectCheck.Fixes(Path.Combine(RepositoryPaths.Root, f)).Count > 0);
        Assert.Contains(files, f => InspectCheck.Diagnostics(Path.Combine(RepositoryPaths.Root, f)).Any(d => d.Contains(" | related: ", StringComparison.Ordinal)));
        Assert.True(files.Count >= 60, $"only {files.Count} frameworks found");
        Assert.Contains(files, f => InspectCheck.Diagnostics(Path.Combine(RepositoryPaths.Root, f)).Count == 0);
        Assert.Contains(files, f => InspectCheck.Diagnostics(Path.Combine(RepositoryPaths.Root, f)).Count > 3);
    }

    [Theory]
    [MemberData(nameof(RepositoryFrameworks))]
    public async Task The_server_reports_what_inspect_check_reports(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, file);
        await using var client = new TestClient();
        await client.InitializeAsync();
        var uri = new System.Uri(path).AbsoluteUri;

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "inspect", version = 3, text = File.ReadAllText(path) } });
        var published = await client.NotificationAsync("textDocument/publishDiagnostics");

        Assert.Equal(uri, published.GetProperty("params").GetProperty("uri").GetString());
        Assert.Equal(3, published.GetProperty("params").GetProperty("version").GetInt32());
        Assert.Equal(InspectCheck.Diagnostics(path), InspectCheck.Published(published));

        var everywhere = new { start = new { line = 0, character = 0 }, end = new { line = int.MaxValue, character = 0 } };
        var actions = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = everywhere, context = new { diagnostics = Array.Empty<object>() } });
        Assert.Equal(InspectCheck.Fixes(path), InspectCheck.Actions(actions, uri));
    }

    [Fact]
    public async Task A_diagnostic_carries_its_code_link_severity_exact_range_and_source()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = Samples.MisspeltFact } });
        var published = await client.NotificationAsync("textDocument/publishDiagnostics");

        // The misspelling, and the fact it should have named, now unused.
        Assert.Equal(
            """[{"range":{"start":{"line":50,"character":5},"end":{"line":50,"character":20}},"severity":2,"code":"IF0403","codeDescription":{"href":"https://github.com/inspectframework/inspectframework/blob/main/docs/diagnostics.md#if0403"},"source":"inspect","message":"Fact \u0027safety_concerns\u0027 is declared but no condition uses it. Remove it, or use it in a condition."},"""
            + """{"range":{"start":{"line":88,"character":106},"end":{"line":88,"character":120}},"severity":1,"code":"IF0109","codeDescription":{"href":"https://github.com/inspectframework/inspectframework/blob/main/docs/diagnostics.md#if0109"},"source":"inspect","message":"There is no fact called \u0027safety_concern\u0027. Did you mean \u0027safety_concerns\u0027?"}]""",
            published.GetProperty("params").GetProperty("diagnostics").GetRawText());
    }

    [Fact]
    public async Task A_NUL_character_typed_in_the_editor_is_reported_as_inspect_check_reports_the_saved_file()
    {
        var text = Samples.ValidMinimal.Insert(Samples.ValidMinimal.IndexOf('\n', StringComparison.Ordinal), "\0");
        var path = Path.Combine(Path.GetTempPath(), $"nul-{Guid.NewGuid():N}.inspect");
        File.WriteAllText(path, text);
        try
        {
            await using var client = new TestClient();
            await client.InitializeAsync();

            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = new System.Uri(path).AbsoluteUri, languageId = "inspect", version = 1, text } });
            var published = await client.NotificationAsync("textDocument/publishDiagnostics");

            Assert.StartsWith("IF0007 error ", Assert.Single(InspectCheck.Published(published)), StringComparison.Ordinal);
            Assert.Equal(InspectCheck.Diagnostics(path), InspectCheck.Published(published));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Diagnostics_wait_for_a_pause_in_typing_and_only_the_latest_version_is_published()
    {
        var time = new FakeTimeProvider();
        await using var client = new TestClient(new LanguageServerOptions { Time = time });
        await client.InitializeAsync();

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = Samples.MisspeltFact } });
        var opened = await client.NotificationAsync("textDocument/publishDiagnostics");
        await client.NotifyAsync("textDocument/didChange", Change(2, 88, 106, 88, 120, "safety_concerns"));
        time.Advance(TimeSpan.FromMilliseconds(150));
        await client.NotifyAsync("textDocument/didChange", Change(3, 88, 106, 88, 121, "safety_concernz"));
        await client.RequestAsync("test/roundTrip"); // the edits have been taken in
        time.Advance(TimeSpan.FromMilliseconds(199));
        await client.RequestAsync("test/roundTrip");
        var beforePause = client.Pending().Count(m => m.Contains("publishDiagnostics", StringComparison.Ordinal));
        time.Advance(TimeSpan.FromMilliseconds(1));
        var afterPause = await client.NotificationAsync("textDocument/publishDiagnostics");

        Assert.Equal(1, opened.GetProperty("params").GetProperty("version").GetInt32());
        Assert.Equal(0, beforePause);
        Assert.Equal(3, afterPause.GetProperty("params").GetProperty("version").GetInt32());
        Assert.Contains("IF0109 error 89:107-89:122 There is no fact called 'safety_concernz'. Did you mean 'safety_concerns'?", InspectCheck.Published(afterPause));
    }

    [Fact]
    public async Task Saving_publishes_at_once_and_closing_clears()
    {
        var time = new FakeTimeProvider();
        await using var client = new TestClient(new LanguageServerOptions { Time = time });
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = Samples.MisspeltFact } });
        await client.NotificationAsync("textDocument/publishDiagnostics");

        await client.NotifyAsync("textDocument/didChange", Change(2, 88, 106, 88, 120, "safety_concerns"));
        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = Uri } });
        var saved = await client.NotificationAsync("textDocument/publishDiagnostics");
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        var closed = await client.NotificationAsync("textDocument/publishDiagnostics");

        Assert.Equal("""{"uri":"file:///work/misspelt.inspect","version":2,"diagnostics":[]}""", saved.GetProperty("params").GetRawText());
        Assert.Equal("""{"uri":"file:///work/misspelt.inspect","diagnostics":[]}""", closed.GetProperty("params").GetRawText());
    }

    [Fact]
    public async Task A_compiler_failure_is_one_diagnostic_at_the_top_and_the_next_edit_compiles_again()
    {
        var fail = true;
        var options = new LanguageServerOptions
        {
            Compile = (source, _) => fail ? throw new InvalidOperationException("broken on purpose") : Compiler.FrameworkCompilation.Create(source),
        };
        await using var client = new TestClient(options);
        await client.InitializeAsync();

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = Samples.MisspeltFact } });
        var failed = await client.NotificationAsync("textDocument/publishDiagnostics");
        fail = false;
        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = Uri } });
        var saved = await client.NotificationAsync("textDocument/publishDiagnostics");
        await client.NotifyAsync("textDocument/didChange", Change(2, 0, 0, 0, 0, " "));
        var changed = await client.NotificationAsync("textDocument/publishDiagnostics");

        Assert.Equal(
            ["IF0701 error 1:1-1:1 The compiler failed on this text (InvalidOperationException: broken on purpose), so no other problems are shown for it. This is a bug in InspectFramework: please report it with the file; editing the text runs the compiler again."],
            InspectCheck.Published(failed));
        Assert.Equal(InspectCheck.Published(failed), InspectCheck.Published(saved)); // the same version: compiled once
        Assert.Equal(
            [
                "IF0403 warning 51:6-51:21 Fact 'safety_concerns' is declared but no condition uses it. Remove it, or use it in a condition.",
                "IF0109 error 89:107-89:121 There is no fact called 'safety_concern'. Did you mean 'safety_concerns'?",
            ],
            InspectCheck.Published(changed));
    }

    private static object Change(int version, int startLine, int startCharacter, int endLine, int endCharacter, string text) => new
    {
        textDocument = new { uri = Uri, version },
        contentChanges = new[] { new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text } },
    };
}
