using System.Collections.Immutable;
using System.IO;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Grammar;

namespace InspectFramework.Compiler.Parsing;

/// <summary>
/// Turns framework text into the compiler's syntax tree, reporting every syntax error (the parser
/// recovers and goes on). ANTLR is used only here and in <see cref="SyntaxTreeBuilder"/>.
/// </summary>
public static class FrameworkParser
{
    /// <summary>Deeper conditions are refused before parsing: ANTLR and the later tree walks recurse
    /// per level, and a stack overflow cannot be caught in .NET.</summary>
    public const int MaxNestingDepth = 100;

    /// <summary>Bidirectional control characters reported in one file (IF0012); one is enough to act on.</summary>
    public const int MaxBidiWarnings = 100;

    public static CompilationUnitSyntax Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var comments = ImmutableArray.CreateBuilder<CommentTrivia>();
        var tokens = Lex(source, diagnostics, comments);
        if (!CheckNesting(tokens, diagnostics))
        {
            return new CompilationUnitSyntax(ImmutableArray<DeclarationSyntax>.Empty, new TextSpan(0, source.Length)) { Comments = comments.ToImmutable() };
        }

        return ParseTwoStage(source, tokens, diagnostics) with { Comments = comments.ToImmutable() };
    }

    // Lex everything, report bad tokens once, and hand the parser a clean stream: an unterminated
    // string still counts as text, and a stray character is dropped after it is reported. Comments
    // are copied out as the compiler's own trivia (the formatter keeps them); an unterminated one is
    // reported and has no trivia, since the file cannot be formatted anyway. White space and comments
    // stay out of the parser's stream (it would only skip them), and share one reused token object
    // instead of one each: see HiddenTokenReuse.
    private static ParserTokenStream Lex(SourceText source, DiagnosticBag diagnostics, ImmutableArray<CommentTrivia>.Builder comments) =>
        Lex(source, diagnostics, comments, 0, source.Length)!;

    /// <summary>
    /// The tokens from <paramref name="start"/>, where a token begins, up to <paramref name="stop"/>,
    /// ending with an EOF token at <paramref name="stop"/>; null when no token begins there (one
    /// reaches across it), so that the text cannot be lexed in two parts at that place.
    /// </summary>
    internal static ParserTokenStream? Lex(SourceText source, DiagnosticBag diagnostics, ImmutableArray<CommentTrivia>.Builder comments, int start, int stop)
    {
        var lexer = new InspectFrameworkLexer(new StringCharStream(source.Text, start)) { TokenFactory = new HiddenTokenReuse() };
        lexer.RemoveErrorListeners();
        var result = new ParserTokenStream(lexer);
        var bidiReported = 0;
        var reportedUpTo = start;
        for (var token = lexer.NextToken(); ; token = lexer.NextToken())
        {
            if (token.Type == TokenConstants.EOF || token.StopIndex >= stop)
            {
                if (token.StartIndex != stop)
                {
                    return null;
                }

                result.Add(token.Type == TokenConstants.EOF ? token : Retype(token, TokenConstants.EOF));
                return result;
            }

            var span = SpanOf(token);
            ReportBidiControls(source.Text, token, diagnostics, ref bidiReported);
            switch (token.Type)
            {
                case InspectFrameworkLexer.WS:
                    continue;
                case InspectFrameworkLexer.LINE_COMMENT:
                    comments.Add(new CommentTrivia(CommentKind.Line, source[span], span));
                    continue;
                case InspectFrameworkLexer.BLOCK_COMMENT:
                    comments.Add(new CommentTrivia(CommentKind.Block, source[span], span));
                    continue;
                case InspectFrameworkLexer.UNTERMINATED_STRING:
                    diagnostics.Report.UnterminatedText(span);
                    result.Add(Retype(token, InspectFrameworkLexer.STRING));
                    continue;
                case InspectFrameworkLexer.MISQUOTED_STRING:
                    var quote = token.Text.Substring(0, 1);
                    diagnostics.Report.WrongQuote(new TextSpan(token.StartIndex, 1), TokenDescriptions.DescribeCharacter(quote), TokenDescriptions.AdviseCharacter(quote)!, span);
                    // Same length, so positions in the file stay right.
                    result.Add(new CommonToken(token) { Type = InspectFrameworkLexer.STRING, Text = "\"" + token.Text.Substring(1, token.Text.Length - 2) + "\"" });
                    continue;
                case InspectFrameworkLexer.UNTERMINATED_BLOCK_COMMENT:
                    diagnostics.Report.UnterminatedComment(new TextSpan(token.StartIndex, 2));
                    continue;
                case InspectFrameworkLexer.ERROR_CHAR when span.Start >= reportedUpTo:
                    reportedUpTo = ReportBadCharacter(source, span, diagnostics);
                    continue;
                case InspectFrameworkLexer.ERROR_CHAR:
                    continue;
            }

            result.Add(token);
        }
    }

    /// <summary>
    /// Reports a character with no meaning, with its fix when it is what other notations write for a
    /// word of this language; returns the offset up to which the report covers the text (a doubled
    /// <c>&amp;&amp;</c> or <c>||</c> is one mistake, reported once).
    /// </summary>
    private static int ReportBadCharacter(SourceText source, TextSpan span, DiagnosticBag diagnostics)
    {
        var text = source[span];
        var advice = TokenDescriptions.AdviseCharacter(text);
        switch (text)
        {
            case "&" or "|":
                var doubled = span.End < source.Length && source.Text[span.End] == text[0];
                var written = doubled ? new TextSpan(span.Start, 2) : span;
                diagnostics.Report.OperatorOfOtherLanguages(written, source[written], text == "&" ? "and" : "or", advice!);
                return written.End;
            case "!":
                diagnostics.Report.OperatorOfOtherLanguages(span, text, "not", advice!);
                break;
            case ";":
                diagnostics.Report.NeedlessCharacter(span, TokenDescriptions.DescribeCharacter(text), advice!);
                break;
            case "\u201C" or "\u201D" or "\u201E":
                diagnostics.Report.WrongQuote(span, TokenDescriptions.DescribeCharacter(text), advice!, span);
                break;
            default:
                diagnostics.Report.UnexpectedCharacter(span, TokenDescriptions.DescribeCharacter(text), advice);
                break;
        }

        return span.End;
    }

    // Trojan Source: a bidirectional control in a comment or in text makes an editor show the file
    // otherwise than the compiler reads it. Escaped ones (\u202E) are visible and not reported. Warnings
    // are not capped as errors are (IF0011), so only the first MaxBidiWarnings are reported. The
    // token's characters are read in the file: asking a token for its text copies it out each time.
    private static void ReportBidiControls(string text, IToken token, DiagnosticBag diagnostics, ref int reported)
    {
        var where = token.Type switch
        {
            InspectFrameworkLexer.LINE_COMMENT or InspectFrameworkLexer.BLOCK_COMMENT or InspectFrameworkLexer.UNTERMINATED_BLOCK_COMMENT => "comment",
            InspectFrameworkLexer.STRING or InspectFrameworkLexer.UNTERMINATED_STRING or InspectFrameworkLexer.MISQUOTED_STRING => "text",
            _ => null,
        };
        if (where is null)
        {
            return;
        }

        for (var i = token.StartIndex; i <= token.StopIndex; i++)
        {
            if (DisplayText.IsBidiControl(text[i]) && reported++ < MaxBidiWarnings)
            {
                diagnostics.Report.BidiControl(new TextSpan(i, 1), text[i], where);
            }
        }
    }

    internal static bool CheckNesting(ParserTokenStream tokens, DiagnosticBag diagnostics)
    {
        var depth = 0;
        var notRun = 0;
        var previous = TokenConstants.InvalidType;
        var inList = false;
        // White space and comments, which may lie between the `not`s of a run, are not in the stream.
        for (var i = 0; i < tokens.Size; i++)
        {
            var token = tokens.Get(i);
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
    //
    // The fast stage parses and converts one top-level declaration at a time, so that each part of
    // ANTLR's parse tree is garbage as soon as its syntax is built: young garbage costs the collector
    // almost nothing, while a whole file's parse tree kept alive is copied by every collection. The
    // loop stands for `compilationUnit : declaration* EOF`, and reads the same declarations: SLL
    // prediction never looks at the rules a declaration was called from. After a syntax error, the
    // declarations built so far are thrown away with their diagnostics and the file is parsed again,
    // whole, exactly as if the fast stage had not run.
    private static CompilationUnitSyntax ParseTwoStage(SourceText source, ParserTokenStream stream, DiagnosticBag diagnostics)
    {
        var beforeBuilding = diagnostics.Save();
        if (ParseFast(source, stream, diagnostics) is { } declarations)
        {
            return new CompilationUnitSyntax(declarations, new TextSpan(0, source.Length));
        }

        diagnostics.RollBack(beforeBuilding);
        stream.Seek(0);
        var parser = new InspectFrameworkParser(stream) { ErrorHandler = new SyntaxErrorStrategy(diagnostics) };
        parser.Interpreter.PredictionMode = PredictionMode.LL;
        parser.RemoveErrorListeners();
        return new SyntaxTreeBuilder(source, diagnostics).Build(parser.compilationUnit());
    }

    /// <summary>The declarations of <paramref name="stream"/>, parsed in the fast stage (SLL, no error
    /// recovery) and converted one at a time; null at the first syntax error, with whatever was
    /// reported while converting left in <paramref name="diagnostics"/> for the caller to roll back.</summary>
    internal static ImmutableArray<DeclarationSyntax>? ParseFast(SourceText source, ParserTokenStream stream, DiagnosticBag diagnostics)
    {
        var parser = new InspectFrameworkParser(stream) { ErrorHandler = new BailErrorStrategy() };
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.RemoveErrorListeners();
        var builder = new SyntaxTreeBuilder(source, diagnostics);
        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
        try
        {
            while (stream.LA(1) != TokenConstants.EOF)
            {
                builder.Add(parser.declaration(), declarations);
            }
        }
        catch (ParseCanceledException)
        {
            return null;
        }

        return declarations.ToImmutable();
    }

    private static IToken Retype(IToken token, int type)
    {
        var copy = new CommonToken(token) { Type = type };
        return copy;
    }

    /// <summary>
    /// ANTLR's <see cref="AntlrInputStream"/> reading the file's string in place: given a string, that
    /// class copies it into an array of its own first (a second copy of the whole file).
    /// </summary>
    private sealed class StringCharStream : BaseInputCharStream
    {
        private readonly string _text;

        /// <param name="start">Where reading starts (ANTLR's own <c>Seek</c> gets there a character at a time).</param>
        public StringCharStream(string text, int start = 0)
        {
            _text = text;
            n = text.Length;
            p = start;
        }

        protected override int ValueAt(int i) => _text[i];

        protected override string ConvertDataToString(int start, int count) => _text.Substring(start, count);
    }

    /// <summary>
    /// Creates the lexer's tokens as ANTLR's default factory does, except those on the hidden channel
    /// (white space and comments, about half the tokens of a framework file): for them one token object
    /// is updated and returned each time. <see cref="Lex"/> only reads such a token's type and span
    /// before asking for the next one, and never hands it on.
    /// </summary>
    private sealed class HiddenTokenReuse : ITokenFactory
    {
        private CommonToken? _hidden;

        public IToken Create(System.Tuple<ITokenSource, ICharStream> source, int type, string text, int channel, int start, int stop, int line, int charPositionInLine)
        {
            if (channel != TokenConstants.HiddenChannel)
            {
                return CommonTokenFactory.Default.Create(source, type, text, channel, start, stop, line, charPositionInLine);
            }

            var token = _hidden ??= new CommonToken(source, type, channel, start, stop);
            token.Type = type;
            token.StartIndex = start;
            token.StopIndex = stop;
            token.Line = line;
            token.Column = charPositionInLine;
            return token;
        }

        public IToken Create(int type, string text) => CommonTokenFactory.Default.Create(type, text);
    }

    internal static TextSpan SpanOf(IToken token) =>
        token.Type == TokenConstants.EOF || token.StartIndex < 0
            ? new TextSpan(System.Math.Max(0, token.StartIndex), 0)
            : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
}
