using System.Text;

namespace InspectFramework.Tooling.Reports;

/// <summary>
/// The one escaper for text from a framework or an inspection written into Markdown (standards
/// documents, the diff, the score and analysis reports): once rendered (CommonMark, GitHub), the text
/// is text, never HTML, a link, an image, emphasis or a table cell boundary.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes the characters Markdown reads as formatting, raw HTML (<c>&lt;</c>) or link
    /// syntax (<c>[</c>, <c>]</c>); breaks the patterns GitHub and Markdig turn into links by themselves
    /// (<c>https://</c>, <c>mailto:</c>, <c>www.</c>, <c>name@host</c>); a line break becomes <c>&lt;br&gt;</c>
    /// so the text cannot start a block of its own (a heading, a list, a table row).
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '<' or '>' or '|' or '#' or '@':
                    builder.Append('\\').Append(c);
                    break;
                case ':' when StartsAutolink(text, i):
                    builder.Append("\\:");
                    break;
                case '.' when i >= 3 && string.Compare(text, i - 3, "www", 0, 3, System.StringComparison.OrdinalIgnoreCase) == 0:
                    builder.Append("\\.");
                    break;
                case '\n':
                    builder.Append("<br>");
                    break;
                case '\r':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    // "scheme://" (http, https, ftp and any other) and the schemes autolinked without slashes.
    private static bool StartsAutolink(string text, int colon) =>
        (colon + 1 < text.Length && text[colon + 1] == '/')
        || EndsWith(text, colon, "mailto") || EndsWith(text, colon, "tel");

    private static bool EndsWith(string text, int end, string word) =>
        end >= word.Length && string.Compare(text, end - word.Length, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0;
}
