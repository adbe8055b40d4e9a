using System;
using System.IO;
using System.Text;
using System.Text.Json;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>What <see cref="JsonInspectionStream"/> does with a property of the root object.</summary>
internal enum RootAction
{
    /// <summary>Read the whole value, once it is in the buffer, with <see cref="IJsonInspectionHandler.RootValue"/>.</summary>
    ReadValue,

    /// <summary>The value is an array: hand its elements over one by one with <see cref="IJsonInspectionHandler.Element"/>.</summary>
    StreamElements,

    /// <summary>Read no further.</summary>
    Stop,
}

/// <summary>What an inspection data file's content means: <see cref="JsonInspectionReader"/>.</summary>
internal interface IJsonInspectionHandler
{
    RootAction RootProperty(string name, long nameOffset, JsonTokenType valueType);

    void RootValue(string name, long nameOffset, ref Utf8JsonReader value);

    /// <summary>One element of the array last streamed, whole in the buffer.</summary>
    void Element(long start, ref Utf8JsonReader value);
}

/// <summary>
/// Reads an inspection data file's one JSON object as a stream: the file is read in chunks, and each
/// property of the root object, or each element of an array the handler streams (the cases), is handed
/// to the <see cref="IJsonInspectionHandler"/> as soon as it is whole, so memory holds one case at a
/// time however many cases the file has. <see cref="Utf8JsonReader.TrySkip"/> tells whether a whole
/// value is in the buffer; if not, the buffer is refilled (and grown for a value larger than it) and
/// reading resumes from the saved reader state at the value's start. It reports what makes the file
/// unreadable as JSON (syntax, bytes that are not UTF-8, a value too large, the end cut short) at its
/// line and column; what the values mean is the handler's.
/// </summary>
internal sealed class JsonInspectionStream
{
    private readonly string _display;
    private readonly InspectionSession _session;
    private readonly IJsonInspectionHandler _handler;
    private readonly LineTracker _lines = new();
    private byte[] _buffer = new byte[1 << 16];
    private byte[] _scratch = new byte[256];
    private Stream? _stream;
    private long _bufferStart;
    private long _validated;
    private long _invalidAt = -1;
    private int _start;
    private int _end;
    private int _spanStart;
    private bool _eof;
    private JsonReaderState _state;
    private Phase _phase;
    private bool _stop;

    private enum Phase
    {
        Start,
        RootProperties,
        Array,
        End,
        Done,
    }

    public JsonInspectionStream(string display, InspectionSession session, IJsonInspectionHandler handler)
    {
        _display = display;
        _session = session;
        _handler = handler;
    }

    /// <summary>The file's length in bytes; 0 when it is not known (standard input, a pipe).</summary>
    public long Length { get; private set; }

    /// <summary>Whether the root object was read to its end.</summary>
    public bool Closed { get; private set; }

    /// <summary>Whether reading was stopped on purpose: the root is not an object, or the handler said so.</summary>
    public bool Stopped => _stop;

    /// <summary>Reads no further once the current value is done (the handler found the file is not for this framework).</summary>
    public void Stop() => _stop = true;

    /// <summary>How far the reader has got in the file, for progress.</summary>
    public long Position(ref Utf8JsonReader r) => _bufferStart + _spanStart + r.BytesConsumed;

    /// <summary>Reads the stream to its end or to the first problem that makes it unreadable; false when it cannot be read.</summary>
    public bool Read(Stream stream)
    {
        try
        {
            _stream = stream;
            Length = stream.CanSeek ? stream.Length : 0;
            SkipByteOrderMark();
            _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
            while (_phase != Phase.Done)
            {
                if (!Fill())
                {
                    break;
                }

                Process();
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _session.Stop(CaseDataProblems.FileUnreadable(e.Message.TrimEnd('.'), Location.InFile(_display)));
            return false;
        }
        catch (System.Text.DecoderFallbackException)
        {
            // Only from a transcoded file (UTF-16, or --encoding): UTF-8 is checked byte by byte in Validate.
            _session.Stop(CaseDataProblems.FileUnreadable("it is not valid text in its encoding (UTF-16 by its byte-order mark, or the --encoding given); save it as UTF-8", Location.InFile(_display)));
            return false;
        }
    }

    private void SkipByteOrderMark()
    {
        Fill();
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
            _lines.Advance(_buffer, 0, 3);
        }
    }

