using System;
using System.Collections.Generic;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tooling.Scoring;

/// <summary>
/// The case identifiers seen so far, kept exactly, each with the place it was first seen, so that a
/// duplicate is reported with both places and two different identifiers are never taken for one.
/// <para>
/// Memory is what grows with the number of cases (benchmarks/README.md, goal 5), so an identifier
/// is stored once, compactly, in arrival order in 64 KB blocks: its UTF-16 code units as
/// variable-length numbers (one byte each for ASCII, lossless for any string, lone surrogates
/// included) and its place as the difference from the previous identifier's (usually two bytes),
/// with an absolute place every 64 identifiers to decode from. Lookup spreads identifiers by the
/// top 12 bits of a 64-bit hash over 4,096 partitions, each a sorted array of 4-byte references
/// (binary search over the stored bytes) and up to 64 pending ones with 32-bit hash tags (scanned),
/// merged into a new sorted array when they fill. About 15 bytes per 8-character identifier plus
/// 2 MB, where the 64-bit hashes this replaces took 8 and could take two identifiers for one.
/// </para>
/// </summary>
internal sealed class IdSet
{
    private const int PartitionBits = 12;
    private const int PendingSize = 64;
    private const int BlockBits = 16;
    private const int BlockSize = 1 << BlockBits;
    private const int CheckpointEvery = 64;

    private readonly uint[]?[] _sorted = new uint[]?[1 << PartitionBits];
    private readonly uint[]?[] _pending = new uint[]?[1 << PartitionBits];
    private readonly uint[]?[] _pendingTags = new uint[]?[1 << PartitionBits];
    private readonly int[] _pendingCounts = new int[1 << PartitionBits];

    private readonly List<byte[]> _blocks = new();
    private readonly List<int> _blockUsed = new();
    private readonly List<Checkpoint> _checkpoints = new();
    private readonly List<string?> _paths = new();
    private readonly Comparison<uint> _compareStored;
    private byte[] _key = new byte[64];
    private int _keyLength;

    // The place of the identifier stored last, which the next one's place is stored against.
    private int _lastPath = -1;
    private int _lastLine;
    private int _lastColumn;
    private int _sinceCheckpoint;

    private readonly Func<string, ulong> _hash;

    public IdSet()
        : this(Hash)
    {
    }

    /// <summary>A set that spreads identifiers by another hash: tests give one that collides.</summary>
    internal IdSet(Func<string, ulong> hash)
    {
        _hash = hash;
        _compareStored = (a, b) => Stored(a).SequenceCompareTo(Stored(b));
    }

    /// <summary>The most identifier bytes (with places) the set can hold: 65,536 blocks of 64 KB.</summary>
    public const long Capacity = (long)BlockSize << 16;

    /// <summary>
    /// Adds an identifier seen at <paramref name="at"/>. False when it was seen before:
    /// <paramref name="first"/> is then where (<see cref="Location.None"/> when that was no place).
    /// </summary>
    /// <exception cref="InsufficientMemoryException">More than <see cref="Capacity"/> bytes of identifiers.</exception>
    public bool Add(string id, Location? at, out Location? first)
    {
        var hash = _hash(id);
        Encode(id);
        var key = _key.AsSpan(0, _keyLength);
        var partition = (int)(hash >> (64 - PartitionBits));
        var tag = (uint)hash;
        var pending = _pending[partition] ??= new uint[PendingSize];
        var tags = _pendingTags[partition] ??= new uint[PendingSize];
        var count = _pendingCounts[partition];
        for (var i = 0; i < count; i++)
        {
            if (tags[i] == tag && key.SequenceEqual(Stored(pending[i])))
            {
                first = PlaceOf(pending[i]);
                return false;
            }
        }

        var sorted = _sorted[partition];
        if (sorted is not null)
        {
            int low = 0, high = sorted.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var order = key.SequenceCompareTo(Stored(sorted[middle]));
                if (order == 0)
                {
                    first = PlaceOf(sorted[middle]);
                    return false;
                }

                if (order < 0)
                {
                    high = middle - 1;
                }
                else
                {
                    low = middle + 1;
                }
            }
        }

        pending[count] = Store(key, at);
        tags[count++] = tag;
        if (count == PendingSize)
        {
            _sorted[partition] = Merge(sorted, pending);
            count = 0;
        }

