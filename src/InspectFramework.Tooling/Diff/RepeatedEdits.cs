using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Model;

namespace InspectFramework.Tooling.Diff;

/// <summary>The same words changed in several items: "'child or young person' -> 'child' in 57 items".</summary>
public sealed record RepeatedEdit(string Old, string New, int Items);

/// <summary>
/// Finds edits made in many items by comparing the word-diff hunks of every rewording: a hunk is a
/// run of removed and added words between kept ones. A pure removal or addition is shown with the
/// kept word before it ("children and young people" -> "children"), so that it reads as an edit.
/// </summary>
public static class RepeatedEdits
{
    /// <summary>Edits found in at least this many items are reported.</summary>
    public const int MinimumItems = 2;

    public static IReadOnlyList<RepeatedEdit> Find(IEnumerable<FrameworkChange> changes)
    {
        var items = new Dictionary<(string Old, string New), HashSet<string>>();
        foreach (var change in changes.Where(c => c.Wording.Count > 0))
        {
            foreach (var hunk in Hunks(change.Wording))
            {
                if (!items.TryGetValue(hunk, out var targets))
                {
                    items[hunk] = targets = new HashSet<string>(StringComparer.Ordinal);
                }

                targets.Add(change.Target);
            }
        }

        return items
            .Where(e => e.Value.Count >= MinimumItems)
            .Select(e => new RepeatedEdit(e.Key.Old, e.Key.New, e.Value.Count))
            .OrderByDescending(e => e.Items)
            .ThenBy(e => e.Old, StringComparer.Ordinal)
            .ThenBy(e => e.New, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<(string Old, string New)> Hunks(EquatableArray<WordDiffSegment> segments)
    {
        var i = 0;
        while (i < segments.Count)
        {
            if (segments[i].Operation == DiffOperation.Same)
            {
                i++;
                continue;
            }

            var removed = string.Empty;
            var added = string.Empty;
            var start = i;
            for (; i < segments.Count && segments[i].Operation != DiffOperation.Same; i++)
            {
                if (segments[i].Operation == DiffOperation.Removed)
                {
                    removed += segments[i].Text;
                }
                else
                {
                    added += segments[i].Text;
                }
            }

            var glued = start > 0 && !char.IsWhiteSpace(segments[start].Text[0]) && !char.IsWhiteSpace(segments[start - 1].Text[segments[start - 1].Text.Length - 1]);
            (removed, added) = (Squeeze(removed), Squeeze(added));
            if (removed.Length == 0 || added.Length == 0)
            {
                // Only removed or only added: put the kept word before it on both sides. A change
                // glued to the word before it ("child[-ren-]") is not a word-level edit worth naming.
                var before = start > 0 && !glued ? LastWord(segments[start - 1].Text) : string.Empty;
                if (before.Length == 0)
                {
                    continue;
                }

                removed = removed.Length == 0 ? before : before + " " + removed;
                added = added.Length == 0 ? before : before + " " + added;
            }

            yield return (removed, added);
        }
    }

    private static string LastWord(string text)
    {
        var trimmed = text.TrimEnd();
        var start = trimmed.Length;
        while (start > 0 && !char.IsWhiteSpace(trimmed[start - 1]))
        {
            start--;
        }

        return trimmed.Substring(start);
    }

    private static string Squeeze(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
