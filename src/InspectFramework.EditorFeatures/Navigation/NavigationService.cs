using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler;

namespace InspectFramework.EditorFeatures.Navigation;

/// <summary>Go to definition, find references and document highlight for every declared name.</summary>
public static class NavigationService
{
    /// <summary>Where the name at <paramref name="offset"/> is declared; null on no resolved name.</summary>
    public static SymbolLocation? Definition(FrameworkCompilation compilation, int offset)
    {
        if (NameReferences.At(compilation, offset) is not { } reference)
        {
            return null;
        }

        var declaration = NameReferences.Declaration(compilation, reference.Symbol);
        return declaration is null ? null : new SymbolLocation(compilation.Source.Path, declaration.Name.Span);
    }

    /// <summary>Every place naming the symbol at <paramref name="offset"/>, in source order; empty on no resolved name.</summary>
    public static ImmutableArray<SymbolLocation> References(FrameworkCompilation compilation, int offset, bool includeDeclaration)
    {
        if (NameReferences.At(compilation, offset) is not { } reference)
        {
            return ImmutableArray<SymbolLocation>.Empty;
        }

        return NameReferences.To(compilation, reference.Symbol)
            .Where(r => includeDeclaration || !r.IsDeclaration)
            .Select(r => new SymbolLocation(compilation.Source.Path, r.Name.Span))
            .ToImmutableArray();
    }

    /// <summary>The symbol at <paramref name="offset"/> wherever it occurs in the file.</summary>
    public static ImmutableArray<DocumentHighlight> Highlights(FrameworkCompilation compilation, int offset)
    {
        if (NameReferences.At(compilation, offset) is not { } reference)
        {
            return ImmutableArray<DocumentHighlight>.Empty;
        }

        return NameReferences.To(compilation, reference.Symbol)
            .Select(r => new DocumentHighlight(r.Name.Span, r.IsDeclaration))
            .ToImmutableArray();
    }
}
