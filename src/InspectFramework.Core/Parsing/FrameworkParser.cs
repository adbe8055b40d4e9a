using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using InspectFramework.Diagnostics;
using InspectFramework.Grammar;
using InspectFramework.Syntax;
using InspectFramework.Text;

namespace InspectFramework.Parsing;

/// <summary>
/// Turns framework text into the compiler's syntax tree, reporting every syntax error (the parser
/// recovers and goes on). ANTLR is used only here and in <see cref="SyntaxTreeBuilder"/>.
/// </summary>
public static class FrameworkParser
{
    /// <summary>Deeper conditions are refused before parsing: ANTLR and the later tree walks recurse
    /// per level, and a stack overflow cannot be caught in .NET.</summary>
    public const int MaxNestingDepth = 100;

    public static CompilationUnitSyntax Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var comments = ImmutableArray.CreateBuilder<CommentTrivia>();
        var tokens = Lex(source, diagnostics, comments);
        if (!CheckNesting(tokens, diagnostics))
        {
            return new CompilationUnitSyntax(ImmutableArray<DeclarationSyntax>.Empty, new TextSpan(0, source.Length)) { Comments = comments.ToImmutable() };
        }

        var tree = ParseTwoStage(tokens, diagnostics);
        return new SyntaxTreeBuilder(source, diagnostics).Build(tree) with { Comments = comments.ToImmutable() };
    }

    // Lex everything, report bad tokens once, and hand the parser a clean stream: an unterminated
    // string still counts as text, and a stray character is dropped after it is reported. Comments
    // are copied out as the compiler's own trivia (the formatter keeps them); an unterminated one is
    // reported and has no trivia, since the file cannot be formatted anyway.
    private static List<IToken> Lex(SourceText source, DiagnosticBag diagnostics, ImmutableArray<CommentTrivia>.Builder comments)
    {
        var lexer = new InspectFrameworkLexer(new AntlrInputStream(source.Text));
        lexer.RemoveErrorListeners();
        var result = new List<IToken>();
        for (var token = lexer.NextToken(); ; token = lexer.NextToken())
        {
            var span = SpanOf(token);
            switch (token.Type)
            {
                case InspectFrameworkLexer.LINE_COMMENT:
                    comments.Add(new CommentTrivia(CommentKind.Line, token.Text, span));
                    break;
                case InspectFrameworkLexer.BLOCK_COMMENT:
                    comments.Add(new CommentTrivia(CommentKind.Block, token.Text, span));
                    break;
                case InspectFrameworkLexer.UNTERMINATED_STRING:
                    diagnostics.Report.UnterminatedText(span);
                    result.Add(Retype(token, InspectFrameworkLexer.STRING));
                    continue;
                case InspectFrameworkLexer.MISQUOTED_STRING:
                    var quote = token.Text.Substring(0, 1);
                    diagnostics.Report.UnexpectedCharacter(new TextSpan(token.StartIndex, 1), TokenDescriptions.DescribeCharacter(quote), TokenDescriptions.AdviseCharacter(quote));
                    // Same length, so positions in the file stay right.
                    result.Add(new CommonToken(token) { Type = InspectFrameworkLexer.STRING, Text = "\"" + token.Text.Substring(1, token.Text.Length - 2) + "\"" });
                    continue;
                case InspectFrameworkLexer.UNTERMINATED_BLOCK_COMMENT:
                    diagnostics.Report.UnterminatedComment(new TextSpan(token.StartIndex, 2));
                    continue;
                case InspectFrameworkLexer.ERROR_CHAR:
                    diagnostics.Report.UnexpectedCharacter(span, TokenDescriptions.DescribeCharacter(token.Text), TokenDescriptions.AdviseCharacter(token.Text));
                    continue;
            }

            result.Add(token);
            if (token.Type == TokenConstants.EOF)
            {
                return result;
            }
        }
    }

    private static bool CheckNesting(List<IToken> tokens, DiagnosticBag diagnostics)
    {
        var depth = 0;
        var notRun = 0;
        var previous = TokenConstants.InvalidType;
        var inList = false;
        foreach (var token in tokens)
        {
            // White space and comments lie between the `not`s of a run: they must not end it.
            if (token.Channel != TokenConstants.DefaultChannel)
            {
                continue;
            }

            switch (token.Type)
            {
                case InspectFrameworkLexer.LPAREN:
                    depth++;
                    break;
                case InspectFrameworkLexer.RPAREN:
                    depth = depth > 0 ? depth - 1 : 0;
                    break;
                // The braces of `in {a, b}` sit inside a condition and leave its depth alone (else
                // `((( x in {a} and ((( ...` would nest without limit). Block braces end any condition,
                // so they reset the count: a `(` left open in one item does not add up over the file.
                case InspectFrameworkLexer.LBRACE when previous == InspectFrameworkLexer.IN:
                    inList = true;
                    break;
                case InspectFrameworkLexer.RBRACE when inList:
                    inList = false;
                    break;
                case InspectFrameworkLexer.LBRACE:
                case InspectFrameworkLexer.RBRACE:
                    depth = 0;
                    inList = false;
                    break;
            }

            previous = token.Type;
            notRun = token.Type == InspectFrameworkLexer.NOT ? notRun + 1 : 0;
            if (depth > MaxNestingDepth || notRun > MaxNestingDepth)
            {
                diagnostics.Report.NestingTooDeep(SpanOf(token), MaxNestingDepth);
                return false;
            }
        }

        return true;
    }

    // Two-stage parsing: the fast SLL mode almost always succeeds; only on failure do we parse again
    // in full LL mode with error recovery, which is what reports the syntax errors.
    private static InspectFrameworkParser.CompilationUnitContext ParseTwoStage(List<IToken> tokens, DiagnosticBag diagnostics)
    {
        var stream = new CommonTokenStream(new ListTokenSource(tokens));
        var parser = new InspectFrameworkParser(stream) { ErrorHandler = new BailErrorStrategy() };
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.RemoveErrorListeners();
        try
        {
            return parser.compilationUnit();
        }
        catch (ParseCanceledException)
        {
            stream.Seek(0);
            parser.Reset();
            parser.ErrorHandler = new SyntaxErrorStrategy(diagnostics);
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            return parser.compilationUnit();
        }
    }

    private static IToken Retype(IToken token, int type)
    {
        var copy = new CommonToken(token) { Type = type };
        return copy;
    }

    internal static TextSpan SpanOf(IToken token) =>
        token.Type == TokenConstants.EOF || token.StartIndex < 0
            ? new TextSpan(System.Math.Max(0, token.StartIndex), 0)
            : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
}
