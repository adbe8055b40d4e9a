using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using InspectFramework.Cli;
using InspectFramework.LanguageServer.Tests.Infrastructure;

namespace InspectFramework.LanguageServer.Tests.Formatting;

public sealed class FormattingTests
{
    private const string Uri = "file:///work/format.inspect";

    [Fact]
    public async Task Formatting_gives_the_bytes_inspect_fmt_writes()
    {
        // The minimal framework laid out badly: indentation lost, blank lines doubled, CRLF line ends.
        var messy = Samples.ValidMinimal.Replace("\n  ", "\n", StringComparison.Ordinal).Replace("\n\n", "\n\n\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = messy } });

        var response = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options = new { tabSize = 4, insertSpaces = false } });

        var edit = Assert.Single(response.GetProperty("result").EnumerateArray());
        Assert.Equal(Position(0, 0), edit.GetProperty("range").GetProperty("start").GetRawText());
        Assert.Equal(Position(messy.Split("\r\n").Length - 1, 0), edit.GetProperty("range").GetProperty("end").GetRawText());
        Assert.Equal(Fmt(messy), edit.GetProperty("newText").GetString());
    }

    [Fact]
    public async Task A_canonical_text_needs_no_edits()
    {
        var canonical = Fmt(Samples.ValidMinimal);
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = canonical } });

        var response = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options = new { tabSize = 2, insertSpaces = true } });

        Assert.Equal("[]", response.GetProperty("result").GetRawText());
    }

    [Fact]
    public async Task A_text_with_syntax_errors_is_not_formatted()
    {
        var broken = Samples.ValidMinimal.Replace("framework minimal_youth {", "framework minimal_youth {{", StringComparison.Ordinal);
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = broken } });

        var response = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options = new { tabSize = 2, insertSpaces = true } });

        Assert.Equal("[]", response.GetProperty("result").GetRawText());
        Assert.Null(Fmt(broken));
    }

    private static string Position(int line, int character) => JsonSerializer.Serialize(new { line, character });

    // `inspect fmt` on a file holding the text: the file's bytes afterwards, or null when it refused.
    private static string? Fmt(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lsp-fmt-{Guid.NewGuid():N}.inspect");
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var exit = InspectApp.Run(["fmt", path], new StringWriter(), new StringWriter());
            return exit == 0 ? Encoding.UTF8.GetString(File.ReadAllBytes(path)) : null;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
