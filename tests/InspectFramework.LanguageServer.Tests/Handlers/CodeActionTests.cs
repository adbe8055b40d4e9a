using System;
using System.Linq;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Tests.Infrastructure;

namespace InspectFramework.LanguageServer.Tests.Handlers;

public sealed class CodeActionTests
{
    private const string Uri = "file:///work/actions.inspect";

    private static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };

    [Fact]
    public async Task The_did_you_mean_fix_is_the_preferred_quick_fix_and_applying_it_clears_the_error()
    {
        await using var client = new TestClient(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = Samples.MisspeltFact } });
        await client.NotificationAsync("textDocument/publishDiagnostics");

        // The cursor inside the misspelt name: an empty range, as editors ask.
        var response = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = Uri }, range = Range(88, 110, 88, 110), context = new { diagnostics = Array.Empty<object>() } });

        Assert.Equal(
            ["IF0109 89:107-89:121: Replace 'safety_concern' with 'safety_concerns' (preferred): 89:107-89:121 'safety_concerns'"],
            InspectCheck.Actions(response, Uri));
        var edit = response.GetProperty("result")[0].GetProperty("edit").GetProperty("changes").GetProperty(Uri)[0];
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 2 }, contentChanges = new[] { new { range = edit.GetProperty("range"), text = edit.GetProperty("newText").GetString() } } });
        var after = await client.NextAsync(m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics"
            && m.GetProperty("params").GetProperty("version").GetInt32() == 2);
        Assert.Empty(InspectCheck.Published(after));
        Assert.Equal(Samples.ValidMinimal, client.Server.Workspace.OpenDocuments[Uri].Text.Text);
    }

    [Fact]
    public async Task Only_diagnostics_that_touch_the_range_and_only_quick_fixes_when_asked_for_kinds()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = Samples.MisspeltFact } });

        var elsewhere = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = Uri }, range = Range(10, 0, 12, 0), context = new { diagnostics = Array.Empty<object>() } });
        var refactorings = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = Uri }, range = Range(88, 106, 88, 120), context = new { diagnostics = Array.Empty<object>(), only = new[] { "refactor" } } });
        var quickFixes = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = Uri }, range = Range(88, 106, 88, 120), context = new { diagnostics = Array.Empty<object>(), only = new[] { "quickfix" } } });

        Assert.Equal("[]", elsewhere.GetProperty("result").GetRawText());
        Assert.Equal("[]", refactorings.GetProperty("result").GetRawText());
        Assert.Single(quickFixes.GetProperty("result").EnumerateArray());
    }

    [Fact]
    public async Task A_missing_brace_names_the_brace_it_should_close_as_related_information()
    {
        var text = Samples.ValidMinimal;
        var unclosed = text.Remove(text.LastIndexOf('}'), 1);
        await using var client = new TestClient();
        await client.InitializeAsync();

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = unclosed } });
        var published = await client.NotificationAsync("textDocument/publishDiagnostics");

        var diagnostic = published.GetProperty("params").GetProperty("diagnostics").EnumerateArray().Single(d => d.TryGetProperty("relatedInformation", out _));
        var related = Assert.Single(diagnostic.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal(Uri, related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("IF0010", diagnostic.GetProperty("code").GetString());
    }
}
