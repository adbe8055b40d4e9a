using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.EditorFeatures.Navigation;

namespace InspectFramework.EditorFeatures.Completion;

/// <summary>
/// Completion that knows where it is. Text being typed is mostly incomplete, so the place is read
/// from the tokens before the cursor (the lexer is lossless and never fails), not from the syntax
/// tree: facts where a condition expects one, the operators a fact's type allows after it, a fact's
/// values after <c>in {</c> or <c>==</c>, band
/// tables after <c>rated by lowest key question in</c>, levels in discretion rules and band rows,
/// the keywords a block allows where a member may start, and snippets for a key question with its
/// prompts and for a band table covering 0-100%. The names offered are those the binder declared.
/// </summary>
public sealed class CompletionService
{
    // Keywords that open a block, found by looking back from its '{'.
    private static readonly string[] BlockOpeners = { "framework", "scale", "bands", "of", "discretion", "domain", "standard", "question", "prompt" };

    // Words that end a member when they come last in it ("rationale required", "rated by judgement").
    private static readonly string[] MemberEndingKeywords = { "required", "judgement", "rated", "analysis", "boolean", "integer", "decimals", "points", "true", "false" };

    // Words after which a name is declared, so the next thing is its label, not a member.
    private static readonly string[] DeclaringKeywords = { "framework", "source", "scale", "level", "bands", "type", "fact", "score", "prompt", "allow", "->" };

    // What may compare a fact with a value (the grammar's relational operators).
    private static readonly string[] ComparisonOperators = { "==", "!=", "<", "<=", ">", ">=" };

    private static readonly string[] ItemPropertyKeywords = { "contributes to", "guidance", "provenance verbatim", "provenance reconstructed", "answers", "rationale required" };

    private readonly FrameworkCompilation _compilation;
    private readonly List<SyntaxToken> _before;
    private readonly int _offset;

    private CompletionService(FrameworkCompilation compilation, List<SyntaxToken> before, int offset)
    {
        _compilation = compilation;
        _before = before;
        _offset = offset;
    }

    public static CompletionList Complete(FrameworkCompilation compilation, int offset)
    {
        var text = compilation.Source.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        var tokens = FrameworkLexer.Tokenize(text);

        // A word the cursor is in or just after is being typed: it is replaced, and the place is
        // read from the tokens before it.
        var current = tokens.FirstOrDefault(t => t.Span.Start < offset && offset <= t.Span.End);
        var replace = new TextSpan(offset, 0);
        var end = offset;
        switch (current?.Kind)
        {
            case SyntaxTokenKind.Comment or SyntaxTokenKind.Text or SyntaxTokenKind.Number or SyntaxTokenKind.Date:
                // Nothing to offer inside comments, text, numbers and dates.
                return CompletionList.Empty(offset);
            case SyntaxTokenKind.Name or SyntaxTokenKind.Keyword:
                replace = current.Span;
                end = current.Span.Start;
                break;
        }

        var before = tokens.Where(t => t.Span.End <= end && t.Kind is not (SyntaxTokenKind.WhiteSpace or SyntaxTokenKind.Comment)).ToList();
        var items = new CompletionService(compilation, before, offset).Items().ToImmutableArray();
        return new CompletionList(replace, items);
    }

