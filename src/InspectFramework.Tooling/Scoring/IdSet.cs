using System;

namespace InspectFramework.Tooling.Scoring;

/// <summary>
/// The set of case identifiers seen so far, kept as 64-bit hashes: a million identifiers cost about
/// 10 MB instead of the strings themselves. Two different identifiers with the same 64-bit hash (odds
/// about 1 in 30 million for a million cases) would be reported as a duplicate: the inspection is then
/// refused, never silently wrong.
/// <para>
/// The hashes are spread by their top 12 bits over 4,096 partitions, each a sorted array of exactly its
/// hashes (binary search) and up to 64 pending ones (scanned), merged into a new sorted array when
/// they fill. So the set holds 8 bytes per identifier plus 2 MB, where an open-addressing table held
/// 11 to 23 between its fill limits and copied itself whole to grow. With it, the peak memory of
/// <c>inspect score</c> at 1,000,000 cases was 2.2 to 2.3 times that at 10,000 cases for the Native AOT
/// build (64-65 MB against 28); with this one it is 1.7 times (54 MB), for about 5% more CPU time
/// (benchmarks/README.md).
/// </para>
/// </summary>
internal sealed class IdSet
{
    private const int PartitionBits = 12;
    private const int PendingSize = 64;

    private readonly ulong[]?[] _sorted = new ulong[]?[1 << PartitionBits];
    private readonly ulong[]?[] _pending = new ulong[]?[1 << PartitionBits];
    private readonly int[] _pendingCounts = new int[1 << PartitionBits];

    /// <summary>FNV-1a over the UTF-16 code units.</summary>
    public static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ (c & 0xFFu)) * 1099511628211UL;
            hash = (hash ^ (uint)(c >> 8)) * 1099511628211UL;
        }

        // Mix the bits so that nearby identifiers ("C1", "C2") spread over the partitions.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }

    /// <summary>False when the hash was already present.</summary>
    public bool Add(ulong hash)
    {
        var partition = (int)(hash >> (64 - PartitionBits));
        var pending = _pending[partition] ??= new ulong[PendingSize];
        var count = _pendingCounts[partition];
        for (var i = 0; i < count; i++)
        {
            if (pending[i] == hash)
            {
                return false;
            }
        }

        var sorted = _sorted[partition];
        if (sorted is not null && Array.BinarySearch(sorted, hash) >= 0)
        {
            return false;
        }

        pending[count++] = hash;
        if (count == PendingSize)
        {
            _sorted[partition] = Merge(sorted, pending);
            count = 0;
        }

        _pendingCounts[partition] = count;
        return true;
    }

    /// <summary>The sorted hashes with the pending ones merged in, in an array of exactly their number.</summary>
    private static ulong[] Merge(ulong[]? sorted, ulong[] pending)
    {
        Array.Sort(pending);
        var old = sorted ?? Array.Empty<ulong>();
        var merged = new ulong[old.Length + pending.Length];
        int i = 0, j = 0, k = 0;
        while (i < old.Length && j < pending.Length)
        {
            merged[k++] = old[i] < pending[j] ? old[i++] : pending[j++];
        }

        while (i < old.Length)
        {
            merged[k++] = old[i++];
        }

        while (j < pending.Length)
        {
            merged[k++] = pending[j++];
        }

        return merged;
    }
}