        _pendingCounts[partition] = count;
        first = null;
        return true;
    }

    /// <summary>FNV-1a over the UTF-16 code units, mixed so that nearby identifiers ("C1", "C2")
    /// spread over the partitions. It only chooses where to look: identifiers are compared whole.</summary>
    public static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ (c & 0xFFu)) * 1099511628211UL;
            hash = (hash ^ (uint)(c >> 8)) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }

    /// <summary>The identifier's code units as variable-length numbers into <see cref="_key"/>.</summary>
    private void Encode(string id)
    {
        if (_key.Length < id.Length * 3)
        {
            _key = new byte[id.Length * 3];
        }

        var n = 0;
        foreach (var c in id)
        {
            n = WriteNumber(_key, n, c);
        }

        _keyLength = n;
    }

    /// <summary>Appends the record [key length][key][line difference][column] and returns its reference.</summary>
    private uint Store(ReadOnlySpan<byte> key, Location? at)
    {
        var path = PathIndex(at);
        var line = at is { HasPosition: true } ? at.LineSpan.Start.Line + 1 : 0;
        var column = at is { HasPosition: true } ? at.LineSpan.Start.Character + 1 : 0;
        var checkpoint = path != _lastPath || _sinceCheckpoint == CheckpointEvery || line < _lastLine || (line == _lastLine && column < _lastColumn);
        int lineStep = 0, columnField = 0;
        if (!checkpoint)
        {
            lineStep = line - _lastLine;
            columnField = lineStep > 0 ? column : column - _lastColumn;
        }

        Span<byte> head = stackalloc byte[5];
        Span<byte> tail = stackalloc byte[10];
        var headLength = WriteNumber(head, 0, (uint)key.Length);
        var tailLength = WriteNumber(tail, WriteNumber(tail, 0, (uint)lineStep), (uint)columnField);
        var size = headLength + key.Length + tailLength;
        var reference = Reserve(size, out var target);
        head.Slice(0, headLength).CopyTo(target);
        key.CopyTo(target.Slice(headLength));
        tail.Slice(0, tailLength).CopyTo(target.Slice(headLength + key.Length));

        if (checkpoint)
        {
            _checkpoints.Add(new Checkpoint(reference, path, line, column));
            _sinceCheckpoint = 0;
        }

        _sinceCheckpoint++;
        (_lastPath, _lastLine, _lastColumn) = (path, line, column);
        return reference;
    }

    private int PathIndex(Location? at)
    {
        var path = at is null || at == Location.None ? null : at.Path;
        if (_lastPath >= 0 && _paths[_lastPath] == path)
        {
            return _lastPath;
        }

        var index = _paths.IndexOf(path);
        if (index < 0)
        {
            index = _paths.Count;
            _paths.Add(path);
        }

        return index;
    }

    /// <summary>Room for a record of <paramref name="size"/> bytes: at the end of the last block, or
    /// in a new one (a record larger than a block gets a block of its own).</summary>
    private uint Reserve(int size, out Span<byte> target)
    {
        var last = _blocks.Count - 1;
        if (last < 0 || _blocks[last].Length - _blockUsed[last] < size)
        {
            if (_blocks.Count == 1 << (32 - BlockBits))
            {
                throw new InsufficientMemoryException($"More than {Capacity} bytes of case identifiers.");
            }

            _blocks.Add(new byte[Math.Max(size, BlockSize)]);
            _blockUsed.Add(0);
            last++;
        }

        var offset = _blockUsed[last];
        target = _blocks[last].AsSpan(offset, size);
        _blockUsed[last] = size > BlockSize ? int.MaxValue : offset + size;
        return ((uint)last << BlockBits) | (uint)offset;
    }

    /// <summary>The stored key of a record.</summary>
    private ReadOnlySpan<byte> Stored(uint reference)
    {
        var block = _blocks[(int)(reference >> BlockBits)];
        var offset = (int)(reference & (BlockSize - 1));
        var length = (int)ReadNumber(block, ref offset);
        return block.AsSpan(offset, length);
    }

    /// <summary>The place of a record: from the checkpoint at or before it, adding each record's difference.</summary>
    private Location PlaceOf(uint reference)
    {
        int low = 0, high = _checkpoints.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) >> 1);
            if (_checkpoints[middle].Reference <= reference)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var start = _checkpoints[low];
        var (line, column) = (start.Line, start.Column);
        var blockIndex = (int)(start.Reference >> BlockBits);
        var offset = (int)(start.Reference & (BlockSize - 1));
        var current = start.Reference;
        while (true)
        {
            var block = _blocks[blockIndex];
            var length = (int)ReadNumber(block, ref offset);
            offset += length;
            var lineStep = (int)ReadNumber(block, ref offset);
            var columnField = (int)ReadNumber(block, ref offset);
            if (current != start.Reference)
            {
                line += lineStep;
                column = lineStep > 0 ? columnField : column + columnField;
            }

            if (current == reference)
            {
                break;
            }

            if (offset >= Math.Min(_blockUsed[blockIndex], block.Length))
            {
                blockIndex++;
                offset = 0;
            }

            current = ((uint)blockIndex << BlockBits) | (uint)offset;
        }

        var path = _paths[start.Path];
        return path is null ? Location.None : line == 0 ? Location.InFile(path) : Location.AtLine(path, line, column);
    }

    /// <summary>The sorted references with the pending ones merged in, in an array of exactly their number.</summary>
    private uint[] Merge(uint[]? sorted, uint[] pending)
    {
        Array.Sort(pending, _compareStored);
        var old = sorted ?? Array.Empty<uint>();
        var merged = new uint[old.Length + pending.Length];
        int i = 0, j = 0, k = 0;
        while (i < old.Length && j < pending.Length)
        {
            merged[k++] = Stored(old[i]).SequenceCompareTo(Stored(pending[j])) < 0 ? old[i++] : pending[j++];
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

    /// <summary>Seven bits a byte, low bits first, the top bit set on every byte but the last.</summary>
    private static int WriteNumber(Span<byte> target, int at, uint value)
    {
        while (value >= 0x80)
        {
            target[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        target[at++] = (byte)value;
        return at;
    }

    private static uint ReadNumber(byte[] source, ref int at)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = source[at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }

    /// <summary>The absolute place of the record at <see cref="Reference"/>.</summary>
    private readonly record struct Checkpoint(uint Reference, int Path, int Line, int Column);
}
