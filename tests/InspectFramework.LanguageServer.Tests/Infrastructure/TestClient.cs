using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.JsonRpc;

namespace InspectFramework.LanguageServer.Tests.Infrastructure;

/// <summary>
/// Drives a server in-process through a pair of pipes, as an editor drives it through standard input
/// and output: raw bytes or framed JSON in, every message the server sends collected in order.
/// </summary>
internal sealed class TestClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly List<JsonElement> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _pump;
    private int _nextId;

    private readonly StringWriter _log = new();

    public TestClient(LanguageServerOptions? options = null)
    {
        options ??= new LanguageServerOptions();
        options = new LanguageServerOptions
        {
            Log = TextWriter.Synchronized(_log),
            Time = options.Time,
            DiagnosticsDelay = options.DiagnosticsDelay,
            Version = options.Version,
            Compile = options.Compile,
            Handlers = options.Handlers,
            ProcessIsAlive = options.ProcessIsAlive,
            WatchClientProcess = options.WatchClientProcess,
        };
        Server = new InspectLanguageServer(_toServer.Reader.AsStream(), _fromServer.Writer.AsStream(), options);
        Exit = RunAndClose();
        _pump = Task.Run(PumpAsync);
    }

    public InspectLanguageServer Server { get; }

    /// <summary>The server's exit code, once it has stopped.</summary>
    public Task<int> Exit { get; }

    public async Task SendRawAsync(byte[] bytes)
    {
        await _toServer.Writer.WriteAsync(bytes);
        await _toServer.Writer.FlushAsync();
    }

    public Task SendRawAsync(string text) => SendRawAsync(Encoding.UTF8.GetBytes(text));

    public Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    public Task NotifyAsync(string method, object? parameters = null) =>
        SendAsync(Message(null, method, parameters));

    /// <summary>Sends a request and waits for its answer (result or error).</summary>
    public async Task<JsonElement> RequestAsync(string method, object? parameters = null)
    {
        var id = SendRequest(method, parameters, out var send);
        await send;
        return await ResponseAsync(id);
    }

    public int SendRequest(string method, object? parameters, out Task sent)
    {
        var id = Interlocked.Increment(ref _nextId);
        sent = SendAsync(Message(id, method, parameters));
        return id;
    }

    public Task<JsonElement> ResponseAsync(int id) =>
        NextAsync(m => m.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number && i.GetInt32() == id && !m.TryGetProperty("method", out _));

    public Task<JsonElement> NotificationAsync(string method) =>
        NextAsync(m => !m.TryGetProperty("id", out _) && m.GetProperty("method").GetString() == method);

    public async Task<JsonElement> InitializeAsync(object? parameters = null)
    {
        var response = await RequestAsync("initialize", parameters ?? new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });
        await NotifyAsync("initialized", new { });
        return response;
    }

    /// <summary>The first message not yet taken that matches, waiting for it to arrive.</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> matches)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            lock (_received)
            {
                var index = _received.FindIndex(m => matches(m));
                if (index >= 0)
                {
                    var found = _received[index];
                    _received.RemoveAt(index);
                    return found;
                }
            }

            try
            {
                await _arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No such message within {Patience.TotalSeconds} s; server {Exit.Status} {Exit.Exception}; received: {string.Join("\n", Pending())}\nlog: {_log}");
            }
        }
    }

    /// <summary>Messages received and not yet taken, as JSON text.</summary>
    public List<string> Pending()
    {
        lock (_received)
        {
            return _received.ConvertAll(m => m.GetRawText());
        }
    }

    /// <summary>Ends the server's input, as a client closing the pipe does.</summary>
    public Task CloseInputAsync() => _toServer.Writer.CompleteAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        await CloseInputAsync();
        await Exit.WaitAsync(Patience);
        await _pump.WaitAsync(Patience);
    }

    private static string Message(int? id, string method, object? parameters)
    {
        var message = new Dictionary<string, object?> { ["jsonrpc"] = "2.0" };
        if (id is not null)
        {
            message["id"] = id;
        }

        message["method"] = method;
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        return JsonSerializer.Serialize(message);
    }

    private async Task<int> RunAndClose()
    {
        try
        {
            return await Task.Run(Server.RunAsync);
        }
        finally
        {
            await _fromServer.Writer.CompleteAsync();
        }
    }

    private async Task PumpAsync()
    {
        var reader = new MessageReader(_fromServer.Reader.AsStream());
        while (true)
        {
            var frame = await reader.ReadAsync(CancellationToken.None);
            if (frame.IsEnd)
            {
                return;
            }

            Assert.Null(frame.Error);
            using var document = JsonDocument.Parse(frame.Body);
            lock (_received)
            {
                _received.Add(document.RootElement.Clone());
            }

            _arrived.Release();
        }
    }
}
