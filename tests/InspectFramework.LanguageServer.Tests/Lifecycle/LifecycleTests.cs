using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Handlers;
using InspectFramework.LanguageServer.JsonRpc;
using InspectFramework.LanguageServer.Protocol;
using InspectFramework.LanguageServer.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace InspectFramework.LanguageServer.Tests.Lifecycle;

public sealed class LifecycleTests
{
    private static int ErrorCode(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();

    [Fact]
    public async Task Initialize_announces_utf16_positions_and_incremental_sync()
    {
        await using var client = new TestClient(new LanguageServerOptions { Version = "1.2.3" });

        var response = await client.InitializeAsync();

        Assert.Equal(
            """{"jsonrpc":"2.0","id":1,"result":{"capabilities":{"positionEncoding":"utf-16","textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},"documentFormattingProvider":true,"codeActionProvider":{"codeActionKinds":["quickfix"]},"hoverProvider":true,"definitionProvider":true,"referencesProvider":true,"documentHighlightProvider":true,"documentSymbolProvider":true,"workspaceSymbolProvider":true,"completionProvider":{"triggerCharacters":["{",","]},"renameProvider":{"prepareProvider":true},"semanticTokensProvider":{"legend":{"tokenTypes":["keyword","comment","string","number","percentage","date","operator","variable","fact","value","caseType","bandTable","scale","level","score","source","item"],"tokenModifiers":["declaration"]},"full":true},"foldingRangeProvider":true,"codeLensProvider":{"resolveProvider":false}},"serverInfo":{"name":"inspect","version":"1.2.3"}}}""",
            response.GetRawText());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_0()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();

        var shutdown = await client.RequestAsync("shutdown");
        await client.NotifyAsync("exit");

        Assert.Equal("""{"jsonrpc":"2.0","id":2,"result":null}""", shutdown.GetRawText());
        Assert.Equal(0, await client.Exit);
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_1()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();

        await client.NotifyAsync("exit");

        Assert.Equal(1, await client.Exit);
    }

    [Fact]
    public async Task The_end_of_the_input_ends_the_server_with_1_or_0_after_shutdown()
    {
        await using (var client = new TestClient())
        {
            await client.InitializeAsync();
            await client.CloseInputAsync();
            Assert.Equal(1, await client.Exit);
        }

        await using (var client = new TestClient())
        {
            await client.InitializeAsync();
            await client.RequestAsync("shutdown");
            await client.CloseInputAsync();
            Assert.Equal(0, await client.Exit);
        }
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_and_notifications_dropped()
    {
        await using var client = new TestClient();

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = "file:///a.inspect", languageId = "inspect", version = 1, text = "framework" } });
        var early = await client.RequestAsync("shutdown");
        await client.InitializeAsync();
        var again = await client.RequestAsync("initialize", new { processId = (int?)null, capabilities = new { } });

        Assert.Equal(JsonRpcErrorCodes.ServerNotInitialized, ErrorCode(early));
        Assert.Equal(JsonRpcErrorCodes.InvalidRequest, ErrorCode(again));
        await client.RequestAsync("shutdown");
        Assert.Empty(client.Server.Workspace.OpenDocuments);
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.RequestAsync("shutdown");

