using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Tests.Infrastructure;

namespace InspectFramework.LanguageServer.Tests.Documents;

/// <summary>
/// Random edits sent as an editor sends them (ranges in UTF-16 line and character), to the minimal
/// framework: the server's text must end equal to the client's, and its diagnostics equal
/// <c>inspect check</c> on that text. A short seeded run; the fuzzing harness runs long ones.
/// </summary>
public sealed class IncrementalSyncTests
{
    private const string Uri = "file:///work/edited.inspect";

    private static readonly string[] Tokens =
    [
        "fact", " ", "when", "{", "}", "\"", "é", "😀", "\u2019", "\r", "\n", "\r\n", "key question 2.1.9 x \"Q?\"", "safety_concerns", "and", "==", "50%", "//", "/*", "*/",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task After_random_edits_the_server_has_the_clients_text_and_its_diagnostics(int seed)
    {
        var random = new Random(seed);
        var text = Samples.ValidMinimal;
        await using var client = new TestClient(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text } });

        for (var version = 2; version <= 300; version++)
        {
            var changes = new List<object>();
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var start = Snap(text, random.Next(text.Length + 1));
                var end = random.Next(3) == 0 ? Snap(text, Math.Min(text.Length, start + random.Next(12))) : start;
                var inserted = random.Next(4) == 0 ? string.Empty : Tokens[random.Next(Tokens.Length)];
                changes.Add(new { range = new { start = ClientPosition(text, start), end = ClientPosition(text, end) }, text = inserted });
                text = string.Concat(text.AsSpan(0, start), inserted, text.AsSpan(end));
            }

            await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = changes });
        }

        await client.RequestAsync("test/roundTrip"); // every edit has been applied
        Assert.Equal(text, client.Server.Workspace.OpenDocuments[Uri].Text.Text);

        var published = await client.NextAsync(m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics"
            && m.GetProperty("params").GetProperty("version").GetInt32() == 300);
        var path = Path.Combine(Path.GetTempPath(), $"lsp-sync-{Guid.NewGuid():N}.inspect");
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Assert.Equal(InspectCheck.Diagnostics(path), InspectCheck.Published(published));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Editors place the cursor between characters and line breaks, never inside a CRLF or a
    // surrogate pair: such an offset moves one back.
    private static int Snap(string text, int offset) =>
        offset > 0 && offset < text.Length && ((text[offset - 1] == '\r' && text[offset] == '\n') || char.IsLowSurrogate(text[offset])) ? offset - 1 : offset;

    // The client's own count, independent of the server's: lines end at CR, LF or CRLF, characters
    // are UTF-16 code units.
    private static object ClientPosition(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new { line, character = offset - lineStart };
    }
}
