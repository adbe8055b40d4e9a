using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace InspectFramework.Compiler.Text;

/// <summary>
/// A replacement of one span of the original text with new text; an insertion has an empty span, a
/// deletion empty new text. Spans always refer to the text the diagnostic was computed from, so the
/// changes of one fix never see each other's effects.
/// </summary>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    public static TextChange Insert(int position, string text) => new(new TextSpan(position, 0), text);

    public static TextChange Delete(TextSpan span) => new(span, string.Empty);

    /// <summary>
    /// Whether <see cref="Apply"/> can make the changes in a text of <paramref name="length"/>
    /// characters: they lie inside it and do not overlap (two insertions at one place may).
    /// </summary>
    public static bool Fit(int length, IEnumerable<TextChange> changes)
    {
        var position = 0;
        foreach (var change in Ordered(changes))
        {
            if (!Fits(change, position, length))
            {
                return false;
            }

            position = change.Span.End;
        }

        return true;
    }

    /// <summary>
    /// The text with every change made. The changes must lie inside the text and must not overlap
    /// (two insertions at one place are kept in the order given); otherwise nothing is changed and
    /// an <see cref="ArgumentException"/> says why.
    /// </summary>
    public static string Apply(string text, IEnumerable<TextChange> changes)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var change in Ordered(changes))
        {
            if (!Fits(change, position, text.Length))
            {
                throw new ArgumentException($"The change {change.Span} overlaps another or lies outside the text (length {text.Length}).", nameof(changes));
            }

            result.Append(text, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    // By place; insertions at one place in the order given.
    private static IEnumerable<TextChange> Ordered(IEnumerable<TextChange> changes) =>
        changes.Select((change, index) => (change, index))
            .OrderBy(c => c.change.Span.Start).ThenBy(c => c.change.Span.End).ThenBy(c => c.index)
            .Select(c => c.change);

    // Inside the text and after the previous change, which ended at position.
    private static bool Fits(TextChange change, int position, int length) =>
        change.Span.Start >= position && change.Span.End <= length;
}
