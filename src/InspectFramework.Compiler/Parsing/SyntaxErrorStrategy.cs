using System.Collections.Generic;
using System.Linq;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;
using InspectFramework.Grammar;
using P = InspectFramework.Grammar.InspectFrameworkParser;

namespace InspectFramework.Compiler.Parsing;

/// <summary>
/// ANTLR's default recovery, reporting through the catalogue in the author's terms, with three changes:
/// a misspelt keyword (<c>standrd</c>) is reported with the keyword it resembles and then read as that
/// keyword, so one typo gives one error instead of a cascade; a missing token is reported where it is
/// missing (after the previous token), naming the bracket it would close; and a missing token is
/// preferred over an extra one, because keywords double as names (after <c>key question 2.1.1</c>,
/// deleting the wording would let the next line's <c>key</c> pass as the missing name).
/// </summary>
internal sealed class SyntaxErrorStrategy : DefaultErrorStrategy
{
    private readonly DiagnosticBag _diagnostics;

    public SyntaxErrorStrategy(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    private DiagnosticCatalogue Report => _diagnostics.Report;

    public override void Sync(Parser recognizer)
    {
        if (!InErrorRecoveryMode(recognizer))
        {
            TryReadAsKeyword(recognizer);
        }

        base.Sync(recognizer);
    }

    public override IToken RecoverInline(Parser recognizer)
    {
        if (TryReadAsKeyword(recognizer))
        {
            var corrected = recognizer.CurrentToken;
            ReportMatch(recognizer);
            recognizer.Consume();
            return corrected;
        }

        if (SingleTokenInsertion(recognizer))
        {
            return GetMissingSymbol(recognizer);
        }

        var matched = SingleTokenDeletion(recognizer);
        if (matched is not null)
        {
            recognizer.Consume();
            return matched;
        }

        throw new InputMismatchException(recognizer);
    }

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e)
    {
        // When the decision failed beyond its first token, its expected set belongs to where the
        // decision began, not to the offending token: do not list it.
        var expected = e.StartToken == e.OffendingToken ? Expected(() => e.GetExpectedTokens()) : new IntervalSet();
        ReportUnexpected(recognizer, e.OffendingToken, expected, e.Context);
    }

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, Expected(() => e.GetExpectedTokens()), e.Context);

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        ReportUnexpected(recognizer, recognizer.CurrentToken, Expected(() => GetExpectedTokens(recognizer)), recognizer.Context);
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var expected = Expected(() => GetExpectedTokens(recognizer));
        var previous = recognizer.TokenStream.LT(-1);
        if (previous is null)
        {
            ReportUnexpected(recognizer, recognizer.CurrentToken, expected, recognizer.Context);
            return;
        }

        var at = new TextSpan(previous.StopIndex + 1, 0);
        if (FindOpener(expected, recognizer.Context) is { } opener)
        {
            ReportMissingCloser(at, previous, opener);
            return;
        }

        var missing = TokenDescriptions.DescribeExpected(expected);
        Report.MissingPart(at, string.Join(" or ", missing), TokenDescriptions.DescribeFound(previous), TokenDescriptions.DescribeShape(recognizer.Context));
    }

    private void ReportMissingCloser(TextSpan at, IToken previous, (IToken Token, string? Owner) opener) =>
        Report.MissingCloser(at, opener.Token.Type == InspectFrameworkLexer.LPAREN ? ")" : "}", TokenDescriptions.DescribeFound(previous), FrameworkParser.SpanOf(opener.Token), opener.Owner);

    private void ReportUnexpected(Parser recognizer, IToken offending, IntervalSet expected, RuleContext? context)
    {
        // Nothing that could start a condition where one is needed: the condition is missing.
        if (expected.Contains(InspectFrameworkLexer.LPAREN) && expected.Contains(InspectFrameworkLexer.TRUE)
            && !expected.Contains(offending.Type) && recognizer.TokenStream.LT(-1) is { } previous
            && previous.Type is InspectFrameworkLexer.WHEN or InspectFrameworkLexer.AND or InspectFrameworkLexer.OR
                or InspectFrameworkLexer.NOT or InspectFrameworkLexer.ASSIGN or InspectFrameworkLexer.LPAREN
            && offending.Type is not (InspectFrameworkLexer.STRING or InspectFrameworkLexer.NUMBER))
        {
            Report.MissingPart(new TextSpan(previous.StopIndex + 1, 0), "a condition", TokenDescriptions.DescribeFound(previous),
                "Write a condition such as: harm_factors, disposal == custody, or previous_sanctions > 2.");
            return;
        }

        // The end of the file, or the start of something that belongs outside this block, where the
        // block's '}' could stand: the '}' is missing.
        if (expected.Contains(InspectFrameworkLexer.RBRACE) && StartsOutside(offending.Type)
            && recognizer.TokenStream.LT(-1) is { } last && FindOpener(expected, context as ParserRuleContext) is { } opener)
        {
            ReportMissingCloser(new TextSpan(last.StopIndex + 1, 0), last, opener);
            return;
        }

        var span = FrameworkParser.SpanOf(offending);
        var found = TokenDescriptions.DescribeFound(offending);
        if (offending.Type == InspectFrameworkLexer.RBRACE && !expected.Contains(InspectFrameworkLexer.RBRACE))
        {
            Report.UnopenedBrace(span, found);
        }
        else if (offending.Type == InspectFrameworkLexer.ASSIGN)
        {
            Report.SingleEquals(span, found);
        }
        else if (IsKeyQuestionInOneWord(offending))
        {
            Report.KeyQuestionInOneWord(span, found, offending.Text);
        }
        else
        {
            var advice = TokenDescriptions.DescribeShape(context)
                ?? (expected.Count == 1 && expected.Contains(InspectFrameworkLexer.STRING) ? "Put text in double quotes: \"...\"." : null);
            Report.SyntaxError(span, found, TokenDescriptions.DescribeExpected(expected), advice);
        }
    }

    /// <summary>
    /// A name where a keyword is needed and no name may stand, close to one of the keywords expected:
    /// report the likely misspelling and read the token as that keyword from now on.
    /// </summary>
    private bool TryReadAsKeyword(Parser recognizer)
    {
        if (recognizer.CurrentToken is not CommonToken { Type: InspectFrameworkLexer.IDENT } token)
        {
            return false;
        }

        var expected = Expected(() => recognizer.GetExpectedTokens());
        if (expected.Contains(InspectFrameworkLexer.IDENT) || IsKeyQuestionInOneWord(token))
        {
            return false;
        }

        var keywords = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var type in expected.ToList())
        {
            if (TokenDescriptions.KeywordText(type) is { } keyword)
            {
                keywords[keyword] = type;
            }
        }

        var suggestion = NameSuggester.Suggest(token.Text, keywords.Keys);
        if (suggestion is null)
        {
            return false;
        }

        Report.MisspeltKeyword(FrameworkParser.SpanOf(token), TokenDescriptions.DescribeFound(token), token.Text, suggestion);
        token.Type = keywords[suggestion];
        return true;
    }

    // 'keyquestion' or 'key_question': reported as such, not as a misspelt 'question'.
    private static bool IsKeyQuestionInOneWord(IToken token) =>
        token.Type == InspectFrameworkLexer.IDENT && string.Equals(token.Text.Replace("_", string.Empty), "keyquestion", System.StringComparison.OrdinalIgnoreCase);

    private static bool StartsOutside(int type) => type is TokenConstants.EOF
        or InspectFrameworkLexer.FRAMEWORK or InspectFrameworkLexer.SOURCE or InspectFrameworkLexer.SCALE
        or InspectFrameworkLexer.BANDS or InspectFrameworkLexer.CASE or InspectFrameworkLexer.FACT or InspectFrameworkLexer.VALUES
        or InspectFrameworkLexer.OVERALL or InspectFrameworkLexer.DOMAIN or InspectFrameworkLexer.STANDARD
        or InspectFrameworkLexer.KEY or InspectFrameworkLexer.PROMPT;

    /// <summary>For a missing ')' or '}', the bracket it closes and what that belongs to: the author can see where it goes.</summary>
    private static (IToken Token, string? Owner)? FindOpener(IntervalSet expected, ParserRuleContext? context)
    {
        var opener = expected.Contains(InspectFrameworkLexer.RPAREN) ? InspectFrameworkLexer.LPAREN
            : expected.Contains(InspectFrameworkLexer.RBRACE) ? InspectFrameworkLexer.LBRACE
            : 0;
        if (opener == 0)
        {
            return null;
        }

        for (var c = context; c is not null; c = c.Parent as ParserRuleContext)
        {
            var open = c.children?.OfType<Antlr4.Runtime.Tree.ITerminalNode>().Select(n => n.Symbol).LastOrDefault(t => t.Type == opener && t.TokenIndex >= 0);
            if (open is not null)
            {
                return (open, Owner(c));
            }
        }

        return null;
    }

    // The item a block belongs to, named as methodology staff would: "standard 2.1".
    private static string? Owner(ParserRuleContext context) => context switch
    {
        P.DomainDeclContext d when d.number is { TokenIndex: >= 0 } => $"domain {d.number.Text}",
        P.StandardDeclContext s when s.number is { TokenIndex: >= 0 } => $"standard {s.number.Text}",
        P.KeyQuestionDeclContext k when k.number is { TokenIndex: >= 0 } => $"key question {k.number.Text}",
        P.FrameworkDeclContext => "the framework header",
        P.ScaleDeclContext => "the rating scale",
        P.BandsDeclContext b when b.name?.Start is { TokenIndex: >= 0 } n => $"band table '{n.Text}'",
        P.DiscretionDeclContext => "the discretion block",
        P.PromptDeclContext => "the prompt",
        _ => null,
    };

    // ANTLR can fail to compute an expected set in states reached after recovery.
    private static IntervalSet Expected(System.Func<IntervalSet> compute)
    {
        try
        {
            return compute();
        }
        catch (System.ArgumentException)
        {
            return new IntervalSet();
        }
    }
}
