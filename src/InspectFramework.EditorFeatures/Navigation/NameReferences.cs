using System.Collections.Generic;
using System.Collections.Immutable;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;

namespace InspectFramework.EditorFeatures.Navigation;

/// <summary>
/// The semantic core of the editor features: which declared symbol a place in the text names, and
/// every place that names it. It reads the references the binder recorded as it resolved names
/// (<see cref="FrameworkCompilation.References"/>), so it agrees with the compiler by construction.
/// </summary>
public static class NameReferences
{
    /// <summary>The reference whose name contains <paramref name="offset"/>; a cursor just after a
    /// name counts as on it (as editors place it after typing), and one between two names that touch
    /// is on the second.</summary>
    public static NameReference? At(FrameworkCompilation compilation, int offset)
    {
        var references = compilation.References;

        // The last reference starting at or before the offset: references are sorted by start.
        int low = 0, high = references.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (references[middle].Name.Span.Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && offset <= references[found].Name.Span.End ? references[found] : null;
    }

    /// <summary>Every reference to <paramref name="symbol"/> (its declaration and its uses) in source order.</summary>
    public static ImmutableArray<NameReference> To(FrameworkCompilation compilation, IDeclaredSymbol symbol)
    {
        var result = ImmutableArray.CreateBuilder<NameReference>();
        foreach (var reference in compilation.References)
        {
            // Identity, not record equality: two declarations are two symbols.
            if (ReferenceEquals(reference.Symbol, symbol))
            {
                result.Add(reference);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Where <paramref name="symbol"/> is declared.</summary>
    public static NameReference? Declaration(FrameworkCompilation compilation, IDeclaredSymbol symbol)
    {
        foreach (var reference in compilation.References)
        {
            if (reference.IsDeclaration && ReferenceEquals(reference.Symbol, symbol))
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>Every declared symbol of the file, in the order declared.</summary>
    public static IEnumerable<IDeclaredSymbol> Declared(FrameworkCompilation compilation)
    {
        foreach (var reference in compilation.References)
        {
            if (reference.IsDeclaration)
            {
                yield return reference.Symbol;
            }
        }
    }
}
