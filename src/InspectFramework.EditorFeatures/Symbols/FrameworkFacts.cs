using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Symbols;

/// <summary>
/// Questions about a bound framework that several features ask: which fact owns a value, which
/// facts and items a condition names. Answered from the binder's references, so they hold for a
/// file with errors wherever its names resolve.
/// </summary>
internal static class FrameworkFacts
{
    public static IEnumerable<FactSymbol> Facts(FrameworkCompilation compilation) =>
        Navigation.NameReferences.Declared(compilation).OfType<FactSymbol>();

    public static IEnumerable<ItemSymbol> Items(FrameworkCompilation compilation) =>
        Navigation.NameReferences.Declared(compilation).OfType<ItemSymbol>();

    /// <summary>The fact whose <c>one of</c> declares <paramref name="value"/>.</summary>
    public static FactSymbol? Owner(FrameworkCompilation compilation, EnumMemberSymbol value) =>
        Facts(compilation).FirstOrDefault(f => f.Members.Any(m => ReferenceEquals(m, value)));

    /// <summary>The symbols a span of conditions names (facts and values), each once, in source order.</summary>
    public static IEnumerable<IDeclaredSymbol> NamedIn(FrameworkCompilation compilation, TextSpan span) =>
        compilation.References
            .Where(r => !r.IsDeclaration && span.Start <= r.Name.Span.Start && r.Name.Span.End <= span.End)
            .Select(r => r.Symbol)
            .Distinct(ReferenceEqualityComparer.Instance)
            .Cast<IDeclaredSymbol>();

    /// <summary>The symbol (a fact or a value) and every derived fact that depends on it, directly or through others.</summary>
    public static HashSet<IDeclaredSymbol> WithDependents(FrameworkCompilation compilation, IDeclaredSymbol symbol)
    {
        var derived = Facts(compilation)
            .Where(f => f.Syntax.Type is Compiler.Syntax.DerivedFactTypeSyntax)
            .Select(f => (Fact: f, Uses: NamedIn(compilation, f.Syntax.Type.Span).ToList()))
            .ToList();
        var result = new HashSet<IDeclaredSymbol>(ReferenceEqualityComparer.Instance) { symbol };

        // A fixed point over at most as many rounds as there are derived facts; no recursion.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (candidate, uses) in derived)
            {
                if (!result.Contains(candidate) && uses.Any(result.Contains))
                {
                    result.Add(candidate);
                    changed = true;
                }
            }
        }

        return result;
    }

    /// <summary>The items whose own condition names one of <paramref name="symbols"/>, in source order.</summary>
    public static IEnumerable<ItemSymbol> ItemsDecidedBy(FrameworkCompilation compilation, IReadOnlyCollection<IDeclaredSymbol> symbols) =>
        Items(compilation).Where(item => item.Syntax.Condition is { } condition
            && NamedIn(compilation, condition.Span).Any(s => symbols.Contains(s, ReferenceEqualityComparer.Instance)));
}
