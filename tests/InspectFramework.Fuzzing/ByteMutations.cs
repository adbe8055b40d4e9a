using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InspectFramework.Fuzzing;

/// <summary>
/// Mutations that know nothing of the format: flipped bits, inserted, deleted and overwritten bytes,
/// truncation, well-formed but unusual UTF-8, ill-formed UTF-8, line endings and byte-order marks.
/// Each returns a short description of what it did, for the input's replay line.
/// </summary>
internal static class ByteMutations
{
    // Bytes that mean something to a lexer or a decoder.
    private static readonly byte[] Interesting =
    {
        0x00, 0x01, 0x09, 0x0A, 0x0D, 0x0C, 0x20, 0x22, 0x27, 0x28, 0x29, 0x2C, 0x25, 0x2E, 0x2F, 0x2A, 0x3D, 0x5C,
        0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF,
    };

    // Ill-formed UTF-8 (Unicode table 3-7): a byte never in UTF-8, stray continuations, truncated
    // sequences, overlong forms, encoded surrogates, code points above U+10FFFF.
    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0xFF }, new byte[] { 0xFE }, new byte[] { 0x80 }, new byte[] { 0xBF, 0xBF },
        new byte[] { 0xC2 }, new byte[] { 0xE2, 0x80 }, new byte[] { 0xF0, 0x9F, 0x98 },
        new byte[] { 0xC0, 0xAF }, new byte[] { 0xE0, 0x80, 0xAF }, new byte[] { 0xF0, 0x80, 0x80, 0xAF },
        new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xED, 0xBF, 0xBF }, new byte[] { 0xF4, 0x90, 0x80, 0x80 },
        new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 }, new byte[] { 0x93 }, new byte[] { 0x96 },
    };

    // Well-formed characters that editors, word processors and other systems put into files.
    private static readonly string[] UnusualText =
    {
        "\u00e9", "\u00df", "\u0131", "\u0130", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u00a0", "\u2028", "\u2029",
        "\u200b", "\u200d", "\ufeff", "\u0301", "e\u0301", "\u05d0", "\u0627\u0644", "\u202e", "\u4e2d", "\U0001F600", "\U0001D11E",
        "\t", "\f", "\v", "\u0085", "\r", "\r\n", "\n\n\n", "\\", "\\\"", "\"", "\u0000", "\u001b[31m", "%", "{", "}", "(", ")",
    };

    public static string Apply(List<byte> bytes, Random random)
    {
        if (bytes.Count == 0)
        {
            return InsertUnusualText(bytes, random);
        }

        return random.Next(12) switch
        {
            0 or 1 => FlipBits(bytes, random),
            2 => InsertByte(bytes, random),
            3 => DeleteBytes(bytes, random),
            4 => Overwrite(bytes, random),
            5 => Truncate(bytes, random),
            6 or 7 => InsertUnusualText(bytes, random),
            8 => InsertInvalidUtf8(bytes, random),
            9 => LineEndings(bytes, random),
            10 => ByteOrderMark(bytes, random),
            _ => DuplicateRange(bytes, random),
        };
    }

    private static string FlipBits(List<byte> bytes, Random random)
    {
        var count = 1 + random.Next(4);
        var places = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(bytes.Count);
            var bit = random.Next(8);
            bytes[at] ^= (byte)(1 << bit);
            places.Add(Invariant($"{at}.{bit}"));
        }

        return "flip bits " + string.Join(",", places);
    }

    private static string InsertByte(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count + 1);
        var value = random.Next(2) == 0 ? Interesting[random.Next(Interesting.Length)] : (byte)random.Next(256);
        bytes.Insert(at, value);
        return Invariant($"insert byte 0x{value:X2} at {at}");
    }

    private static string DeleteBytes(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count);
        var count = Math.Min(bytes.Count - at, 1 + random.Next(random.Next(2) == 0 ? 4 : 64));
        bytes.RemoveRange(at, count);
        return Invariant($"delete {count} bytes at {at}");
    }

    private static string Overwrite(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count);
        var count = Math.Min(bytes.Count - at, 1 + random.Next(16));
        for (var i = 0; i < count; i++)
        {
            bytes[at + i] = random.Next(3) == 0 ? Interesting[random.Next(Interesting.Length)] : (byte)random.Next(256);
        }

        return Invariant($"overwrite {count} bytes at {at}");
    }

    private static string Truncate(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count);
        bytes.RemoveRange(at, bytes.Count - at);
        return Invariant($"truncate at {at}");
    }

    private static string InsertUnusualText(List<byte> bytes, Random random)
    {
        var text = UnusualText[random.Next(UnusualText.Length)];
        var at = CharacterBoundary(bytes, random.Next(bytes.Count + 1));
        bytes.InsertRange(at, Encoding.UTF8.GetBytes(text));
        return Invariant($"insert {Show(text)} at {at}");
    }

    private static string InsertInvalidUtf8(List<byte> bytes, Random random)
    {
        var sequence = InvalidUtf8[random.Next(InvalidUtf8.Length)];
        var at = random.Next(bytes.Count + 1);
        bytes.InsertRange(at, sequence);
        return Invariant($"insert ill-formed UTF-8 {string.Join(" ", sequence.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)))} at {at}");
    }

    private static string LineEndings(List<byte> bytes, Random random)
    {
        var mode = random.Next(4);
        var result = new List<byte>(bytes.Count + bytes.Count / 20);
        for (var i = 0; i < bytes.Count; i++)
        {
            var b = bytes[i];
            if (b != '\n')
            {
                result.Add(b);
                continue;
            }

            // CRLF everywhere, lone CR everywhere, a mixture, or CR CR LF (a doubled conversion).
            var ending = mode switch
            {
                0 => "\r\n",
                1 => "\r",
                2 => random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" },
                _ => "\r\r\n",
            };
            foreach (var c in ending)
            {
                result.Add((byte)c);
            }
        }

        bytes.Clear();
        bytes.AddRange(result);
        return mode switch { 0 => "line endings CRLF", 1 => "line endings CR", 2 => "line endings mixed", _ => "line endings CR CR LF" };
    }

    private static string ByteOrderMark(List<byte> bytes, Random random)
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        switch (random.Next(3))
        {
            case 0:
                bytes.InsertRange(0, bom);
                return "byte-order mark at the start";
            case 1:
                bytes.InsertRange(0, bom.Concat(bom));
                return "two byte-order marks at the start";
            default:
                var at = CharacterBoundary(bytes, random.Next(bytes.Count + 1));
                bytes.InsertRange(at, bom);
                return Invariant($"byte-order mark at {at}");
        }
    }

    private static string DuplicateRange(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count);
        var count = Math.Min(bytes.Count - at, 1 + random.Next(256));
        var copy = bytes.GetRange(at, count);
        var to = random.Next(bytes.Count + 1);
        bytes.InsertRange(to, copy);
        return Invariant($"copy {count} bytes from {at} to {to}");
    }

    // Inserting well-formed text inside a multi-byte character would make it ill-formed, which is
    // another mutation's job: step back to the character's first byte.
    private static int CharacterBoundary(List<byte> bytes, int at)
    {
        while (at > 0 && at < bytes.Count && (bytes[at] & 0xC0) == 0x80)
        {
            at--;
        }

        return at;
    }

    public static string Show(string text)
    {
        var builder = new StringBuilder("'");
        foreach (var c in text.Length > 40 ? text.Substring(0, 40) + "..." : text)
        {
            builder.Append(c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.Append('\'').ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
