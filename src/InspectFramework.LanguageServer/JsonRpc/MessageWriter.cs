using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>
/// Writes framed messages to the output from one task, in the order they were queued: handlers running
/// at the same time never interleave bytes, and none of them waits for the pipe to the client.
/// </summary>
internal sealed class MessageWriter
{
    private readonly Stream _output;
    private readonly Channel<byte[]> _queue = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _pump;

    public MessageWriter(Stream output)
    {
        _output = output;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>Queues one message body (UTF-8 JSON); false once the writer is completed.</summary>
    public bool Write(byte[] body) => _queue.Writer.TryWrite(body);

    /// <summary>Writes what is queued, then stops; later messages are dropped.</summary>
    public Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        return _pump;
    }

    private async Task PumpAsync()
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out var body))
                {
                    var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
                    await _output.WriteAsync(header).ConfigureAwait(false);
                    await _output.WriteAsync(body).ConfigureAwait(false);
                }

                await _output.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The client closed its end: nothing more can reach it; the reader sees the end of input.
            _queue.Writer.TryComplete();
        }
    }
}
