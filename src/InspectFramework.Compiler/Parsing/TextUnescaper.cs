using System.Globalization;
using System.Text;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Parsing;

/// <summary>Reads the value of quoted text, reporting escapes it does not know.</summary>
internal static class TextUnescaper
{
    /// <param name="text">The file's text.</param>
    /// <param name="start">Offset of the opening quote in the file.</param>
    /// <param name="length">The token's length, quotes included; the closing quote may be missing.</param>
    public static string Unescape(string text, int start, int length, DiagnosticBag diagnostics) =>
        Unescape(text, start, length, start, diagnostics);

    /// <param name="raw">Holds the token text, starting with its opening quote, from <paramref name="offset"/>.</param>
    /// <param name="offset">Where the token starts in <paramref name="raw"/>.</param>
    /// <param name="length">The token's length, quotes included; the closing quote may be missing.</param>
    /// <param name="start">Offset of the opening quote in the file, for diagnostic spans.</param>
    public static string Unescape(string raw, int offset, int length, int start, DiagnosticBag diagnostics)
    {
        // Indexes below count from the opening quote, as positions in the file do.
        var end = length > 1 && raw[offset + length - 1] == '"' ? length - 1 : length;
        if (end <= 1 || raw.IndexOf('\\', offset + 1, end - 1) < 0)
        {
            return end <= 1 ? string.Empty : raw.Substring(offset + 1, end - 1);
        }

        var builder = new StringBuilder(end);
        for (var i = 1; i < end; i++)
        {
            var c = raw[offset + i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (i + 1 >= end)
            {
                diagnostics.Report.InvalidEscape(new TextSpan(start + i, 1), "\\");
                break;
            }

            var next = raw[offset + ++i];
            switch (next)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < end && IsHex(raw, offset + i + 1, 4):
                    builder.Append((char)int.Parse(raw.Substring(offset + i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    diagnostics.Report.InvalidEscape(new TextSpan(start + i - 1, 2), "\\" + next);
                    builder.Append(next);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsHex(string s, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            if (!System.Uri.IsHexDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
