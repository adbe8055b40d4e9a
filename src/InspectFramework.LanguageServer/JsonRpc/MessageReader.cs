using System;
using System.Buffers;
using System.Buffers.Text;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>
/// Reads LSP's base protocol: header lines (<c>Content-Length: N</c>, optionally <c>Content-Type</c>)
/// ended by an empty line, then N bytes of UTF-8 JSON. A broken header is reported once and the reader
/// skips to the next <c>Content-Length:</c>, so one bad message does not end the session.
/// </summary>
internal sealed class MessageReader
{
    /// <summary>Headers are two short lines; more than this without an empty line is not a header.</summary>
    private const int MaxHeaderBytes = 4096;

    /// <summary>Framework files may be 32 MB, and JSON escaping can make a text several times longer;
    /// anything larger is refused before it is buffered.</summary>
    private const int MaxBodyBytes = 256 * 1024 * 1024;

    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    private static ReadOnlySpan<byte> ContentLength => "Content-Length:"u8;

    private readonly PipeReader _reader;
    private bool _resynchronising;

    public MessageReader(Stream input) => _reader = PipeReader.Create(input);

    public async ValueTask<MessageFrame> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var frame = TryReadFrame(ref buffer, out var consumed, result.IsCompleted);
            if (frame is { } read)
            {
                // Only what was read is examined: the next message may be in the buffer already.
                _reader.AdvanceTo(consumed);
                return read;
            }

            _reader.AdvanceTo(consumed, buffer.End);

            if (result.IsCompleted)
            {
                await _reader.CompleteAsync().ConfigureAwait(false);
                return MessageFrame.End;
            }
        }
    }

    // Returns a frame when one is complete; otherwise null and how far the buffer was consumed.
    private MessageFrame? TryReadFrame(ref ReadOnlySequence<byte> buffer, out SequencePosition consumed, bool completed)
    {
        consumed = buffer.Start;
        var reader = new SequenceReader<byte>(buffer);
        if (_resynchronising)
        {
            if (!reader.TryReadTo(out ReadOnlySequence<byte> _, ContentLength, advancePastDelimiter: false))
            {
                // Keep a tail that may be the start of the next header.
                consumed = buffer.Length > ContentLength.Length ? buffer.GetPosition(buffer.Length - ContentLength.Length) : buffer.Start;
                return null;
            }

            _resynchronising = false;
            consumed = reader.Position;
            buffer = buffer.Slice(reader.Position);
            reader = new SequenceReader<byte>(buffer);
        }

        if (!reader.TryReadTo(out ReadOnlySequence<byte> header, HeaderEnd, advancePastDelimiter: true))
        {
            if (buffer.Length > MaxHeaderBytes)
            {
                return Resynchronise(buffer.End, out consumed, $"no end of header (an empty line) within {MaxHeaderBytes} bytes");
            }

            if (completed && !IsBlank(buffer))
            {
                consumed = buffer.End;
                return new MessageFrame(null, "the input ended inside a message header");
            }

            return null;
        }

        var headerEnd = reader.Position;
        if (ReadLength(header) is not { } length)
        {
            return Resynchronise(headerEnd, out consumed, "a message header without a valid Content-Length");
        }

        if (length > MaxBodyBytes)
        {
            return Resynchronise(headerEnd, out consumed, $"a message of {length} bytes, more than the {MaxBodyBytes} allowed");
        }

        if (reader.Remaining < length)
        {
            if (completed)
            {
                consumed = buffer.End;
                return new MessageFrame(null, "the input ended inside a message body");
            }

            return null;
        }

        var body = buffer.Slice(headerEnd, length);
        consumed = body.End;
        return new MessageFrame(body.ToArray(), null);
    }

    private MessageFrame Resynchronise(SequencePosition skipTo, out SequencePosition consumed, string error)
    {
        _resynchronising = true;
        consumed = skipTo;
        return new MessageFrame(null, error);
    }

    private static bool IsBlank(ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The value of the Content-Length header (its name is case-insensitive, as in HTTP); null when
    // missing, not a number, or given twice with different values.
    private static int? ReadLength(ReadOnlySequence<byte> header)
    {
        int? length = null;
        var lines = new SequenceReader<byte>(header);
        while (!lines.End)
        {
            if (!lines.TryReadTo(out ReadOnlySequence<byte> line, "\r\n"u8, advancePastDelimiter: true))
            {
                line = lines.UnreadSequence;
                lines.AdvanceToEnd();
            }

            var text = line.ToArray().AsSpan();
            if (text.Length < ContentLength.Length || !Ascii.EqualsIgnoreCase(text[..ContentLength.Length], ContentLength))
            {
                continue;
            }

            var value = text[ContentLength.Length..].Trim((byte)' ');
            if (!Utf8Parser.TryParse(value, out int parsed, out var used) || used != value.Length || parsed < 0 || (length is { } earlier && earlier != parsed))
            {
                return null;
            }

            length = parsed;
        }

        return length;
    }
}
