using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Binding;

/// <summary>What kind of thing a declared name names.</summary>
public enum DeclaredSymbolKind
{
    Source,
    Scale,
    Level,
    BandTable,
    CaseType,
    Fact,

    /// <summary>A value of a <c>one of</c> fact.</summary>
    Value,
    Score,
    Domain,
    Standard,
    KeyQuestion,
    Prompt,

    /// <summary>A shared value set (<c>values classification ...</c>).</summary>
    ValueSet,
}

/// <summary>A symbol that a declaration names, so that editors can find its declaration and uses.</summary>
public interface IDeclaredSymbol
{
    string Name { get; }

    DeclaredSymbolKind SymbolKind { get; }
}

/// <summary>
/// One place where the binder resolved a name: the declaration of <see cref="Symbol"/> or a use of
/// it. The binder records these as it resolves names (a name that does not resolve has none), so
/// editors navigate by what the binder decided, never by re-resolving text, and a file with errors
/// still navigates wherever its names resolve.
/// </summary>
public sealed record NameReference(NameSyntax Name, IDeclaredSymbol Symbol, bool IsDeclaration);
