using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Diagnostics;
using InspectFramework.LanguageServer.Documents;
using InspectFramework.LanguageServer.Handlers;
using InspectFramework.LanguageServer.JsonRpc;
using InspectFramework.LanguageServer.Protocol;
using InspectFramework.Tooling.Files;

namespace InspectFramework.LanguageServer;

/// <summary>
/// The language server behind <c>inspect lsp</c> and <c>inspect serve</c>: reads JSON-RPC messages from
/// an <see cref="IMessageChannel"/>, answers on it, and keeps the lifecycle the LSP specification describes (initialize, initialized, shutdown,
/// exit). Messages are taken in arrival order: workspace edits are applied one at a time on this loop,
/// requests that only read run concurrently on the workspace as it was when they arrived.
/// </summary>
public sealed class InspectLanguageServer
{
    /// <summary>Exit code after <c>shutdown</c> then <c>exit</c>.</summary>
    public const int ExitAfterShutdown = 0;

    /// <summary>Exit code for <c>exit</c> without <c>shutdown</c>, the end of the input, or the client's death.</summary>
    public const int ExitWithoutShutdown = 1;

    private readonly IMessageChannel _channel;
    private readonly LanguageServerOptions _options;
    private readonly ImmutableArray<IMethodHandler> _handlers;
    private readonly FrozenDictionary<string, IMethodHandler> _byMethod;
    private readonly ServerLog _log;
    private readonly ServerSession _session;
    private readonly ConcurrentDictionary<RequestId, CancellationTokenSource> _running = new();
    private readonly CancellationTokenSource _stop = new();
    private Lifecycle _lifecycle;
    private int? _exitCode;

    /// <summary>A server speaking LSP's base protocol (Content-Length headers) over two streams.</summary>
    public InspectLanguageServer(Stream input, Stream output, LanguageServerOptions options)
        : this(new StreamMessageChannel(input, output), options)
    {
    }

    public InspectLanguageServer(IMessageChannel channel, LanguageServerOptions options)
    {
        _channel = channel;
        _options = options;
        _handlers = options.Handlers;
        _byMethod = HandlerCatalogue.ByMethod(_handlers);
        _log = new ServerLog(options.Log);
        var diagnostics = new DiagnosticsPublisher(
            p => Notify("textDocument/publishDiagnostics", p, LspJsonContext.Default.PublishDiagnosticsParams),
            options.Time,
            options.DiagnosticsDelay,
            e => Failed("publishing diagnostics", e));
        var served = options.ServedFolder is { } folder ? RealPath.Of(folder) ?? Path.GetFullPath(folder) : null;
        var configurations = options.ReadsConfigurationFiles ? new ConfigurationFiles(boundary: served) : null;
        _session = new ServerSession(new Workspace(served is null ? ImmutableArray<string>.Empty : [served], options.Compile, served, configurations), diagnostics, _log);
    }

    /// <summary>The documents as the last edit left them; read it only when no message is being handled.</summary>
    internal Workspace Workspace => _session.Workspace;

    private enum Lifecycle
    {
        WaitingForInitialize,
        Running,
        ShutDown,
    }

    /// <summary>Serves until <c>exit</c>, the end of the input, or the client process's death; returns the exit code.</summary>
    public async Task<int> RunAsync()
    {
        try
        {
            while (_exitCode is null)
            {
                MessageFrame frame;
                try
                {
                    frame = await _channel.ReadAsync(_stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    break;
                }

                if (frame.IsEnd)
                {
                    break;
                }

                if (frame.Error is { } error)
                {
                    _log.Error($"Unreadable message: {error}.");
                    Send(JsonRpcMessages.Error(null, JsonRpcErrorCodes.ParseError, $"Unreadable message: {error}."));
                    continue;
                }

                await DispatchAsync(frame.Body!).ConfigureAwait(false);
            }
        }
        finally
        {
            _session.Diagnostics.CancelAll();
            foreach (var running in _running.Values)
            {
                running.Cancel();
            }

            await _channel.CompleteAsync().ConfigureAwait(false);
        }

        return _exitCode ?? (_lifecycle == Lifecycle.ShutDown ? ExitAfterShutdown : ExitWithoutShutdown);
    }

    private async Task DispatchAsync(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            Send(JsonRpcMessages.Error(null, JsonRpcErrorCodes.ParseError, $"The message is not JSON: {e.Message}"));
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Send(JsonRpcMessages.Error(null, JsonRpcErrorCodes.InvalidRequest, "A JSON-RPC message is an object."));
                return;
            }

            RequestId? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (!RequestId.TryRead(idElement, out var readId))
                {
                    Send(JsonRpcMessages.Error(null, JsonRpcErrorCodes.InvalidRequest, "A request's id is an integer or a string."));
                    return;
                }

                id = readId;
            }

