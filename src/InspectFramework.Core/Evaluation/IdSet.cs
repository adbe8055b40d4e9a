using System;

namespace InspectFramework.Evaluation;

/// <summary>
/// The set of case identifiers seen so far, kept as 64-bit hashes in one open-addressing array
/// (8 to 16 bytes per case) so a million identifiers cost at most 16 MB instead of the strings
/// themselves. Two different identifiers with the same 64-bit hash (odds about 1 in 30 million for a
/// million cases) would be reported as a duplicate: the inspection is then refused, never silently wrong.
/// </summary>
internal sealed class IdSet
{
    private ulong[] _slots = new ulong[1024];
    private int _count;

    /// <summary>FNV-1a over the UTF-16 code units, with 0 moved aside (0 marks an empty slot).</summary>
    public static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ (c & 0xFFu)) * 1099511628211UL;
            hash = (hash ^ (uint)(c >> 8)) * 1099511628211UL;
        }

        // Mix the bits so that nearby identifiers ("C1", "C2") spread over the table.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash == 0 ? 1 : hash;
    }

    /// <summary>False when the hash was already present.</summary>
    public bool Add(ulong hash)
    {
        if ((_count + 1) * 10 > _slots.Length * 7)
        {
            Grow();
        }

        if (!Insert(_slots, hash))
        {
            return false;
        }

        _count++;
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

    private void Grow()
    {
        var larger = new ulong[checked(_slots.Length * 2)];
        foreach (var hash in _slots)
        {
            if (hash != 0)
            {
                Insert(larger, hash);
            }
        }

        _slots = larger;
    }
}