    // Makes room and reads more; false when nothing more can be read (the caller stops).
    private bool Fill()
    {
        if (_start > 0)
        {
            _lines.Advance(_buffer, _bufferStart, _bufferStart + _start);
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferStart += _start;
            _end -= _start;
            _start = 0;
        }

        if (_eof)
        {
            return true;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= InspectionReader.MaxValueBytes)
            {
                _session.Stop(CaseDataProblems.TooLarge("A single value (a case or the inspection entry)", InspectionReader.MaxValueBytes, LocationAt(_bufferStart)));
                _phase = Phase.Done;
                return false;
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream!.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        Validate();
        return true;
    }

    // System.Text.Json checks UTF-8 only in the strings it is asked to turn into text, so bytes that
    // are not UTF-8 in a rationale or in white space would pass unseen (a file saved as Windows-1252,
    // for one). Every byte is checked as it arrives; the JSON reader is given only checked bytes, and
    // stops at the first bad one (see Process). A character cut by the end of the buffer waits for
    // the next fill.
    private void Validate()
    {
        if (_invalidAt >= 0)
        {
            return;
        }

        var from = (int)(_validated - _bufferStart);
        var span = _buffer.AsSpan(from, _end - from);
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            _validated = _bufferStart + _end;
            return;
        }

        var i = 0;
        while (i < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span.Slice(i), out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                i += consumed;
            }
            else if (status == System.Buffers.OperationStatus.NeedMoreData && !_eof)
            {
                break;
            }
            else
            {
                _invalidAt = _validated + i;
                break;
            }
        }

