using System.Globalization;
using System.Text;
using InspectFramework.Diagnostics;
using InspectFramework.Text;

namespace InspectFramework.Parsing;

/// <summary>Reads the value of quoted text, reporting escapes it does not know.</summary>
internal static class TextUnescaper
{
    /// <param name="raw">The token text, starting with its opening quote; the closing quote may be missing.</param>
    /// <param name="start">Offset of the opening quote in the file, for diagnostic spans.</param>
    public static string Unescape(string raw, int start, DiagnosticBag diagnostics)
    {
        var end = raw.Length > 1 && raw[raw.Length - 1] == '"' ? raw.Length - 1 : raw.Length;
        if (raw.IndexOf('\\') < 0)
        {
            return raw.Substring(1, end - 1);
        }

        var builder = new StringBuilder(end);
        for (var i = 1; i < end; i++)
        {
            var c = raw[i];
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

            var next = raw[++i];
            switch (next)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < end && IsHex(raw, i + 1, 4):
                    builder.Append((char)int.Parse(raw.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
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
