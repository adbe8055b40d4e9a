using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace InspectFramework.Compiler.Text;

/// <summary>Finds the closest known name for "did you mean" hints (edit distance, case-insensitive).</summary>
public static class NameSuggester
{
    /// <summary>The first of <see cref="Suggestions"/>, or null: for a hint that names one name.</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        var all = Suggestions(name, candidates);
        return all.IsEmpty ? null : all[0];
    }

    /// <summary>
    /// Every candidate as close to <paramref name="name"/> as the closest, in ordinal order: one when
    /// the suggestion is clear (an editor may apply it without asking), several when they tie.
    /// </summary>
    public static ImmutableArray<string> Suggestions(string name, IEnumerable<string> candidates)
    {
        var best = new List<string>();
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, Math.Min(3, name.Length / 3));
        var lowered = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance > limit || distance > bestDistance)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best.Clear();
                bestDistance = distance;
            }

            if (!best.Contains(candidate))
            {
                best.Add(candidate);
            }
        }

        best.Sort(StringComparer.Ordinal);
        return best.ToImmutableArray();
    }

    // Optimal string alignment distance: transposed letters ("hram") count as one edit.
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The end of a message that offers a suggestion: <c> Did you mean 'x'?</c>, or nothing.</summary>
    public static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
}