        _validated += i;
    }

    // Reads as many whole units (tokens, whole cases) as the buffer holds. A unit that is cut off by
    // the end of the buffer is rolled back to its start, to be read again after the next fill.
    private void Process()
    {
        _spanStart = _start;
        var limit = (int)(_validated - _bufferStart);
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, limit - _start), _eof && limit == _end, _state);
        var checkpoint = 0L;
        var checkpointState = _state;
        try
        {
            while (_phase != Phase.Done && !_stop)
            {
                checkpoint = reader.BytesConsumed;
                checkpointState = reader.CurrentState;
                if (!Step(ref reader))
                {
                    if (_invalidAt >= 0)
                    {
                        var bad = _buffer[(int)(_invalidAt - _bufferStart)].ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
                        _session.Stop(CaseDataProblems.MalformedJson($"the byte 0x{bad} here does not belong to any UTF-8 character (files saved as Windows-1252 or Latin-1 often have such bytes in quotes and dashes)", LocationAt(_invalidAt)));
                        _phase = Phase.Done;
                    }
                    else if (_eof)
                    {
                        // A final block that still needs more is cut short; the reader throws for
                        // most truncations, this catches the rest.
                        _session.Stop(CaseDataProblems.MalformedJson("the file ends before the JSON value is complete", LocationAt(_bufferStart + _end)));
                        _phase = Phase.Done;
                    }

                    break;
                }
            }

            if (_stop)
            {
                _phase = Phase.Done;
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            _session.Stop(CaseDataProblems.MalformedJson(Describe(e), Location.AtLine(_display, line, column)));
            _phase = Phase.Done;
            return;
        }
        catch (InvalidTextException e)
        {
            _session.Stop(CaseDataProblems.MalformedJson("this text is not valid UTF-8, or has a \\u escape that is half of a character (a lone surrogate)", e.At));
            _phase = Phase.Done;
            return;
        }

        _start += (int)checkpoint;
        _state = checkpointState;
    }

    // One unit; false when the buffer ran out first.
    private bool Step(ref Utf8JsonReader reader)
    {
        switch (_phase)
        {
            case Phase.Start:
                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    _session.Stop(CaseDataProblems.UnexpectedStructure("An inspection data file is one JSON object with \"inspection\" and \"cases\"", LocationAt(Offset(ref reader))));
                    _stop = true;
                    return true;
                }

                _phase = Phase.RootProperties;
                return true;

            case Phase.RootProperties:
            {
                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    _phase = Phase.End;
                    Closed = true;
                    return true;
                }

                var nameOffset = Offset(ref reader);
                var name = Text(ref reader) ?? string.Empty;
                if (!reader.Read())
                {
                    return false;
                }

                switch (_handler.RootProperty(name, nameOffset, reader.TokenType))
                {
                    case RootAction.Stop:
                        _stop = true;
                        return true;
                    case RootAction.StreamElements:
                        _phase = Phase.Array;
                        return true;
                }

                var value = reader;
                if (!reader.TrySkip())
                {
                    return false;
                }

                _handler.RootValue(name, nameOffset, ref value);
                return true;
            }

            case Phase.Array:
            {
                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    _phase = Phase.RootProperties;
                    return true;
                }

                var start = Offset(ref reader);
                var value = reader;
                if (!reader.TrySkip())
                {
                    return false;
                }

                _handler.Element(start, ref value);
                return true;
            }

            case Phase.End:
                // Anything after the root object is an error the reader reports by throwing.
                if (!reader.Read())
                {
                    if (!_eof)
                    {
                        return false;
                    }

                    _phase = Phase.Done;
                    return true;
                }

                _session.Stop(CaseDataProblems.MalformedJson("there is more after the end of the inspection object", LocationAt(Offset(ref reader))));
                _phase = Phase.Done;
                return true;

            default:
                return true;
        }
    }

    /// <summary>A token's text for messages: strings unquoted, other values as written.</summary>
    public string RawText(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.String => Text(ref r) ?? string.Empty,
        JsonTokenType.StartObject => "{...}",
        JsonTokenType.StartArray => "[...]",
        _ => Encoding.UTF8.GetString(r.ValueSpan),
    };

    /// <summary>A string's UTF-8 bytes with escapes undone; valid until the next call.</summary>
    public ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader r)
    {
        if (!r.ValueIsEscaped)
        {
            return r.ValueSpan;
        }

        if (_scratch.Length < r.ValueSpan.Length)
        {
            _scratch = new byte[r.ValueSpan.Length];
        }

        int written;
        try
        {
            written = r.CopyString(_scratch);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidTextException(LocationAt(Offset(ref r)));
        }

        return _scratch.AsSpan(0, written);
    }

    // System.Text.Json reads a string's bytes without checking them; only turning them into text
    // finds bytes that are not UTF-8, or a \u escape of half a surrogate pair. Either makes the
    // file unreadable from here on, like a syntax error, and is reported where the string is.
    public string? Text(ref Utf8JsonReader r)
    {
        try
        {
            return r.GetString();
        }
        catch (InvalidOperationException) when (r.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw new InvalidTextException(LocationAt(Offset(ref r)));
        }
    }

    private sealed class InvalidTextException(Location at) : Exception
    {
        public Location At { get; } = at;
    }

    /// <summary>The offset in the file of the reader's current token.</summary>
    public long Offset(ref Utf8JsonReader r) => _bufferStart + _spanStart + r.TokenStartIndex;

    /// <summary>The line and column of a byte offset at or after the last one asked for.</summary>
    public Location LocationAt(long offset)
    {
        _lines.Advance(_buffer, _bufferStart, Math.Min(offset, _bufferStart + _end));
        return Location.AtLine(_display, _lines.Line, _lines.Column);
    }

    // System.Text.Json's messages end with its own position text; the location is reported apart.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message.Substring(0, cut);
        }

        message = message.TrimEnd('.', ' ');
        return message.Length == 0 ? "the JSON cannot be read" : char.ToLowerInvariant(message[0]) + message.Substring(1);
    }
}