            if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
            {
                Send(JsonRpcMessages.Error(id, JsonRpcErrorCodes.InvalidRequest, "Only JSON-RPC 2.0 is spoken here: \"jsonrpc\": \"2.0\" is missing."));
                return;
            }

            if (!root.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
            {
                // A response to a request of ours; the server sends none that need an answer.
                if (id is null || !(root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
                {
                    Send(JsonRpcMessages.Error(id, JsonRpcErrorCodes.InvalidRequest, "A request or notification has a \"method\"."));
                }

                return;
            }

            var method = methodElement.GetString()!;
            var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
            if (id is { } requestId)
            {
                await HandleRequestAsync(requestId, method, parameters).ConfigureAwait(false);
            }
            else
            {
                await HandleNotificationAsync(method, parameters).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleRequestAsync(RequestId id, string method, JsonElement parameters)
    {
        if (_lifecycle == Lifecycle.WaitingForInitialize && method != "initialize")
        {
            Send(JsonRpcMessages.Error(id, JsonRpcErrorCodes.ServerNotInitialized, $"'{method}' before 'initialize': the server is not initialized yet."));
            return;
        }

        if (_lifecycle == Lifecycle.ShutDown)
        {
            Send(JsonRpcMessages.Error(id, JsonRpcErrorCodes.InvalidRequest, $"'{method}' after 'shutdown': the server is shutting down and only waits for 'exit'."));
            return;
        }

        switch (method)
        {
            case "initialize":
                Initialize(id, parameters);
                return;
            case "shutdown":
                _lifecycle = Lifecycle.ShutDown;
                _session.Diagnostics.CancelAll();
                Send(JsonRpcMessages.Response(id, "null"u8.ToArray()));
                return;
        }

        if (!_byMethod.TryGetValue(method, out var handler))
        {
            Send(JsonRpcMessages.Error(id, JsonRpcErrorCodes.MethodNotFound, $"'{method}' is not a method this server has."));
            return;
        }

        var context = new RequestContext(_session.Workspace, _session);
        if (handler.MutatesWorkspace)
        {
            Send(await InvokeAsync(id, handler, parameters, context, CancellationToken.None).ConfigureAwait(false));
            return;
        }

        var cancellation = new CancellationTokenSource();
        if (!_running.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            Send(JsonRpcMessages.Error(id, JsonRpcErrorCodes.InvalidRequest, $"A request with id {id} is still running; ids must be unique."));
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                Send(await InvokeAsync(id, handler, parameters, context, cancellation.Token).ConfigureAwait(false));
            }
            finally
            {
                _running.TryRemove(id, out _);
                cancellation.Dispose();
            }
        });
    }

    private async Task<byte[]> InvokeAsync(RequestId id, IMethodHandler handler, JsonElement parameters, RequestContext context, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await handler.HandleAsync(parameters, context, cancellationToken).ConfigureAwait(false);
            return JsonRpcMessages.Response(id, result ?? "null"u8.ToArray());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return JsonRpcMessages.Error(id, JsonRpcErrorCodes.RequestCancelled, $"'{handler.Method}' was cancelled.");
        }
        catch (JsonRpcException e)
        {
            return JsonRpcMessages.Error(id, e.Code, e.Message);
        }
        catch (Exception e)
        {
            Failed($"'{handler.Method}'", e);
            return JsonRpcMessages.Error(id, JsonRpcErrorCodes.InternalError, $"The server failed on '{handler.Method}' ({e.GetType().Name}: {e.Message}). This is a bug in inspect; please report it.");
        }
    }

    private async Task HandleNotificationAsync(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "exit":
                _exitCode = _lifecycle == Lifecycle.ShutDown ? ExitAfterShutdown : ExitWithoutShutdown;
                return;
            case "$/cancelRequest":
                Cancel(parameters);
                return;
        }

        // Before initialize and after shutdown, notifications other than exit are dropped (the specification says so).
        if (_lifecycle != Lifecycle.Running || method == "initialized" || !_byMethod.TryGetValue(method, out var handler))
        {
            return;
        }

        try
        {
            await handler.HandleAsync(parameters, new RequestContext(_session.Workspace, _session), CancellationToken.None).ConfigureAwait(false);
        }
        catch (JsonRpcException e)
        {
            _log.Error(e.Message);
        }
        catch (Exception e)
        {
            Failed($"'{method}'", e);
        }
    }

