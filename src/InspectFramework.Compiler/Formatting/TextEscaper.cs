using System.Globalization;
using System.Text;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Formatting;

/// <summary>Writes a text value back as a quoted literal in one canonical way.</summary>
public static class TextEscaper
{
    /// <summary>
    /// Quotes <paramref name="value"/>: <c>\"</c>, <c>\\</c>, <c>\n</c> and <c>\t</c> for those four,
    /// <c>\uXXXX</c> for other invisible, line-breaking or bidirectional characters and for unpaired surrogates (which
    /// UTF-8 cannot hold), everything else literally, so typographic quotes stay readable.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    continue;
                case '\\':
                    builder.Append("\\\\");
                    continue;
                case '\n':
                    builder.Append("\\n");
                    continue;
                case '\t':
                    builder.Append("\\t");
                    continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    // Lone surrogates, and every character a reader cannot see or that changes how the text around it
    // is shown: controls, line breaks, zero-width characters and bidirectional controls (Trojan Source),
    // so an escape such as \u202E stays an escape and never becomes the raw character.
    private static bool NeedsEscape(char c) => char.IsSurrogate(c) || DisplayText.IsInvisible(c);
}