        var late = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = "file:///a.inspect" } });

        Assert.Equal(JsonRpcErrorCodes.InvalidRequest, ErrorCode(late));
    }

    [Fact]
    public async Task Broken_messages_get_errors_and_the_server_goes_on()
    {
        await using var client = new TestClient();

        await client.SendAsync("{ not json");
        var parse = await client.NextAsync(_ => true);
        await client.SendAsync("[1, 2]");
        var notAnObject = await client.NextAsync(_ => true);
        await client.SendAsync("""{"jsonrpc":"1.0","id":7,"method":"initialize"}""");
        var oldVersion = await client.NextAsync(_ => true);
        await client.SendAsync("""{"jsonrpc":"2.0","id":true,"method":"initialize"}""");
        var badId = await client.NextAsync(_ => true);
        await client.SendRawAsync("Content-Length: many\r\n\r\n{}");
        var badHeader = await client.NextAsync(_ => true);
        var initialize = await client.RequestAsync("initialize", 5);
        var unknown = await client.InitializeAsync();
        var missing = await client.RequestAsync("textDocument/unheardOf", new { });

        Assert.Equal(JsonRpcErrorCodes.ParseError, ErrorCode(parse));
        Assert.Equal(JsonValueKind.Null, parse.GetProperty("id").ValueKind);
        Assert.Equal(JsonRpcErrorCodes.InvalidRequest, ErrorCode(notAnObject));
        Assert.Equal(JsonRpcErrorCodes.InvalidRequest, ErrorCode(oldVersion));
        Assert.Equal(7, oldVersion.GetProperty("id").GetInt32());
        Assert.Equal(JsonRpcErrorCodes.InvalidRequest, ErrorCode(badId));
        Assert.Equal(JsonRpcErrorCodes.ParseError, ErrorCode(badHeader));
        Assert.Equal(JsonRpcErrorCodes.InvalidParams, ErrorCode(initialize));
        Assert.True(unknown.TryGetProperty("result", out _));
        Assert.Equal(JsonRpcErrorCodes.MethodNotFound, ErrorCode(missing));
    }

    [Fact]
    public async Task Parameters_without_a_required_property_are_invalid()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();

        var response = await client.RequestAsync("textDocument/formatting", new { options = new { tabSize = 2 } });

        Assert.Equal(JsonRpcErrorCodes.InvalidParams, ErrorCode(response));
    }

    [Fact]
    public async Task A_handler_that_throws_gets_an_internal_error_and_the_server_goes_on()
    {
        var options = new LanguageServerOptions { Handlers = HandlerCatalogue.Create().Add(new ThrowingHandler()) };
        await using var client = new TestClient(options);
        await client.InitializeAsync();

        var failed = await client.RequestAsync("test/throw", new { });
        var log = await client.NotificationAsync("window/logMessage");
        var shutdown = await client.RequestAsync("shutdown");

        Assert.Equal(JsonRpcErrorCodes.InternalError, ErrorCode(failed));
        Assert.Equal("The server failed on 'test/throw' (InvalidOperationException: broken on purpose). This is a bug in inspect; please report it.", failed.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(1, log.GetProperty("params").GetProperty("type").GetInt32());
        Assert.True(shutdown.TryGetProperty("result", out _));
    }

    [Fact]
    public async Task A_cancelled_request_is_answered_with_request_cancelled()
    {
        var waiting = new WaitingHandler();
        var options = new LanguageServerOptions { Handlers = HandlerCatalogue.Create().Add(waiting) };
        await using var client = new TestClient(options);
        await client.InitializeAsync();

        var id = client.SendRequest("test/wait", new { }, out var sent);
        await sent;
        await waiting.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await client.NotifyAsync("$/cancelRequest", new { id });
        var response = await client.ResponseAsync(id);

        Assert.Equal(JsonRpcErrorCodes.RequestCancelled, ErrorCode(response));
    }

    [Fact]
    public async Task The_server_exits_when_the_client_process_dies()
    {
        var time = new FakeTimeProvider();
        var alive = true;
        var options = new LanguageServerOptions { Time = time, ProcessIsAlive = id => id == 4242 && Volatile.Read(ref alive) };
        await using var client = new TestClient(options);
        await client.InitializeAsync(new { processId = 4242, capabilities = new { } });

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(client.Exit.IsCompleted);
        Volatile.Write(ref alive, false);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(1, await client.Exit.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_host_that_watches_no_process_keeps_serving_when_the_named_process_is_gone()
    {
        var time = new FakeTimeProvider();
        var asked = 0;
        var options = new LanguageServerOptions { Time = time, WatchClientProcess = false, ProcessIsAlive = _ => Interlocked.Increment(ref asked) < 0 };
        await using var client = new TestClient(options);
        await client.InitializeAsync(new { processId = 4242, capabilities = new { } });

        time.Advance(TimeSpan.FromSeconds(5));
        var answer = await client.RequestAsync("shutdown");

        Assert.False(client.Exit.IsCompleted);
        Assert.Equal(0, Volatile.Read(ref asked));
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("result").ValueKind);
    }

    private sealed class ThrowingHandler : RequestHandler<JsonElement, JsonElement>
    {
        public override string Method => "test/throw";

        protected override JsonTypeInfo<JsonElement> ParamsType => TestJsonContext.Default.JsonElement;

        protected override JsonTypeInfo<JsonElement> ResultType => TestJsonContext.Default.JsonElement;

        public override Task<JsonElement> HandleAsync(JsonElement parameters, RequestContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("broken on purpose");
    }

    private sealed class WaitingHandler : RequestHandler<JsonElement, JsonElement>
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override string Method => "test/wait";

        protected override JsonTypeInfo<JsonElement> ParamsType => TestJsonContext.Default.JsonElement;

        protected override JsonTypeInfo<JsonElement> ResultType => TestJsonContext.Default.JsonElement;

        public override async Task<JsonElement> HandleAsync(JsonElement parameters, RequestContext context, CancellationToken cancellationToken)
        {
            Started.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return parameters;
        }
    }
}
