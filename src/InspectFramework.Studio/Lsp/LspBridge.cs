using System;
using System.IO;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer;
using InspectFramework.LanguageServer.JsonRpc;
using InspectFramework.Studio.Security;
using Microsoft.AspNetCore.Http;

namespace InspectFramework.Studio.Lsp;

/// <summary>
/// <c>/lsp</c>: one WebSocket, one language server (the one <c>inspect lsp</c> runs), with the folder
/// as its workspace and the only place it reads files from. Each text message is one JSON-RPC message
/// each way; closing the socket ends the server, and the server's end closes the socket.
/// </summary>
internal static class LspBridge
{
    public static async Task Serve(HttpContext context, Func<LanguageServerOptions> options, CancellationToken stopping)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await Api.StudioResponses.Error(context, StatusCodes.Status400BadRequest, "/lsp is a WebSocket: the studio's page connects to it.").ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(stopping, context.RequestAborted);
        var channel = new QueuedMessageChannel(body => socket.SendAsync(body, WebSocketMessageType.Text, endOfMessage: true, ending.Token));
        var server = new InspectLanguageServer(channel, options()).RunAsync();

        // A server that exits (the page sent 'exit') stops the reading too: cancelling a receive
        // aborts the socket, which the page sees as closed.
        _ = server.ContinueWith(_ => ending.Cancel(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var closeStatus = await ReceiveAsync(socket, channel, ending.Token).ConfigureAwait(false);
        channel.Complete();
        await server.ConfigureAwait(false);
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseAsync(closeStatus.Status, closeStatus.Description, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
            {
                // The page is gone already.
            }
        }
    }

    // Posts each whole text message to the server until the page closes the socket, the server stops
    // reading (exit), or the studio stops; says how to close the socket.
    private static async Task<(WebSocketCloseStatus Status, string Description)> ReceiveAsync(WebSocket socket, QueuedMessageChannel channel, CancellationToken cancellationToken)
    {
        var chunk = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return (WebSocketCloseStatus.NormalClosure, "closed by the page");
                }

                if (received.MessageType != WebSocketMessageType.Text)
                {
                    return (WebSocketCloseStatus.InvalidMessageType, "one JSON-RPC message per text message");
                }

                if (message.Length + received.Count > StudioLimits.MaxRequestBytes)
                {
                    return (WebSocketCloseStatus.MessageTooBig, $"a message is at most {StudioLimits.MaxRequestBytes / (1024 * 1024)} MiB");
                }

                message.Write(chunk, 0, received.Count);
                if (received.EndOfMessage)
                {
                    if (!channel.Post(message.ToArray()))
                    {
                        return (WebSocketCloseStatus.NormalClosure, "the language server has exited");
                    }

                    message.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            return (WebSocketCloseStatus.EndpointUnavailable, "the studio is stopping");
        }
    }
}
