using System;
using System.Runtime.InteropServices.JavaScript;
using System.Text;
using System.Threading.Tasks;
using InspectFramework.LanguageServer;
using InspectFramework.LanguageServer.JsonRpc;

namespace InspectFramework.Playground.Lsp;

/// <summary>
/// The language server of <c>inspect lsp</c>, in the browser: the worker posts each JSON-RPC message
/// the page's client sends, and every message the server sends goes back through
/// <see cref="SendToClient"/>. One server per page; the channel is whole messages, as over the
/// studio's WebSocket, so there is no Content-Length framing to do.
/// </summary>
public static partial class LanguageServerExports
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static QueuedMessageChannel? _channel;

    [JSImport("sendToClient", "inspect-playground")]
    internal static partial void SendToClient(string message);

    /// <summary>Starts the server; the page's client then sends <c>initialize</c> through <see cref="Post"/>.</summary>
    [JSExport]
    public static void Start()
    {
        if (_channel is not null)
        {
            throw new InvalidOperationException("The playground's language server has already started.");
        }

        _channel = new QueuedMessageChannel(body => SendToClient(Utf8.GetString(body)));

        // The page is the client: there is no client process to watch (the browser has no processes),
        // and no log but the client's own window/logMessage.
        var options = new LanguageServerOptions { WatchClientProcess = false, ReadsConfigurationFiles = false, Version = typeof(LanguageServerExports).Assembly.GetName().Version?.ToString(3) ?? "0.0.0" };
        _ = Serve(new InspectLanguageServer(_channel, options));
    }

    /// <summary>One JSON-RPC message from the page's client.</summary>
    [JSExport]
    public static void Post(string message)
    {
        var channel = _channel ?? throw new InvalidOperationException("The playground's language server has not started.");
        channel.Post(Utf8.GetBytes(message));
    }

    private static async Task Serve(InspectLanguageServer server)
    {
        await server.RunAsync().ConfigureAwait(false);
        _channel = null;
    }
}
