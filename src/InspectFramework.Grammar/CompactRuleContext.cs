using System;
using System.Collections;
using System.Collections.Generic;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace InspectFramework.Grammar;

/// <summary>
/// The base of every parse tree node the generated parser makes (<c>contextSuperClass</c> in
/// grammar/InspectFrameworkParser.g4): ANTLR's <see cref="ParserRuleContext"/>, less allocation.
/// ANTLR gives each node a <see cref="List{T}"/> of children (two objects); this node is its own
/// child list, holding the first two children in fields, which is all most rules have. Its child
/// lookups loop by index, where ANTLR's go through the list's enumerator, boxed: one allocation per
/// lookup. A framework of 300,000 derived facts makes four million nodes; the lists and enumerators
/// were a third of what parsing it allocated.
/// </summary>
public class CompactRuleContext : ParserRuleContext, IList<IParseTree>
{
    private IParseTree? _first;
    private IParseTree? _second;
    private List<IParseTree>? _more;
    private int _count;

    public CompactRuleContext()
    {
    }

    public CompactRuleContext(ParserRuleContext parent, int invokingStateNumber)
        : base(parent, invokingStateNumber)
    {
    }

    int ICollection<IParseTree>.Count => _count;

    bool ICollection<IParseTree>.IsReadOnly => false;

    IParseTree IList<IParseTree>.this[int index]
    {
        get => Get(index);
        set => Set(index, value);
    }

    // ANTLR's CopyFrom (an alternative's label replacing the rule's node) may give a node a List of
    // the error nodes met so far; children are then added to that list.
    public override void AddChild(ITerminalNode t) => (children ??= this).Add(t);

    public override void AddChild(RuleContext ruleInvocation) => (children ??= this).Add(ruleInvocation);

    public override T GetChild<T>(int i)
    {
        if (children is not { } list || i < 0)
        {
            return default!;
        }

        var found = -1;
        for (var k = 0; k < list.Count; k++)
        {
            if (list[k] is T child && ++found == i)
            {
                return child;
            }
        }

        return default!;
    }

    public override ITerminalNode GetToken(int ttype, int i)
    {
        if (children is not { } list || i < 0)
        {
            return null!;
        }

        var found = -1;
        for (var k = 0; k < list.Count; k++)
        {
            if (list[k] is ITerminalNode node && node.Symbol.Type == ttype && ++found == i)
            {
                return node;
            }
        }

        return null!;
    }

    public override ITerminalNode[] GetTokens(int ttype)
    {
        var count = 0;
        var list = children;
        for (var k = 0; list is not null && k < list.Count; k++)
        {
            if (list[k] is ITerminalNode node && node.Symbol.Type == ttype)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return Array.Empty<ITerminalNode>();
        }

        var tokens = new ITerminalNode[count];
        for (int k = 0, n = 0; n < count; k++)
        {
            if (list![k] is ITerminalNode node && node.Symbol.Type == ttype)
            {
                tokens[n++] = node;
            }
        }

        return tokens;
    }

    public override T[] GetRuleContexts<T>()
    {
        var count = 0;
        var list = children;
        for (var k = 0; list is not null && k < list.Count; k++)
        {
            if (list[k] is T)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var contexts = new T[count];
        for (int k = 0, n = 0; n < count; k++)
        {
            if (list![k] is T context)
            {
                contexts[n++] = context;
            }
        }

        return contexts;
    }

    // ---- the node as its own list of children ----------------------------------------------------

    void ICollection<IParseTree>.Add(IParseTree item)
    {
        switch (_count)
        {
            case 0:
                _first = item;
                break;
            case 1:
                _second = item;
                break;
            default:
                (_more ??= new List<IParseTree>(2)).Add(item);
                break;
        }

        _count++;
    }

    void IList<IParseTree>.Insert(int index, IParseTree item)
    {
        if ((uint)index > (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        ((ICollection<IParseTree>)this).Add(item);
        for (var i = _count - 1; i > index; i--)
        {
            Set(i, Get(i - 1));
        }

        Set(index, item);
    }

    void IList<IParseTree>.RemoveAt(int index)
    {
        Get(index);
        for (var i = index; i < _count - 1; i++)
        {
            Set(i, Get(i + 1));
        }

        var last = --_count;
        switch (last)
        {
            case 0:
                _first = null;
                break;
            case 1:
                _second = null;
                break;
            default:
                _more!.RemoveAt(last - 2);
                break;
        }
    }

    bool ICollection<IParseTree>.Remove(IParseTree item)
    {
        var index = ((IList<IParseTree>)this).IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        ((IList<IParseTree>)this).RemoveAt(index);
        return true;
    }

    void ICollection<IParseTree>.Clear()
    {
        _first = _second = null;
        _more?.Clear();
        _count = 0;
    }

    int IList<IParseTree>.IndexOf(IParseTree item)
    {
        for (var i = 0; i < _count; i++)
        {
            if (EqualityComparer<IParseTree>.Default.Equals(Get(i), item))
            {
                return i;
            }
        }

        return -1;
    }

    bool ICollection<IParseTree>.Contains(IParseTree item) => ((IList<IParseTree>)this).IndexOf(item) >= 0;

    void ICollection<IParseTree>.CopyTo(IParseTree[] array, int arrayIndex)
    {
        for (var i = 0; i < _count; i++)
        {
            array[arrayIndex + i] = Get(i);
        }
    }

    IEnumerator<IParseTree> IEnumerable<IParseTree>.GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return Get(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<IParseTree>)this).GetEnumerator();

    private IParseTree Get(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return index switch
        {
            0 => _first!,
            1 => _second!,
            _ => _more![index - 2],
        };
    }

    private void Set(int index, IParseTree value)
    {
        if ((uint)index >= (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        switch (index)
        {
            case 0:
                _first = value;
                break;
            case 1:
                _second = value;
                break;
            default:
                _more![index - 2] = value;
                break;
        }
    }
}