    private IEnumerable<CompletionItem> Items()
    {
        if (MembershipFact() is { } membership)
        {
            var listed = new HashSet<string>(_before.Skip(membership.ListStart).Select(t => t.Text), StringComparer.Ordinal);
            return membership.Fact is { } fact ? Values(fact).Where(v => !listed.Contains(v.Label)) : Empty;
        }

        if (Is(1, "==") || Is(1, "!="))
        {
            return Fact(Token(2)) switch
            {
                { Kind: FactKind.Enumeration } fact => Values(fact),
                { Kind: FactKind.Boolean } => Keywords("true", "false"),
                { } => Empty,
                null => Facts(),
            };
        }

        if ((Is(1, "in") && Is(2, "points") && Is(3, "total")) || (Is(1, "in") && Is(2, "question") && Is(3, "key") && Is(4, "lowest")))
        {
            return Declared<BandTableSymbol>(CompletionItemKind.BandTable, b => b.Label);
        }

        if (Is(1, "allow") || Is(1, "->"))
        {
            return Levels();
        }

        if (Is(1, "when") && Is(3, "->"))
        {
            return Keywords("within");
        }

        if (Is(1, "provenance"))
        {
            return Keywords("verbatim", "reconstructed");
        }

        if ((Is(1, "verbatim") || Is(1, "reconstructed")) && Is(2, "provenance"))
        {
            return Declared<SourceSymbol>(CompletionItemKind.Source, s => s.Title);
        }

        if (ListAfter("to") is { } scoresStart && Is(scoresStart + 1, "contributes"))
        {
            var listed = Listed(scoresStart);
            return Declared<ScoreSymbol>(CompletionItemKind.Score, s => s.Label).Where(i => !listed.Contains(i.Label));
        }

        if (ListAfter("for") is { } typesStart && IsDomainHeader(typesStart + 1))
        {
            var listed = Listed(typesStart);
            return Declared<CaseTypeSymbol>(CompletionItemKind.CaseType, c => c.Label).Where(i => !listed.Contains(i.Label));
        }

        // `for` after a value's label: the case types that may have the value.
        if (ListAfter("for") is { } valueTypesStart && Token(valueTypesStart + 1) is { Kind: SyntaxTokenKind.Text })
        {
            var listed = Listed(valueTypesStart);
            return Declared<CaseTypeSymbol>(CompletionItemKind.CaseType, c => c.Label).Where(i => !listed.Contains(i.Label));
        }

        if (Is(1, "of") && Is(2, "one"))
        {
            return Declared<ValueSetSymbol>(CompletionItemKind.ValueSet, s => s.Label);
        }

        if (Is(1, "for"))
        {
            return Keywords("analysis");
        }

        if (Is(1, "answers"))
        {
            return Binder.AnswerTypeNames.Select(n => new CompletionItem(n, CompletionItemKind.Option, null, n));
        }

        if (Is(1, "rounded"))
        {
            return Binder.RoundingRuleNames.Select(n => new CompletionItem(n, CompletionItemKind.Option, null, n));
        }

        if (Is(1, "rated"))
        {
            return Is(2, "not") ? MemberKeywords() : Keywords("by");
        }

        if (Is(1, "by") && Is(2, "rated"))
        {
            return Keywords("judgement", "lowest key question in");
        }

        if (StartsOperand())
        {
            return Facts().Concat(Keywords("not", "true", "false"));
        }

        if (Is(1, "not") && Token(2) is { } negated && IsWord(negated))
        {
            return Keywords("in");
        }

        if (EndsOperandInCondition())
        {
            // After a fact on the left of a comparison, what its type allows: only a true-or-false
            // fact is a condition by itself, so only it may be followed by `and`, `or` or the end.
            var leftFact = Token(2) is { } before && Array.IndexOf(ComparisonOperators, before.Text) >= 0 ? null : Fact(Token(1));
            return leftFact?.Kind switch
            {
                FactKind.Integer => Operators(ComparisonOperators),
                FactKind.Enumeration => Operators("==", "!=").Concat(Keywords("in", "not in")),
                FactKind.Boolean => Keywords("and", "or").Concat(Operators("==", "!=")).Concat(MemberKeywords()),
                _ => Keywords("and", "or").Concat(MemberKeywords()),
            };
        }

        return MemberKeywords();
    }

    private static IEnumerable<CompletionItem> Empty => Enumerable.Empty<CompletionItem>();

    // ---- where a member may start ------------------------------------------------------------------

    private IEnumerable<CompletionItem> MemberKeywords()
    {
        var block = EnclosingBlock();
        if (block == "bands")
        {
            return BandRowStart() ? Levels() : Is(1, "{") ? Keywords("of percentage rounded half_up to 0 decimals", "of points") : Empty;
        }

        if (!AtMemberStart())
        {
            return Empty;
        }

        return block switch
        {
            null => Keywords("framework", "source", "scale", "bands", "case type", "values", "fact", "discretion", "overall rated by total points in", "score", "domain")
                .Append(BandsSnippet()),
            "framework" => Keywords("title", "version", "publisher", "effective", "guidance"),
            "scale" => Keywords("level"),
            "discretion" => Keywords("rationale required", "allow"),
            "domain" => Keywords("standard").Concat(Keywords(ItemPropertyKeywords)),
            "standard" => Keywords("statement", "rated by judgement", "rated by lowest key question in", "not rated", "discretion", "key question")
                .Append(KeyQuestionSnippet())
                .Concat(Keywords(ItemPropertyKeywords)),
            "question" => Keywords("prompt").Concat(Keywords(ItemPropertyKeywords)),
            "prompt" => Keywords(ItemPropertyKeywords),
            _ => Empty,
        };
    }

