using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// Turns framework wording into C# that is valid whatever the wording contains. Deliberately uses no
/// Unicode category tables (they differ between .NET versions), so output is the same on every machine:
/// string literals escape everything outside printable ASCII; comments keep readable non-ASCII text and
/// replace only a fixed list of characters that would break them.
/// </summary>
public static class CSharpText
{
    /// <summary>A regular C# string literal with quotes, whose value is exactly <paramref name="value"/>
    /// (lone surrogates included).</summary>
    public static string StringLiteral(string value)
    {
        if (IsPlainLiteral(value))
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (c >= ' ' && c <= '~')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        AppendUnicodeEscape(builder, c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Appends <see cref="StringLiteral"/> of <paramref name="value"/>.</summary>
    internal static StringBuilder AppendStringLiteral(StringBuilder builder, string value) =>
        IsPlainLiteral(value) ? builder.Append('"').Append(value).Append('"') : builder.Append(StringLiteral(value));

    // Text that goes between the quotes as it is.
    private static bool IsPlainLiteral(string value) => IsPlain(value, allowMarkup: true) && value.IndexOf('"') < 0 && value.IndexOf('\\') < 0;

    /// <summary>A literal for a nullable string: <c>null</c> or <see cref="StringLiteral"/>.</summary>
    public static string NullableStringLiteral(string? value) => value is null ? "null" : StringLiteral(value);

    /// <summary>An <c>int</c> literal in invariant form.</summary>
    public static string IntLiteral(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A <c>decimal</c> literal in invariant form (<c>64.5m</c>).</summary>
    public static string DecimalLiteral(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>A <c>bool</c> literal.</summary>
    public static string BoolLiteral(bool value) => value ? "true" : "false";

    /// <summary>
    /// Text for a single-line <c>//</c> comment: line breaks and characters that could end or disturb
    /// the comment are written as escapes, so the text stays on its line.
    /// </summary>
    public static string LineComment(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineBreak(c) || NeedsEscapeInComment(text, i))
            {
                AppendVisibleEscape(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The lines of an XML documentation comment's content for <paramref name="text"/>: split at line
    /// breaks (including the ones C# recognises beyond \r and \n), with <c>&amp;</c>, <c>&lt;</c> and
    /// <c>&gt;</c> escaped and characters XML forbids written as visible escapes. Never empty.
    /// </summary>
    public static ImmutableArray<string> XmlDocLines(string text)
    {
        if (PlainXmlDocLine(text) is { } plain)
        {
            return ImmutableArray.Create(plain);
        }

        var lines = ImmutableArray.CreateBuilder<string>();
        var line = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (IsLineBreak(c))
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                continue;
            }

            switch (c)
            {
                case '&': line.Append("&amp;"); break;
                case '<': line.Append("&lt;"); break;
                case '>': line.Append("&gt;"); break;
                default:
                    if (NeedsEscapeInComment(text, i))
                    {
                        AppendVisibleEscape(line, c);
                    }
                    else
                    {
                        line.Append(c);
                    }

                    break;
            }
        }

        lines.Add(line.ToString().TrimEnd());
        return lines.ToImmutable();
    }

    /// <summary>
    /// The lines of an XML documentation comment, each starting with <c>///</c>: the summary, then each
    /// remark as a paragraph of the remarks (none when there are no remarks), the text escaped as
    /// <see cref="XmlDocLines"/> escapes it.
    /// </summary>
    public static IEnumerable<string> DocCommentLines(string summary, IReadOnlyList<string> remarks)
    {
        // Plain text (most wording) is one line made in one concatenation: a large framework has tens
        // of thousands of these comments.
        yield return "/// <summary>";
        if (PlainXmlDocLine(summary) is { } plainSummary)
        {
            yield return DocLine(plainSummary);
        }
        else
        {
            foreach (var line in XmlDocLines(summary))
            {
                yield return DocLine(line);
            }
        }

        yield return "/// </summary>";
        if (remarks.Count == 0)
        {
            yield break;
        }

        yield return "/// <remarks>";
        foreach (var remark in remarks)
        {
            if (PlainXmlDocLine(remark) is { } plain)
            {
                yield return "/// <para>" + plain + "</para>";
                continue;
            }

            var paragraph = XmlDocLines(remark);
            for (var i = 0; i < paragraph.Length; i++)
            {
                yield return DocLine((i == 0 ? "<para>" : string.Empty) + paragraph[i] + (i == paragraph.Length - 1 ? "</para>" : string.Empty));
            }
        }

        yield return "/// </remarks>";
    }

    private static string DocLine(string content) => content.Length == 0 ? "///" : "/// " + content;

    /// <summary>The one line <see cref="XmlDocLines"/> gives for text that needs nothing escaped
    /// (printable ASCII without markup, so no line break either), without the array; otherwise null.</summary>
    internal static string? PlainXmlDocLine(string text) => IsPlain(text, allowMarkup: false) ? text.TrimEnd() : null;

    // Printable ASCII only (and, unless markup is allowed, none of & < >): the common case, which needs
    // no escaping at all. Everything else takes the character-by-character path.
    private static bool IsPlain(string text, bool allowMarkup)
    {
        foreach (var c in text)
        {
            if (c < ' ' || c > '~' || (!allowMarkup && c is '&' or '<' or '>'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters C# treats as the end of a line (C# spec, "Line terminators").</summary>
    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    // Characters that may not appear raw in a comment we emit: control characters (XML forbids most,
    // and they are invisible), bidirectional overrides (they make code read differently from how it
    // compiles), byte-order marks and non-characters, and surrogates that do not form a pair.
    private static bool NeedsEscapeInComment(string text, int index)
    {
        var c = text[index];
        if (c < ' ' && c != '\t')
        {
            return true;
        }

        if (c is '\u007F' or '\u200E' or '\u200F' or '\uFEFF' or '\uFFFE' or '\uFFFF'
            || (c >= '\u0080' && c <= '\u009F')
            || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069'))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return false;
    }

    private static void AppendVisibleEscape(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            default: AppendUnicodeEscape(builder, c); break;
        }
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
