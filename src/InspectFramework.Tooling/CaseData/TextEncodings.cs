using System;
using System.IO;
using System.Text;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// The encodings data files may be read in: UTF-8 (the format's own), UTF-16 with a byte-order mark
/// (Excel's "Unicode text"), and, when named (<c>--encoding windows-1252</c>), Windows-1252, what
/// Excel's plain "CSV" writes on Windows in Western Europe.
/// </summary>
public static class TextEncodings
{
    /// <summary>The names <c>--encoding</c> takes.</summary>
    public static readonly string[] Names = ["utf-8", "windows-1252"];

    /// <summary>The encoding called <paramref name="name"/>; null for UTF-8 (the default) or an unknown name.</summary>
    public static Encoding? Named(string name)
    {
        if (name.Equals("windows-1252", StringComparison.OrdinalIgnoreCase))
        {
            // Code pages other than UTF and Latin-1 come from the provider (in the shared framework,
            // and kept by Native AOT when registered like this).
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }

        return null;
    }

    /// <summary>
    /// The stream as UTF-8 for the JSON reader, which reads bytes: UTF-16 (by its byte-order mark) and
    /// a named encoding are transcoded as they are read; UTF-8 is passed through untouched.
    /// </summary>
    public static Stream AsUtf8(Stream stream, Encoding? encoding)
    {
        var first = new byte[2];
        var start = stream.CanSeek ? stream.Position : 0;
        var count = 0;
        while (count < 2 && stream.Read(first, count, 2 - count) is var read and > 0)
        {
            count += read;
        }

        // A file is read again from its start, so that progress still knows its length; a pipe
        // cannot go back, so the bytes read are put in front of the rest.
        Stream whole = stream.CanSeek ? stream : new PrefixedStream(first.AsMemory(0, count), stream);
        if (stream.CanSeek)
        {
            stream.Position = start;
        }

        Encoding? from = count == 2 && first[0] == 0xFF && first[1] == 0xFE ? new UnicodeEncoding(false, true, true)
            : count == 2 && first[0] == 0xFE && first[1] == 0xFF ? new UnicodeEncoding(true, true, true)
            : count == 2 && first[0] == 0xEF && first[1] == 0xBB ? null
            : encoding;

        // A UTF-16 mark is decoded as U+FEFF, which becomes the UTF-8 mark the JSON reader skips.
        return from is null ? whole : Encoding.CreateTranscodingStream(whole, from, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Bytes already read from a stream, then the rest of it: a peek that works on a pipe.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
            {
                return rest.Read(buffer);
            }

            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span.Slice(0, n).CopyTo(buffer);
            _prefix = _prefix.Slice(n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
