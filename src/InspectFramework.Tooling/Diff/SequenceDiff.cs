using System;
using System.Collections.Generic;
using DiffPlex;
using DiffPlex.Chunkers;

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
/// Diff of two sequences of strings (lines of a file, words of a sentence), compared ordinally, by
/// DiffPlex (Myers' algorithm). Common ends are matched first; if the changed middle is still longer
/// than <see cref="MaxMiddle"/>, it is reported as one removal and one addition, so no input can make
/// the diff slow.
/// </summary>
public static class SequenceDiff
{
    /// <summary>
    /// The most elements (old and new together) between the common ends that are diffed element by
    /// element: Myers' algorithm takes up to the square of this many steps (16 million).
    /// </summary>
    public const int MaxMiddle = 4_000;

    private const string OldSide = "old";
    private const string NewSide = "new";

    public static IReadOnlyList<DiffChunk<string>> Compute(IReadOnlyList<string> oldItems, IReadOnlyList<string> newItems)
    {
        var prefix = 0;
        while (prefix < oldItems.Count && prefix < newItems.Count && string.Equals(oldItems[prefix], newItems[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldItems.Count - prefix && suffix < newItems.Count - prefix
               && string.Equals(oldItems[oldItems.Count - 1 - suffix], newItems[newItems.Count - 1 - suffix], StringComparison.Ordinal))
        {
            suffix++;
        }

        var ops = new List<(DiffOperation Operation, string Item)>();
        for (var i = 0; i < prefix; i++)
        {
            ops.Add((DiffOperation.Same, oldItems[i]));
        }

        var oldMiddle = Slice(oldItems, prefix, oldItems.Count - prefix - suffix);
        var newMiddle = Slice(newItems, prefix, newItems.Count - prefix - suffix);
        if (oldMiddle.Length + newMiddle.Length > MaxMiddle)
        {
            Array.ForEach(oldMiddle, item => ops.Add((DiffOperation.Removed, item)));
            Array.ForEach(newMiddle, item => ops.Add((DiffOperation.Added, item)));
        }
        else
        {
            Middle(oldMiddle, newMiddle, ops);
        }

        for (var i = oldItems.Count - suffix; i < oldItems.Count; i++)
        {
            ops.Add((DiffOperation.Same, oldItems[i]));
        }

        return Group(ops);
    }

    private static void Middle(string[] oldMiddle, string[] newMiddle, List<(DiffOperation, string)> ops)
    {
        // DiffPlex diffs two texts cut into pieces by a chunker; these are cut already, so the
        // chunker hands each side's pieces over.
        var chunker = new CustomFunctionChunker(side => side == OldSide ? oldMiddle : newMiddle);
        var result = Differ.Instance.CreateDiffs(OldSide, NewSide, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        var next = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; next < block.DeleteStartA; next++)
            {
                ops.Add((DiffOperation.Same, oldMiddle[next]));
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                ops.Add((DiffOperation.Removed, oldMiddle[block.DeleteStartA + i]));
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                ops.Add((DiffOperation.Added, newMiddle[block.InsertStartB + i]));
            }

            next = block.DeleteStartA + block.DeleteCountA;
        }

        for (; next < oldMiddle.Length; next++)
        {
            ops.Add((DiffOperation.Same, oldMiddle[next]));
        }
    }

    private static string[] Slice(IReadOnlyList<string> items, int start, int count)
    {
        var slice = new string[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = items[start + i];
        }

        return slice;
    }

    // A run of kept items, or a change: the items removed and the items added in their place.
    private sealed class Stretch
    {
        public Stretch(bool changed) => Changed = changed;

        public bool Changed { get; }

        public List<string> Kept { get; } = new();

        public List<string> Removed { get; } = new();

        public List<string> Added { get; } = new();
    }

    // Within each changed stretch all removals come before all additions: "[-a b-] {+c d+}" reads
    // better than alternating pieces. Two stretches with a kept run between them are made one where
    // the kept run can slide past one of them (Compact), so "[-of services-] [-effectively-]" reads
    // "[-of services effectively-]".
    private static IReadOnlyList<DiffChunk<string>> Group(List<(DiffOperation Operation, string Item)> ops)
    {
        var stretches = new List<Stretch>();
        foreach (var (operation, item) in ops)
        {
            var changed = operation != DiffOperation.Same;
            if (stretches.Count == 0 || stretches[^1].Changed != changed)
            {
                stretches.Add(new Stretch(changed));
            }

            var stretch = stretches[^1];
            (operation == DiffOperation.Same ? stretch.Kept : operation == DiffOperation.Removed ? stretch.Removed : stretch.Added).Add(item);
        }

        Compact(stretches);
        var chunks = new List<DiffChunk<string>>();
        foreach (var stretch in stretches)
        {
            if (!stretch.Changed)
            {
                chunks.Add(new DiffChunk<string>(DiffOperation.Same, stretch.Kept));
                continue;
            }

            if (stretch.Removed.Count > 0)
            {
                chunks.Add(new DiffChunk<string>(DiffOperation.Removed, stretch.Removed));
            }

            if (stretch.Added.Count > 0)
            {
                chunks.Add(new DiffChunk<string>(DiffOperation.Added, stretch.Added));
            }
        }

        return chunks;
    }

    // Myers' algorithm returns one shortest edit, not the one that reads best: where a kept run S lies
    // between changes A and B, and B ends with S on both sides (or A starts with it), the same texts
    // come out of keeping the later (earlier) copy of S instead, and A and B become one change.
    // Every merge removes a stretch, so this ends.
    private static void Compact(List<Stretch> stretches)
    {
        var i = 1;
        while (i + 1 < stretches.Count)
        {
            var (before, kept, after) = (stretches[i - 1], stretches[i], stretches[i + 1]);
            if (kept.Changed || !before.Changed || !after.Changed)
            {
                i++;
                continue;
            }

            var run = kept.Kept;
            if (EndsWith(after.Removed, run) && EndsWith(after.Added, run))
            {
                // ...S [B' S] becomes ...[S B'] S: B slides up past S and joins A.
                Rotate(after.Removed, run, up: true);
                Rotate(after.Added, run, up: true);
                Join(before, after);
                stretches.RemoveAt(i + 1);
                if (i + 1 < stretches.Count)
                {
                    kept.Kept.AddRange(stretches[i + 1].Kept);
                    stretches.RemoveAt(i + 1);
                }
            }
            else if (StartsWith(before.Removed, run) && StartsWith(before.Added, run))
            {
                // [S A'] S... becomes S [A' S]...: A slides down past S and joins B.
                Rotate(before.Removed, run, up: false);
                Rotate(before.Added, run, up: false);
                Join(before, after);
                stretches.RemoveRange(i, 2);
                if (i >= 2)
                {
                    stretches[i - 2].Kept.AddRange(run);
                }
                else
                {
                    stretches.Insert(0, kept);
                    i++;
                }
            }
            else
            {
                i++;
            }
        }
    }

    private static void Join(Stretch first, Stretch second)
    {
        first.Removed.AddRange(second.Removed);
        first.Added.AddRange(second.Added);
    }

    // An empty side of a change slides freely; a side that is not empty must end (start) with the run.
    private static bool EndsWith(List<string> items, List<string> run) =>
        items.Count == 0 || (items.Count >= run.Count && Matches(items, items.Count - run.Count, run));

    private static bool StartsWith(List<string> items, List<string> run) =>
        items.Count == 0 || (items.Count >= run.Count && Matches(items, 0, run));

    private static bool Matches(List<string> items, int start, List<string> run)
    {
        for (var k = 0; k < run.Count; k++)
        {
            if (!string.Equals(items[start + k], run[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Up: X S becomes S X (the run moves from the end to the front); down: S X becomes X S.
    private static void Rotate(List<string> items, List<string> run, bool up)
    {
        if (items.Count == 0)
        {
            return;
        }

        if (up)
        {
            items.RemoveRange(items.Count - run.Count, run.Count);
            items.InsertRange(0, run);
        }
        else
        {
            items.RemoveRange(0, run.Count);
            items.AddRange(run);
        }
    }
}
