using System.Collections.Generic;
using System.Text;

namespace InspectFramework.Tooling.Reports;

/// <summary>Layout shared by the plain-text reports of scoring and analysis.</summary>
internal static class PlainText
{
    /// <summary>Breaks <paramref name="text"/> at spaces into lines of at most <paramref name="width"/>
    /// characters (a longer word stands alone); lines after the first get <paramref name="width"/>
    /// minus <paramref name="continuationIndent"/>, for callers that indent them.</summary>
    public static List<string> Wrap(string text, int width, int continuationIndent = 0)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            var limit = lines.Count == 0 ? width : width - continuationIndent;
            if (line.Length > 0 && line.Length + 1 + word.Length > limit)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Ends the line being written in <paramref name="text"/>: padding spaces go, so no line of
    /// a report ends in white space.</summary>
    public static void EndLine(StringBuilder text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        text.Length = end;
        text.Append('\n');
    }
}
