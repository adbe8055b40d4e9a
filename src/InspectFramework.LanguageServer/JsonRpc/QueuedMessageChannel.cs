using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>
/// Whole messages with no framing, for transports that already delimit them (a WebSocket's text
/// messages, calls from a page's JavaScript): the host posts each incoming body with <see cref="Post"/>
/// and ends the input with <see cref="Complete"/>; outgoing bodies are handed to the host's callback
/// one at a time, in the order the server wrote them, from one task, so a callback that sends on a
/// WebSocket never has two sends in flight.
/// </summary>
public sealed class QueuedMessageChannel : IMessageChannel
{
    private readonly Channel<byte[]> _incoming = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<byte[]> _outgoing = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<byte[], ValueTask> _send;
    private readonly Task _pump;

    /// <param name="send">Called with each outgoing message body; a failure (the peer gone) stops
    /// sending, and later messages are dropped.</param>
    public QueuedMessageChannel(Func<byte[], ValueTask> send)
    {
        _send = send;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>For hosts whose sending does not wait (a call into the page's JavaScript).</summary>
    public QueuedMessageChannel(Action<byte[]> send)
        : this(body =>
        {
            send(body);
            return ValueTask.CompletedTask;
        })
    {
    }

    /// <summary>Hands the server one incoming message body; false once the input is complete.</summary>
    public bool Post(byte[] body) => _incoming.Writer.TryWrite(body);

    /// <summary>Ends the input: the server reads the end once the posted messages are read.</summary>
    public void Complete() => _incoming.Writer.TryComplete();

    public async ValueTask<MessageFrame> ReadAsync(CancellationToken cancellationToken)
    {
        while (await _incoming.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_incoming.Reader.TryRead(out var body))
            {
                return new MessageFrame(body, null);
            }
        }

        return MessageFrame.End;
    }

    public bool Write(byte[] body) => _outgoing.Writer.TryWrite(body);

    public Task CompleteAsync()
    {
        _outgoing.Writer.TryComplete();
        return _pump;
    }

    private async Task PumpAsync()
    {
        while (await _outgoing.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (_outgoing.Reader.TryRead(out var body))
            {
                try
                {
                    await _send(body).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The peer is gone: nothing more can reach it; its side ends the input.
                    _outgoing.Writer.TryComplete();
                    return;
                }
            }
        }
    }
}
