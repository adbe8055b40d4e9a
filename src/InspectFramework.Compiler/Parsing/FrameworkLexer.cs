using System;
using System.Collections.Immutable;
using Antlr4.Runtime;
using InspectFramework.Compiler.Text;
using InspectFramework.Grammar;

namespace InspectFramework.Compiler.Parsing;

/// <summary>What a token is, in the compiler's own terms (no ANTLR token types outside Parsing).</summary>
public enum SyntaxTokenKind
{
    /// <summary>Spaces, tabs, line breaks, form feeds and byte-order marks.</summary>
    WhiteSpace,

    /// <summary>A line or block comment, including one that is never closed.</summary>
    Comment,

    /// <summary>A word of the language (<c>domain</c>, <c>when</c>, <c>and</c>...); many may also serve as names.</summary>
    Keyword,

    /// <summary>A name such as <c>court_disposals</c>.</summary>
    Name,

    /// <summary>A number as written: <c>2</c>, <c>2.1.3</c>, <c>64.5</c>.</summary>
    Number,

    /// <summary>A date: <c>2019-06-01</c>.</summary>
    Date,

    /// <summary>Quoted text, including text that is never closed or is in the wrong quotes.</summary>
    Text,

    /// <summary>Braces, parentheses, commas, the percent sign.</summary>
    Punctuation,

    /// <summary><c>=</c>, <c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>-&gt;</c>.</summary>
    Operator,

    /// <summary>A character with no meaning in the language.</summary>
    Bad,
}

/// <summary>One token of a framework file with its exact text and span.</summary>
public sealed record SyntaxToken(SyntaxTokenKind Kind, string Text, TextSpan Span);

/// <summary>
/// The lexer's view of a framework file, for tools that work on tokens rather than on the syntax
/// tree (the fuzzer's grammar-aware mutations; editors' highlighting). It is lossless: every
/// character of the text is in exactly one token, so the tokens' texts concatenated give the text
/// back. It never reports diagnostics; compiling the text does.
/// </summary>
public static class FrameworkLexer
{
    public static ImmutableArray<SyntaxToken> Tokenize(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var lexer = new InspectFrameworkLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            var span = FrameworkParser.SpanOf(token);
            tokens.Add(new SyntaxToken(Classify(token.Type), text.Substring(span.Start, span.Length), span));
        }

        return tokens.ToImmutable();
    }

    private static SyntaxTokenKind Classify(int type) => type switch
    {
        InspectFrameworkLexer.WS => SyntaxTokenKind.WhiteSpace,
        InspectFrameworkLexer.LINE_COMMENT or InspectFrameworkLexer.BLOCK_COMMENT or InspectFrameworkLexer.UNTERMINATED_BLOCK_COMMENT => SyntaxTokenKind.Comment,
        InspectFrameworkLexer.IDENT => SyntaxTokenKind.Name,
        InspectFrameworkLexer.NUMBER => SyntaxTokenKind.Number,
        InspectFrameworkLexer.DATE => SyntaxTokenKind.Date,
        InspectFrameworkLexer.STRING or InspectFrameworkLexer.UNTERMINATED_STRING or InspectFrameworkLexer.MISQUOTED_STRING => SyntaxTokenKind.Text,
        InspectFrameworkLexer.LBRACE or InspectFrameworkLexer.RBRACE or InspectFrameworkLexer.LPAREN or InspectFrameworkLexer.RPAREN
            or InspectFrameworkLexer.COMMA or InspectFrameworkLexer.PERCENT => SyntaxTokenKind.Punctuation,
        InspectFrameworkLexer.ASSIGN or InspectFrameworkLexer.EQ or InspectFrameworkLexer.NEQ or InspectFrameworkLexer.LE
            or InspectFrameworkLexer.GE or InspectFrameworkLexer.LT or InspectFrameworkLexer.GT or InspectFrameworkLexer.ARROW => SyntaxTokenKind.Operator,
        InspectFrameworkLexer.ERROR_CHAR => SyntaxTokenKind.Bad,
        _ => SyntaxTokenKind.Keyword,
    };
}
