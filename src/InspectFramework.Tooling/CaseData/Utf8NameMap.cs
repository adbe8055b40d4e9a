using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// Names (facts, item paths, members) to indexes, looked up by their UTF-8 bytes straight from the
/// JSON reader's buffer, so reading a case allocates no strings for the names it contains.
/// </summary>
internal sealed class Utf8NameMap
{
    private readonly byte[][] _keys;
    private readonly int[] _values;
    private readonly int[] _buckets;
    private readonly int[] _next;

    public Utf8NameMap(IReadOnlyList<string> names)
    {
        _keys = new byte[names.Count][];
        _values = new int[names.Count];
        _next = new int[names.Count];
        var size = 16;
        while (size < names.Count * 2)
        {
            size *= 2;
        }

        _buckets = new int[size];
        _buckets.AsSpan().Fill(-1);
        for (var i = 0; i < names.Count; i++)
        {
            var key = Encoding.UTF8.GetBytes(names[i]);
            if (Find(key) >= 0)
            {
                // Names are unique within a framework; the first one wins, as in the plan's maps.
                continue;
            }

            _keys[i] = key;
            _values[i] = i;
            var bucket = (int)(Hash(key) & (uint)(size - 1));
            _next[i] = _buckets[bucket];
            _buckets[bucket] = i;
        }
    }

    public int Find(ReadOnlySpan<byte> name)
    {
        var entry = _buckets[(int)(Hash(name) & (uint)(_buckets.Length - 1))];
        while (entry >= 0)
        {
            if (name.SequenceEqual(_keys[entry]))
            {
                return _values[entry];
            }

            entry = _next[entry];
        }

        return -1;
    }

    // Eight bytes at a time: item paths are long ("court_disposals.assessment.desistance.victims")
    // and looked up for every answer of every case.
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 1099511628211UL;
            hash ^= hash >> 29;
            bytes = bytes.Slice(8);
        }

        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash ^= hash >> 32;
        return (uint)hash;
    }
}
