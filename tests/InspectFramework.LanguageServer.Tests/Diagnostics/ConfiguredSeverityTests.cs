using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Tests.Infrastructure;

namespace InspectFramework.LanguageServer.Tests.Diagnostics;

/// <summary>The server gives warnings the severities of the nearest <c>inspectconfig.json</c>, as
/// <c>inspect check</c> does, and reads that file again, when it has changed, for the next version of a document.</summary>
public sealed class ConfiguredSeverityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inspect-lsp-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_configured_warning_is_published_with_the_configured_severity_and_follows_the_file()
    {
        var path = Path.Combine(_folder, "frameworks", "misspelt.inspect");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Samples.MisspeltFact);
        File.WriteAllText(Path.Combine(_folder, "inspectconfig.json"), """{ "diagnostics": { "IF0403": "error" } }""");
        var uri = new Uri(path).AbsoluteUri;
        await using var client = new TestClient();
        await client.InitializeAsync();

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "inspect", version = 1, text = Samples.MisspeltFact } });
        var first = Severities(await client.NotificationAsync("textDocument/publishDiagnostics"));

        File.WriteAllText(Path.Combine(_folder, "inspectconfig.json"), """{ "diagnostics": { "IF0403": "off" } }""");
        // The configuration is read again with the next version of the text.
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = Samples.MisspeltFact + "\n" } } });
        var second = Severities(await client.NotificationAsync("textDocument/publishDiagnostics"));

        // LSP severities: 1 error, 2 warning.
        Assert.Equal(["IF0403 1", "IF0109 1"], first);
        Assert.Equal(["IF0109 1"], second);
    }

    private static string[] Severities(JsonElement published) =>
        published.GetProperty("params").GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("code").GetString()} {d.GetProperty("severity").GetInt32()}")
            .ToArray();
}
