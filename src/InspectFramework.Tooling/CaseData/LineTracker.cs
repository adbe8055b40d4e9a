using System;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// Turns byte offsets of a UTF-8 file read front to back into 1-based line and column (columns
/// count characters, not bytes). Offsets must be asked for in increasing order, and every byte
/// must be shown to the tracker before the reader's buffer lets it go: one vectorised pass over
/// the file, whatever its size.
/// </summary>
internal sealed class LineTracker
{
    private long _position;
    private int _line = 1;
    private int _column = 1;

    public int Line => _line;

    public int Column => _column;

    /// <summary>Moves to <paramref name="offset"/>, reading the bytes before it from
    /// <paramref name="buffer"/>, whose first byte is at file offset <paramref name="bufferStart"/>.</summary>
    public void Advance(ReadOnlySpan<byte> buffer, long bufferStart, long offset)
    {
        if (offset <= _position)
        {
            return;
        }

        var span = buffer.Slice((int)(_position - bufferStart), (int)(offset - _position));
        var last = span.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            _line += span.Count((byte)'\n');
            _column = 1 + CountCharacters(span.Slice(last + 1));
        }
        else
        {
            _column += CountCharacters(span);
        }

        _position = offset;
    }

    // UTF-8 continuation bytes are 10xxxxxx; every other byte starts a character.
    private static int CountCharacters(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Ascii.IsValid(bytes))
        {
            return bytes.Length;
        }

        var count = 0;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
