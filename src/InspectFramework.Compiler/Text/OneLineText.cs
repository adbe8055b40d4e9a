using System.Globalization;
using System.Text;

namespace InspectFramework.Compiler.Text;

/// <summary>
/// Text quoted from a file or from data into a one-line message (a diagnostic, a problem): IDEs and CI
/// read one diagnostic per line, so line breaks and other control characters are shown as escapes and
/// can never start a line of their own.
/// </summary>
public static class OneLineText
{
    public static string Escape(string text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return builder.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
