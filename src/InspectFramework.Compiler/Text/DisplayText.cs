using System.Globalization;
using System.Text;

namespace InspectFramework.Compiler.Text;

/// <summary>
/// The one escaper for text shown on a terminal or in a CI log (diagnostics, file names, the text
/// reports): a value from a file must never start a line of its own, change colours, print a link or
/// reorder what is displayed. Line breaks, control characters (escape sequences start with one), line
/// and paragraph separators and bidirectional controls are written as <c>\n</c>, <c>\r</c>,
/// <c>\t</c> or <c>\uXXXX</c>; everything else is kept as it is.
/// </summary>
public static class DisplayText
{
    public static string OneLine(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="OneLine"/> escapes <paramref name="c"/>: C0 and C1 controls (ESC,
    /// CSI and the rest), the line and paragraph separators, and bidirectional controls.</summary>
    public static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' || IsBidiControl(c);

    /// <summary>The bidirectional formatting characters of Unicode (UAX #9): embeddings, overrides,
    /// isolates and marks, the characters of "Trojan Source" (CVE-2021-42574).</summary>
    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Characters a reader cannot see or that change how the text around them is shown:
    /// controls, separators, bidirectional controls, zero-width characters, the soft hyphen and the
    /// byte-order mark. Listed rather than taken from the runtime's Unicode tables, so every machine
    /// agrees.</summary>
    public static bool IsInvisible(char c) =>
        NeedsEscape(c) || c is '\u00AD' or '\u180E' or (>= '\u200B' and <= '\u200D') or (>= '\u2060' and <= '\u2064') or '\uFEFF';
}
