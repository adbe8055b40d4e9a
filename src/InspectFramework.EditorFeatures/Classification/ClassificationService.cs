using System.Collections.Immutable;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Parsing;
using InspectFramework.EditorFeatures.Navigation;

namespace InspectFramework.EditorFeatures.Classification;

/// <summary>
/// Semantic highlighting: the lexer's tokens (lossless, so every keyword, number, text and comment
/// is found even in a broken file), with each name classified by what the binder resolved it to.
/// Spans are in source order and never overlap; white space and punctuation are left out.
/// </summary>
public static class ClassificationService
{
    public static ImmutableArray<ClassifiedSpan> Classify(FrameworkCompilation compilation)
    {
        var tokens = FrameworkLexer.Tokenize(compilation.Source.Text);
        var result = ImmutableArray.CreateBuilder<ClassifiedSpan>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind is SyntaxTokenKind.Name or SyntaxTokenKind.Keyword)
            {
                // Many keywords may also serve as names: what the binder resolved decides.
                var reference = NameReferences.At(compilation, token.Span.Start);
                result.Add(reference is not null && reference.Name.Span == token.Span
                    ? new ClassifiedSpan(token.Span, Kind(reference.Symbol.SymbolKind), reference.IsDeclaration)
                    : new ClassifiedSpan(token.Span, token.Kind == SyntaxTokenKind.Keyword ? ClassificationKind.Keyword : ClassificationKind.Name));
            }
            else if (token.Kind == SyntaxTokenKind.Number && i + 1 < tokens.Length && tokens[i + 1].Text == "%")
            {
                result.Add(new ClassifiedSpan(Compiler.Text.TextSpan.FromBounds(token.Span.Start, tokens[i + 1].Span.End), ClassificationKind.Percentage));
                i++;
            }
            else if (Kind(token.Kind) is { } kind)
            {
                result.Add(new ClassifiedSpan(token.Span, kind));
            }
        }

        return result.ToImmutable();
    }

    // Tokens classified by what the lexer read; punctuation is left out.
    private static ClassificationKind? Kind(SyntaxTokenKind kind) => kind switch
    {
        SyntaxTokenKind.Comment => ClassificationKind.Comment,
        SyntaxTokenKind.Text => ClassificationKind.Text,
        SyntaxTokenKind.Date => ClassificationKind.Date,
        SyntaxTokenKind.Operator => ClassificationKind.Operator,
        SyntaxTokenKind.Number => ClassificationKind.Number,
        _ => null,
    };

    private static ClassificationKind Kind(DeclaredSymbolKind kind) => kind switch
    {
        DeclaredSymbolKind.Fact => ClassificationKind.Fact,
        DeclaredSymbolKind.Value or DeclaredSymbolKind.ValueSet => ClassificationKind.Value,
        DeclaredSymbolKind.CaseType => ClassificationKind.CaseType,
        DeclaredSymbolKind.BandTable => ClassificationKind.BandTable,
        DeclaredSymbolKind.Scale => ClassificationKind.Scale,
        DeclaredSymbolKind.Level => ClassificationKind.Level,
        DeclaredSymbolKind.Score => ClassificationKind.Score,
        DeclaredSymbolKind.Source => ClassificationKind.Source,
        _ => ClassificationKind.Item,
    };
}
