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
            switch (token.Kind)
            {
                case SyntaxTokenKind.Comment:
                    result.Add(new ClassifiedSpan(token.Span, ClassificationKind.Comment));
                    break;
                case SyntaxTokenKind.Text:
                    result.Add(new ClassifiedSpan(token.Span, ClassificationKind.Text));
                    break;
                case SyntaxTokenKind.Date:
                    result.Add(new ClassifiedSpan(token.Span, ClassificationKind.Date));
                    break;
                case SyntaxTokenKind.Operator:
                    result.Add(new ClassifiedSpan(token.Span, ClassificationKind.Operator));
                    break;
                case SyntaxTokenKind.Number when i + 1 < tokens.Length && tokens[i + 1].Text == "%":
                    result.Add(new ClassifiedSpan(Compiler.Text.TextSpan.FromBounds(token.Span.Start, tokens[i + 1].Span.End), ClassificationKind.Percentage));
                    i++;
                    break;
                case SyntaxTokenKind.Number:
                    result.Add(new ClassifiedSpan(token.Span, ClassificationKind.Number));
                    break;
                case SyntaxTokenKind.Name or SyntaxTokenKind.Keyword:
                    // Many keywords may also serve as names: what the binder resolved decides.
                    var reference = NameReferences.At(compilation, token.Span.Start);
                    if (reference is not null && reference.Name.Span == token.Span)
                    {
                        result.Add(new ClassifiedSpan(token.Span, Kind(reference.Symbol.SymbolKind), reference.IsDeclaration));
                    }
                    else
                    {
                        result.Add(new ClassifiedSpan(token.Span, token.Kind == SyntaxTokenKind.Keyword ? ClassificationKind.Keyword : ClassificationKind.Name));
                    }

                    break;
            }
        }

        return result.ToImmutable();
    }

    private static ClassificationKind Kind(DeclaredSymbolKind kind) => kind switch
    {
        DeclaredSymbolKind.Fact => ClassificationKind.Fact,
        DeclaredSymbolKind.Value => ClassificationKind.Value,
        DeclaredSymbolKind.CaseType => ClassificationKind.CaseType,
        DeclaredSymbolKind.BandTable => ClassificationKind.BandTable,
        DeclaredSymbolKind.Scale => ClassificationKind.Scale,
        DeclaredSymbolKind.Level => ClassificationKind.Level,
        DeclaredSymbolKind.Score => ClassificationKind.Score,
        DeclaredSymbolKind.Source => ClassificationKind.Source,
        _ => ClassificationKind.Item,
    };
}