    /// <summary>Whether the last token ends a member (or opens or closes a block), so that a new member may start.</summary>
    private bool AtMemberStart()
    {
        var last = Token(1);
        if (last is null || last.Text is "{" or "}")
        {
            return true;
        }

        switch (last.Kind)
        {
            case SyntaxTokenKind.Text or SyntaxTokenKind.Number or SyntaxTokenKind.Date:
                // Not a number that a declaration's name follows ("domain 2", "standard 2.1").
                return !(last.Kind == SyntaxTokenKind.Number && (Is(2, "domain") || Is(2, "standard") || Is(2, "question")));
            case SyntaxTokenKind.Punctuation:
                return last.Text is ")" or "%";
            case SyntaxTokenKind.Name or SyntaxTokenKind.Keyword:
                if (last.Kind == SyntaxTokenKind.Keyword && Array.IndexOf(MemberEndingKeywords, last.Text) < 0)
                {
                    return false;
                }

                // A name just declared is followed by its label or number, not by a member.
                var previous = Token(2);
                return previous is not null
                    && Array.IndexOf(DeclaringKeywords, previous.Text) < 0
                    && previous.Text != ")"
                    && !(previous.Kind == SyntaxTokenKind.Number && (Is(3, "domain") || Is(3, "standard") || Is(3, "question")));
            default:
                return false;
        }
    }

    /// <summary>The keyword that opened the innermost block the cursor is in; null at the top level.</summary>
    private string? EnclosingBlock()
    {
        var depth = 0;
        for (var i = _before.Count - 1; i >= 0; i--)
        {
            var token = _before[i];
            if (token.Text == "}")
            {
                depth++;
            }
            else if (token.Text == "{" && depth > 0)
            {
                depth--;
            }
            else if (token.Text == "{")
            {
                for (var j = i - 1; j >= 0 && _before[j].Text is not ("{" or "}"); j--)
                {
                    if (_before[j].Kind == SyntaxTokenKind.Keyword && Array.IndexOf(BlockOpeners, _before[j].Text) >= 0)
                    {
                        return _before[j].Text;
                    }
                }

                return string.Empty;
            }
        }

        return null;
    }

    // A band row starts after the measure ("decimals", "of points") or after a row's high edge.
    private bool BandRowStart() =>
        Is(1, "decimals")
        || (Is(1, "points") && Is(2, "of"))
        || (Token(1) is { Kind: SyntaxTokenKind.Number } && Is(2, "to"))
        || (Is(1, "%") && Token(2) is { Kind: SyntaxTokenKind.Number } && Is(3, "to"));

    // ---- conditions --------------------------------------------------------------------------------

    /// <summary>Whether a condition's operand comes next: after <c>when</c>, <c>and</c>, <c>or</c>, <c>not</c>, <c>(</c> or a derived fact's <c>=</c>.</summary>
    private bool StartsOperand()
    {
        if (Token(1) is not { } last)
        {
            return false;
        }

        return last.Text switch
        {
            "when" => !Is(3, "->"),
            "and" or "or" or "(" => true,
            "not" => Token(2) is not { } before || !IsWord(before) || before.Text is "when" or "and" or "or" or "not",
            "=" => Token(2) is { Kind: SyntaxTokenKind.Text } && Is(4, "fact"),
            _ => false,
        };
    }

