using System;
using System.Collections.Generic;
using System.Linq;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using InspectFramework.Grammar;

namespace InspectFramework.Tests.Parsing;

/// <summary>
/// The parse tree node that is its own list of children (<see cref="CompactRuleContext"/>) against
/// <see cref="List{T}"/>: ANTLR adds, removes (when an alternative's label replaces a node) and reads
/// children through <see cref="IList{T}"/>, so every operation must behave as the list's.
/// </summary>
public sealed class CompactRuleContextTests
{
    [Fact]
    public void Behaves_as_a_list_under_random_operations()
    {
        var random = new Random(14);
        var nodes = Enumerable.Range(0, 8).Select(i => (IParseTree)new TerminalNodeImpl(new CommonToken(i + 1, "t" + i))).ToArray();
        for (var round = 0; round < 200; round++)
        {
            IList<IParseTree> node = new CompactRuleContext();
            var expected = new List<IParseTree>();
            for (var step = 0; step < 30; step++)
            {
                var item = nodes[random.Next(nodes.Length)];
                switch (random.Next(6))
                {
                    case 0 or 1:
                        node.Add(item);
                        expected.Add(item);
                        break;
                    case 2:
                        var at = random.Next(expected.Count + 1);
                        node.Insert(at, item);
                        expected.Insert(at, item);
                        break;
                    case 3 when expected.Count > 0:
                        var from = random.Next(expected.Count);
                        node.RemoveAt(from);
                        expected.RemoveAt(from);
                        break;
                    case 4:
                        Assert.Equal(expected.Remove(item), node.Remove(item));
                        break;
                    case 5 when expected.Count > 0:
                        var index = random.Next(expected.Count);
                        node[index] = item;
                        expected[index] = item;
                        break;
                }

                Assert.Equal(expected, node.ToList());
                Assert.Equal(expected.Count, node.Count);
                Assert.Equal(expected.IndexOf(item), node.IndexOf(item));
                var copy = new IParseTree[expected.Count + 1];
                node.CopyTo(copy, 1);
                Assert.Equal(expected, copy.Skip(1));
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => node[expected.Count]);
            node.Clear();
            Assert.Empty(node);
        }
    }

    [Fact]
    public void Child_lookups_find_what_ANTLRs_own_find()
    {
        var parsed = new CompactRuleContext();
        var plain = new ParserRuleContext();
        var children = new IParseTree[]
        {
            new TerminalNodeImpl(new CommonToken(5, "a")), new CompactRuleContext(), new TerminalNodeImpl(new CommonToken(6, "b")),
            new TerminalNodeImpl(new CommonToken(5, "c")), new CompactRuleContext(), new TerminalNodeImpl(new CommonToken(5, "d")),
        };
        foreach (var child in children)
        {
            if (child is ITerminalNode terminal)
            {
                parsed.AddChild(terminal);
                plain.AddChild(terminal);
            }
            else
            {
                parsed.AddChild((RuleContext)child);
                plain.AddChild((RuleContext)child);
            }
        }

        Assert.Equal(plain.ChildCount, parsed.ChildCount);
        for (var i = -1; i < 5; i++)
        {
            Assert.Same(plain.GetToken(5, i), parsed.GetToken(5, i));
            Assert.Same(plain.GetRuleContext<CompactRuleContext>(i), parsed.GetRuleContext<CompactRuleContext>(i));
            Assert.Same(plain.GetChild<ITerminalNode>(i), parsed.GetChild<ITerminalNode>(i));
        }

        Assert.Equal(plain.GetTokens(5), parsed.GetTokens(5));
        Assert.Empty(parsed.GetTokens(7));
        Assert.Equal(plain.GetRuleContexts<CompactRuleContext>(), parsed.GetRuleContexts<CompactRuleContext>());
    }
}
