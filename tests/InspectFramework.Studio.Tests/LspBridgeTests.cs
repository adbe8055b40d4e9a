using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.Cli;
using InspectFramework.Studio.Tests.Infrastructure;

namespace InspectFramework.Studio.Tests;

/// <summary>The language server behind <c>/lsp</c>, driven over a real WebSocket as the page drives it.</summary>
public sealed class LspBridgeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_opened_document_gets_the_diagnostics_inspect_check_gives()
    {
        await using var studio = await StudioFixture.StartAsync();
        var at = StudioFixture.YouthText.IndexOf("when identifiable_victim", StringComparison.Ordinal);
        var misspelt = StudioFixture.YouthText[..at] + "when identifiable_victm" + StudioFixture.YouthText[(at + "when identifiable_victim".Length)..];
        File.WriteAllText(Path.Combine(studio.Folder, "misspelt.inspect"), misspelt);
        using var socket = await studio.ConnectLspAsync();

        await SendAsync(socket, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
        var initialized = await ReceiveAsync(socket, m => m.TryGetProperty("id", out var id) && id.GetInt32() == 1);
        Assert.Equal("inspect", initialized.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        await SendAsync(socket, """{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        var uri = new Uri(Path.Combine(studio.Folder, "misspelt.inspect")).AbsoluteUri;
        await SendAsync(socket, JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri, languageId = "inspect", version = 1, text = misspelt } } }));
        var published = await ReceiveAsync(socket, m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics");

        var fromServer = published.GetProperty("params").GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("code").GetString()} {Range(d.GetProperty("range"))} {d.GetProperty("message").GetString()}").ToList();
        var stdout = new StringWriter();
        InspectApp.Run(["check", "misspelt.inspect", "--format", "json"], stdout, new StringWriter(), studio.Folder);
        using var check = JsonDocument.Parse(stdout.ToString());
        var fromCheck = check.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("code").GetString()} {d.GetProperty("startLine").GetInt32()}:{d.GetProperty("startColumn").GetInt32()}-{d.GetProperty("endLine").GetInt32()}:{d.GetProperty("endColumn").GetInt32()} {d.GetProperty("message").GetString()}").ToList();
        Assert.StartsWith("IF0109 ", Assert.Single(fromServer), StringComparison.Ordinal);
        Assert.Equal(fromCheck, fromServer);
    }

    [Fact]
    public async Task The_server_reads_no_file_outside_the_folder_whatever_the_page_asks()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var socket = await studio.ConnectLspAsync();
        await SendAsync(socket, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"file:///","capabilities":{}}}""");
        await ReceiveAsync(socket, m => m.TryGetProperty("id", out var id) && id.GetInt32() == 1);
        await SendAsync(socket, """{"jsonrpc":"2.0","method":"initialized","params":{}}""");

        var inside = new Uri(Path.Combine(studio.Folder, StudioFixture.Framework)).AbsoluteUri;
        await SendAsync(socket, JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 2, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = inside } } }));
        await SendAsync(socket, JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 3, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = new Uri(studio.Outside).AbsoluteUri } } }));
        await SendAsync(socket, JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 4, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = new Uri(Path.Combine(studio.Folder, "link-out.inspect")).AbsoluteUri } } }));
        var answers = new Dictionary<int, JsonElement>();
        while (answers.Count < 3)
        {
            var answer = await ReceiveAsync(socket, m => m.TryGetProperty("id", out _));
            answers[answer.GetProperty("id").GetInt32()] = answer;
        }

        Assert.NotEmpty(answers[2].GetProperty("result").EnumerateArray());
        Assert.All(new[] { answers[3], answers[4] }, a => Assert.EndsWith("is neither open nor a file that can be read.", a.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain("outside the served folder", answers[3].GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_the_socket_ends_its_server_and_exit_closes_the_socket()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var socket = await studio.ConnectLspAsync();
        await SendAsync(socket, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
        await ReceiveAsync(socket, m => m.TryGetProperty("id", out var id) && id.GetInt32() == 1);
        await SendAsync(socket, """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""");
        await ReceiveAsync(socket, m => m.TryGetProperty("id", out var id) && id.GetInt32() == 2);
        await SendAsync(socket, """{"jsonrpc":"2.0","method":"exit"}""");

        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(Patience);
        var ended = false;
        try
        {
            while (!ended)
            {
                ended = (await socket.ReceiveAsync(buffer, timeout.Token)).MessageType == WebSocketMessageType.Close;
            }
        }
        catch (WebSocketException)
        {
            ended = true; // the server aborted the connection
        }

        Assert.True(ended);
        Assert.False(timeout.IsCancellationRequested);
    }

    private static string Range(JsonElement range)
    {
        var start = range.GetProperty("start");
        var end = range.GetProperty("end");
        return string.Create(CultureInfo.InvariantCulture, $"{start.GetProperty("line").GetInt32() + 1}:{start.GetProperty("character").GetInt32() + 1}-{end.GetProperty("line").GetInt32() + 1}:{end.GetProperty("character").GetInt32() + 1}");
    }

    private static Task SendAsync(ClientWebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    // The next whole message that matches, skipping the others (log messages, other notifications).
    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket, Func<JsonElement, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
                Assert.Equal(WebSocketMessageType.Text, received.MessageType);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            using var document = JsonDocument.Parse(message.ToArray());
            if (wanted(document.RootElement))
            {
                return document.RootElement.Clone();
            }
        }
    }
}