    /// <summary>Whether the cursor follows a complete operand of a condition (a name, number, literal or closed group).</summary>
    private bool EndsOperandInCondition()
    {
        for (var i = _before.Count - 1; i >= 0; i--)
        {
            var token = _before[i];
            switch (token.Text)
            {
                case "when":
                    return i == _before.Count - 1 ? false : !(i >= 2 && _before[i - 2].Text == "->");
                case "=":
                    return i != _before.Count - 1 && i >= 3 && _before[i - 1].Kind == SyntaxTokenKind.Text && _before[i - 3].Text == "fact";
                case "}":
                    // A closed value set "in {a, b}" belongs to the condition; a block's '}' ends it.
                    var open = _before.FindLastIndex(i, t => t.Text == "{");
                    if (open < 1 || _before[open - 1].Text != "in")
                    {
                        return false;
                    }

                    i = open - 1;
                    continue;
            }

            var inCondition = token.Kind switch
            {
                SyntaxTokenKind.Name or SyntaxTokenKind.Number => true,
                SyntaxTokenKind.Operator => token.Text is not ("=" or "->"),
                SyntaxTokenKind.Punctuation => token.Text is "(" or ")" or ",",
                SyntaxTokenKind.Keyword => token.Text is "and" or "or" or "not" or "in" or "true" or "false" || IsConditionName(token.Text),
                _ => false,
            };
            if (!inCondition)
            {
                return false;
            }
        }

        return false;
    }

    // A keyword may be a fact's or a value's name ("level"); then it is part of a condition.
    private bool IsConditionName(string word) =>
        NameReferences.Declared(_compilation).Any(s => s.SymbolKind is DeclaredSymbolKind.Fact or DeclaredSymbolKind.Value && s.Name == word);

    /// <summary>Inside <c>fact in {a, b, |</c>: the fact (null when the name is not one) and where the list starts.</summary>
    private (FactSymbol? Fact, int ListStart)? MembershipFact()
    {
        if (!(Is(1, "{") || Is(1, ",")))
        {
            return null;
        }

        var i = ListOpener("in");
        if (i < 2 || _before[i].Text != "{" || _before[i - 1].Text != "in")
        {
            return null;
        }

        var factIndex = _before[i - 2].Text == "not" ? i - 3 : i - 2;
        return factIndex < 0 ? null : (Fact(_before[factIndex]), i + 1);
    }

    // ---- lists of names: "contributes to a, b, |", "for court, |" ------------------------------------

    /// <summary>When the cursor is in a comma-separated list of names after <paramref name="keyword"/>,
    /// the keyword's position counted from the end (1 = last token); otherwise null.</summary>
    private int? ListAfter(string keyword)
    {
        if (!(Is(1, keyword) || Is(1, ",")))
        {
            return null;
        }

        var i = ListOpener(keyword);
        return i >= 0 && _before[i].Text == keyword ? _before.Count - i : null;
    }

    /// <summary>The index of the token before the comma-separated names the cursor is in (-1 when
    /// they reach back to the start): the last token that is neither a comma nor a word other than
    /// <paramref name="stop"/>.</summary>
    private int ListOpener(string stop)
    {
        var i = _before.Count - 1;
        while (i >= 0 && (_before[i].Text == "," || (IsWord(_before[i]) && _before[i].Text != stop)))
        {
            i--;
        }

        return i;
    }

    private HashSet<string> Listed(int keywordPosition) =>
        new(_before.Skip(_before.Count - keywordPosition + 1).Where(IsWord).Select(t => t.Text), StringComparer.Ordinal);

    // "domain 2 court_disposals "Court disposals" for": position counts from the end, at the text.
    private bool IsDomainHeader(int textPosition) =>
        Token(textPosition) is { Kind: SyntaxTokenKind.Text }
        && Token(textPosition + 1) is { } name && IsWord(name)
        && Token(textPosition + 2) is { Kind: SyntaxTokenKind.Number }
        && Is(textPosition + 3, "domain");

    // ---- items -------------------------------------------------------------------------------------

    private IEnumerable<CompletionItem> Facts() => Declared<FactSymbol>(CompletionItemKind.Fact, f => f.Label);

    private IEnumerable<CompletionItem> Levels() => Declared<LevelSymbol>(CompletionItemKind.Level, l => l.Label);

    private static IEnumerable<CompletionItem> Values(FactSymbol fact) =>
        fact.Members.Select(m => new CompletionItem(m.Name, CompletionItemKind.Value, m.Label, m.Name));

    private IEnumerable<CompletionItem> Declared<T>(CompletionItemKind kind, Func<T, string?> detail)
        where T : IDeclaredSymbol =>
        NameReferences.Declared(_compilation).OfType<T>().Select(s => new CompletionItem(s.Name, kind, detail(s), s.Name));

