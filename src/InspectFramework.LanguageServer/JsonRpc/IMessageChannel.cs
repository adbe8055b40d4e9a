using System.Threading;
using System.Threading.Tasks;

namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>
/// How the server's JSON-RPC messages come and go, whatever carries them: Content-Length framing over
/// two streams for <c>inspect lsp</c> (<see cref="StreamMessageChannel"/>), whole messages for a
/// WebSocket or a page in the browser (<see cref="QueuedMessageChannel"/>).
/// </summary>
public interface IMessageChannel
{
    /// <summary>The next message, a framing error the channel has recovered from, or the end.</summary>
    ValueTask<MessageFrame> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Queues one message body (UTF-8 JSON) to be sent in order; false once completed.</summary>
    bool Write(byte[] body);

    /// <summary>Sends what is queued, then stops; later messages are dropped.</summary>
    Task CompleteAsync();
}