    private void Initialize(RequestId id, JsonElement parameters)
    {
        if (_lifecycle != Lifecycle.WaitingForInitialize)
        {
            Send(JsonRpcMessages.Error(id, JsonRpcErrorCodes.InvalidRequest, "'initialize' was already sent; it is sent once."));
            return;
        }

        InitializeParams initialize;
        try
        {
            initialize = HandlerParameters.Read(parameters, LspJsonContext.Default.InitializeParams, "initialize");
        }
        catch (JsonRpcException e)
        {
            Send(JsonRpcMessages.Error(id, e.Code, e.Message));
            return;
        }

        if (_options.ServedFolder is null)
        {
            _session.Workspace = _session.Workspace.WithFolders(WorkspaceFolders(initialize));
        }

        var capabilities = _handlers.Aggregate(new ServerCapabilities(), (c, h) => h.AddCapability(c));
        var result = new InitializeResult(capabilities, new ServerInfo("inspect", _options.Version));
        Send(JsonRpcMessages.Response(id, JsonSerializer.SerializeToUtf8Bytes(result, LspJsonContext.Default.InitializeResult)));
        _lifecycle = Lifecycle.Running;
        _log.SendToClient(p => Notify("window/logMessage", p, LspJsonContext.Default.LogMessageParams));
        if (_options.WatchClientProcess && initialize.ProcessId is { } client)
        {
            _ = WatchClientAsync(client);
        }
    }

    private static ImmutableArray<string> WorkspaceFolders(InitializeParams initialize)
    {
        if (initialize.WorkspaceFolders is { } folders)
        {
            return folders.Select(f => DocumentUri.ToPath(f.Uri)).ToImmutableArray();
        }

        if (initialize.RootUri is { } rootUri)
        {
            return [DocumentUri.ToPath(rootUri)];
        }

        return initialize.RootPath is { } rootPath ? [rootPath] : ImmutableArray<string>.Empty;
    }

    // The client may die without closing the pipe (killed, or its child processes keep the pipe
    // open): the specification asks the server to exit then too, rather than live on as an orphan.
    private async Task WatchClientAsync(int processId)
    {
        try
        {
            while (_options.ProcessIsAlive(processId))
            {
                await Task.Delay(_options.ClientProcessCheckInterval, _options.Time, _stop.Token).ConfigureAwait(false);
            }

            _log.Info($"The client process {processId} has ended; the server exits.");
            await _stop.CancelAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The server is stopping anyway.
        }
    }

    private void Cancel(JsonElement parameters)
    {
        CancelParams cancel;
        try
        {
            cancel = HandlerParameters.Read(parameters, LspJsonContext.Default.CancelParams, "$/cancelRequest");
        }
        catch (JsonRpcException e)
        {
            _log.Warning(e.Message);
            return;
        }

        if (_running.TryGetValue(cancel.Id, out var running))
        {
            try
            {
                running.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It finished at this moment: nothing left to cancel.
            }
        }
    }

    private void Notify<T>(string method, T parameters, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        Send(JsonRpcMessages.Notification(method, parameters, type));

    private void Send(byte[] message) => _channel.Write(message);

    private void Failed(string what, Exception e)
    {
        _log.Error($"The server failed on {what} ({e.GetType().Name}: {e.Message}). This is a bug in inspect; please report it with the log.");
        _log.Detail(e.ToString());
    }
}
