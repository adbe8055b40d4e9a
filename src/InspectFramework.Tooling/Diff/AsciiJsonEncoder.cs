using System.Globalization;
using System.Text.Encodings.Web;

namespace InspectFramework.Tooling.Diff;

/// <summary>
/// The escaping <c>inspect diff --format json</c> has always written: only what JSON requires
/// (<c>\"</c>, <c>\\</c>, control characters) and everything outside ASCII as <c>\u</c> and four
/// lower-case hex digits per UTF-16 code unit; apostrophes, <c>+</c>, <c>&lt;</c> and <c>&gt;</c> as they are.
/// </summary>
/// <remarks>
/// System.Text.Json's own encoders either escape HTML-sensitive characters (<c>'</c> as
/// <c>\u0027</c>) or write non-ASCII text unescaped; the diff is read by tools that compare it
/// byte for byte, so it keeps its ASCII form. An encoder is the writer's extension point for exactly
/// this; its members are pointer-based, hence unsafe.
/// </remarks>
internal sealed class AsciiJsonEncoder : JavaScriptEncoder
{
    public static readonly AsciiJsonEncoder Instance = new();

    private AsciiJsonEncoder()
    {
    }

    // A scalar beyond the Basic Multilingual Plane is two code units, each \uxxxx.
    public override int MaxOutputCharactersPerInputCharacter => 12;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar > 0x7E || unicodeScalar == '"' || unicodeScalar == '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (WillEncode(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escaped = Escape(unicodeScalar);
        numberOfCharactersWritten = 0;
        if (escaped.Length > bufferLength)
        {
            return false;
        }

        for (var i = 0; i < escaped.Length; i++)
        {
            buffer[i] = escaped[i];
        }

        numberOfCharactersWritten = escaped.Length;
        return true;
    }

    private static string Escape(int scalar) => scalar switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        < 0x10000 => CodeUnit(scalar),
        _ => SurrogatePair(scalar),
    };

    private static string SurrogatePair(int scalar)
    {
        var pair = char.ConvertFromUtf32(scalar);
        return CodeUnit(pair[0]) + CodeUnit(pair[1]);
    }

    private static string CodeUnit(int unit) => "\\u" + unit.ToString("x4", CultureInfo.InvariantCulture);
}
