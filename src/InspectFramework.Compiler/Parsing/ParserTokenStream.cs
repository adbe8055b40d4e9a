using System;
using System.Collections.Generic;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace InspectFramework.Compiler.Parsing;

/// <summary>
/// The parser's token stream: the tokens the lexer produced, already filtered (no white space or
/// comments, bad tokens reported and dropped) and ending with EOF, so it reads as ANTLR's
/// <see cref="BufferedTokenStream"/> does over the same tokens, without fetching, channel filtering
/// or a second copy of the list. Tokens are kept in fixed-size chunks: a single array for a large
/// file would be reallocated as it grows and, past 85 KB, on the large object heap, whose
/// allocations start full garbage collections.
/// </summary>
internal sealed class ParserTokenStream : ITokenStream
{
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<IToken[]> _chunks = new();
    private readonly ITokenSource _source;
    private int _count;
    private int _p;

    public ParserTokenStream(ITokenSource source) => _source = source;

    public int Size => _count;

    public int Index => _p;

    public ITokenSource TokenSource => _source;

    public string SourceName => _source.SourceName;

    /// <summary>Appends a token, numbering it as ANTLR's buffered stream would.</summary>
    public void Add(IToken token)
    {
        if ((_count & (ChunkSize - 1)) == 0)
        {
            _chunks.Add(new IToken[ChunkSize]);
        }

        if (token is IWritableToken writable)
        {
            writable.TokenIndex = _count;
        }

        _chunks[_count >> ChunkBits][_count & (ChunkSize - 1)] = token;
        _count++;
    }

    public IToken Get(int i)
    {
        if (i < 0 || i >= _count)
        {
            throw new ArgumentOutOfRangeException(nameof(i), $"token index {i} out of range 0..{_count - 1}");
        }

        return _chunks[i >> ChunkBits][i & (ChunkSize - 1)];
    }

    public IToken LT(int k)
    {
        if (k == 0)
        {
            return null!;
        }

        if (k < 0)
        {
            return _p + k < 0 ? null! : Get(_p + k);
        }

        // The last token is EOF, which stands for everything past the end.
        var i = _p + k - 1;
        return Get(i < _count ? i : _count - 1);
    }

    public int LA(int i) => LT(i).Type;

    public void Consume()
    {
        if (LA(1) == TokenConstants.EOF)
        {
            throw new InvalidOperationException("cannot consume EOF");
        }

        _p++;
    }

    public int Mark() => 0;

    public void Release(int marker)
    {
    }

    public void Seek(int index) => _p = Math.Min(Math.Max(index, 0), _count - 1);

    public string GetText() => GetText(Interval.Of(0, _count - 1));

    public string GetText(Interval interval)
    {
        var start = interval.a;
        var stop = Math.Min(interval.b, _count - 1);
        if (start < 0 || stop < 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        for (var i = start; i <= stop; i++)
        {
            var token = Get(i);
            if (token.Type == TokenConstants.EOF)
            {
                break;
            }

            text.Append(token.Text);
        }

        return text.ToString();
    }

    public string GetText(RuleContext ctx) => GetText(ctx.SourceInterval);

    public string GetText(IToken start, IToken stop) =>
        start is not null && stop is not null ? GetText(Interval.Of(start.TokenIndex, stop.TokenIndex)) : string.Empty;
}
