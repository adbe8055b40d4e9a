using System;
using System.Collections.Generic;

namespace InspectFramework.Tooling.Diff;

public enum DiffOperation
{
    Same,
    Removed,
    Added,
}

/// <summary>One run of equal, removed or added elements.</summary>
public sealed record DiffChunk<T>(DiffOperation Operation, IReadOnlyList<T> Items);

/// <summary>
/// Longest-common-subsequence diff of two sequences (lines of a file, words of a sentence).
/// Common ends are matched first; if the middle is still too large for the quadratic table, it is
/// reported as one removal and one addition, so no input can make the diff slow or exhaust memory.
/// </summary>
public static class SequenceDiff
{
    /// <summary>The largest middle (old length × new length) compared element by element.</summary>
    public const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffChunk<T>> Compute<T>(IReadOnlyList<T> oldItems, IReadOnlyList<T> newItems, IEqualityComparer<T>? comparer = null)
    {
        comparer ??= EqualityComparer<T>.Default;
        var prefix = 0;
        while (prefix < oldItems.Count && prefix < newItems.Count && comparer.Equals(oldItems[prefix], newItems[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldItems.Count - prefix && suffix < newItems.Count - prefix
               && comparer.Equals(oldItems[oldItems.Count - 1 - suffix], newItems[newItems.Count - 1 - suffix]))
        {
            suffix++;
        }

        var ops = new List<(DiffOperation Operation, T Item)>();
        for (var i = 0; i < prefix; i++)
        {
            ops.Add((DiffOperation.Same, oldItems[i]));
        }

        var oldCount = oldItems.Count - prefix - suffix;
        var newCount = newItems.Count - prefix - suffix;
        if ((long)oldCount * newCount > MaxCells)
        {
            for (var i = 0; i < oldCount; i++)
            {
                ops.Add((DiffOperation.Removed, oldItems[prefix + i]));
            }

            for (var j = 0; j < newCount; j++)
            {
                ops.Add((DiffOperation.Added, newItems[prefix + j]));
            }
        }
        else
        {
            Middle(oldItems, newItems, prefix, oldCount, newCount, comparer, ops);
        }

        for (var i = oldItems.Count - suffix; i < oldItems.Count; i++)
        {
            ops.Add((DiffOperation.Same, oldItems[i]));
        }

        return Group(ops);
    }

    private static void Middle<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, int offset, int n, int m, IEqualityComparer<T> comparer, List<(DiffOperation, T)> ops)
    {
        // lengths[i, j] = LCS length of a[i..n) and b[j..m); walk forwards choosing removals before
        // additions on ties, so the output is deterministic.
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = comparer.Equals(a[offset + i], b[offset + j])
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && comparer.Equals(a[offset + x], b[offset + y]))
            {
                ops.Add((DiffOperation.Same, a[offset + x]));
                x++;
                y++;
            }
            else if (y >= m || (x < n && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                ops.Add((DiffOperation.Removed, a[offset + x]));
                x++;
            }
            else
            {
                ops.Add((DiffOperation.Added, b[offset + y]));
                y++;
            }
        }
    }

    // Within each changed stretch all removals come before all additions: "[-a b-] {+c d+}" reads
    // better than alternating pieces.
    private static IReadOnlyList<DiffChunk<T>> Group<T>(List<(DiffOperation Operation, T Item)> ops)
    {
        var chunks = new List<DiffChunk<T>>();
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Operation == DiffOperation.Same)
            {
                var same = new List<T>();
                while (i < ops.Count && ops[i].Operation == DiffOperation.Same)
                {
                    same.Add(ops[i++].Item);
                }

                chunks.Add(new DiffChunk<T>(DiffOperation.Same, same));
                continue;
            }

            var removed = new List<T>();
            var added = new List<T>();
            while (i < ops.Count && ops[i].Operation != DiffOperation.Same)
            {
                (ops[i].Operation == DiffOperation.Removed ? removed : added).Add(ops[i].Item);
                i++;
            }

            if (removed.Count > 0)
            {
                chunks.Add(new DiffChunk<T>(DiffOperation.Removed, removed));
            }

            if (added.Count > 0)
            {
                chunks.Add(new DiffChunk<T>(DiffOperation.Added, added));
            }
        }

        return chunks;
    }
}
