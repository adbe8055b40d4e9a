using System;

namespace InspectFramework.Evaluation;

/// <summary>
/// The set of case identifiers seen so far, kept as 64-bit hashes so a million identifiers cost about
/// 16 MB instead of the strings themselves. Two different identifiers with the same 64-bit hash (odds
/// about 1 in 30 million for a million cases) would be reported as a duplicate: the inspection is then
/// refused, never silently wrong.
/// <para>
/// The hashes are spread by their top bits over 256 small open-addressing tables, each growing on its
/// own. One table of them all grew by copying everything into a table twice its size, so at a million
/// cases 8 and 16 MB were held at once, and every outgrown table stayed on the large object heap until
/// a full collection: the peak memory of <c>inspect score</c> grew by 30 MB from 10,000 to 1,000,000
/// cases, where it now grows by about the 16 MB the hashes need (benchmarks/README.md).
/// </para>
/// </summary>
internal sealed class IdSet
{
    private const int PartitionBits = 8;

    private readonly ulong[]?[] _tables = new ulong[]?[1 << PartitionBits];
    private readonly int[] _counts = new int[1 << PartitionBits];

    /// <summary>FNV-1a over the UTF-16 code units, with 0 moved aside (0 marks an empty slot).</summary>
    public static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ (c & 0xFFu)) * 1099511628211UL;
            hash = (hash ^ (uint)(c >> 8)) * 1099511628211UL;
        }

        // Mix the bits so that nearby identifiers ("C1", "C2") spread over the tables and their slots.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash == 0 ? 1 : hash;
    }

    /// <summary>False when the hash was already present.</summary>
    public bool Add(ulong hash)
    {
        // The top bits choose the table; the low bits, the slot within it.
        var partition = (int)(hash >> (64 - PartitionBits));
        var table = _tables[partition] ??= new ulong[16];
        if ((_counts[partition] + 1) * 10 > table.Length * 7)
        {
            table = _tables[partition] = Grow(table);
        }

        if (!Insert(table, hash))
        {
            return false;
        }

        _counts[partition]++;
        return true;
    }

    private static bool Insert(ulong[] slots, ulong hash)
    {
        var mask = slots.Length - 1;
        var i = (int)(hash & (ulong)mask);
        while (true)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                slots[i] = hash;
                return true;
            }

            if (slot == hash)
            {
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    private static ulong[] Grow(ulong[] slots)
    {
        var larger = new ulong[checked(slots.Length * 2)];
        foreach (var hash in slots)
        {
            if (hash != 0)
            {
                Insert(larger, hash);
            }
        }

        return larger;
    }
}