    private static IEnumerable<CompletionItem> Keywords(params string[] words) =>
        words.Select(w => new CompletionItem(w, CompletionItemKind.Keyword, null, w));

    private static IEnumerable<CompletionItem> Operators(params string[] operators) =>
        operators.Select(o => new CompletionItem(o, CompletionItemKind.Operator, null, o));

    private FactSymbol? Fact(SyntaxToken? token) =>
        token is null ? null : NameReferences.Declared(_compilation).OfType<FactSymbol>().FirstOrDefault(f => f.Name == token.Text);

    // ---- snippets ----------------------------------------------------------------------------------

    /// <summary>A key question numbered after the last one of its standard, with two prompts.</summary>
    private CompletionItem KeyQuestionSnippet()
    {
        var standard = _compilation.Syntax.Declarations.OfType<DomainSyntax>()
            .SelectMany(d => d.Members.OfType<StandardSyntax>())
            .LastOrDefault(s => s.Span.Start < _offset);
        var number = "1";
        if (standard is not null)
        {
            var count = standard.Members.OfType<KeyQuestionSyntax>().Count(q => q.Span.Start < _offset);
            number = standard.NumberText + "." + (count + 1).ToString(CultureInfo.InvariantCulture);
        }

        var text = $"key question ${{1:{Snippet(number)}}} ${{2:name}} \"${{3:Key question?}}\" {{\n"
            + "  prompt (a) ${4:first_prompt} \"${5:Prompt?}\"\n"
            + "  prompt (b) ${6:second_prompt} \"${7:Prompt?}\"\n"
            + "}$0";
        return new CompletionItem("key question with prompts", CompletionItemKind.Snippet, "key question " + number + " { prompt (a) ... }", text, IsSnippet: true);
    }

    /// <summary>A percentage band table over the rating scale's levels, lowest first, covering 0% to 100% in whole percentages without gaps.</summary>
    private CompletionItem BandsSnippet()
    {
        var levels = NameReferences.Declared(_compilation).OfType<LevelSymbol>().Select(l => l.Name).ToList();
        var rows = new List<(string Level, string Low, string High)>();
        if (levels.Count == 0)
        {
            rows.Add(("${3:level}", "0", "100"));
        }
        else
        {
            for (var i = 0; i < levels.Count; i++)
            {
                var low = i * 100 / levels.Count;
                var high = i == levels.Count - 1 ? 100 : ((i + 1) * 100 / levels.Count) - 1;
                rows.Add((levels[i], low.ToString(CultureInfo.InvariantCulture), high.ToString(CultureInfo.InvariantCulture)));
            }
        }

        // Laid out as the formatter lays out band rows: names padded, numbers right-aligned.
        var nameWidth = rows.Max(r => r.Level.Length);
        var lowWidth = rows.Max(r => r.Low.Length);
        var highWidth = rows.Max(r => r.High.Length);
        var text = new StringBuilder("bands ${1:name} \"${2:Label}\" {\n  of percentage rounded half_up to 0 decimals\n");
        foreach (var (level, low, high) in rows)
        {
            text.Append("  ").Append(level.PadRight(nameWidth)).Append(' ')
                .Append(low.PadLeft(lowWidth)).Append("% to ").Append(high.PadLeft(highWidth)).Append("%\n");
        }

        text.Append("}$0");
        return new CompletionItem("bands covering 0-100%", CompletionItemKind.Snippet, "bands name \"Label\" { of percentage ... }", text.ToString(), IsSnippet: true);
    }

    // Text placed in a snippet: '$', '}' and '\' would be read as snippet syntax.
    private static string Snippet(string text) => text.Replace("\\", "\\\\").Replace("$", "\\$").Replace("}", "\\}");

    // ---- tokens ------------------------------------------------------------------------------------

    /// <summary>The token <paramref name="fromEnd"/> places before the cursor (1 = the last one).</summary>
    private SyntaxToken? Token(int fromEnd) => fromEnd <= _before.Count ? _before[_before.Count - fromEnd] : null;

    private bool Is(int fromEnd, string text) => Token(fromEnd)?.Text == text;

    private static bool IsWord(SyntaxToken token) => token.Kind is SyntaxTokenKind.Name or SyntaxTokenKind.Keyword;
}
