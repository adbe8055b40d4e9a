using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Parsing;
using InspectFramework.EditorFeatures.Navigation;
using InspectFramework.EditorFeatures.Symbols;

namespace InspectFramework.EditorFeatures.Rename;

/// <summary>
/// Renames a declared name and every use of it. Refuses a new name the lexer would not read as a
/// name, or one that is taken where it would clash or change what another name means. Names case
/// data stores are data: their edits need confirmation, as <c>inspect diff</c> reports such a change.
/// </summary>
public static class RenameService
{
    /// <summary>The name at <paramref name="offset"/> if it can be renamed; null elsewhere.</summary>
    public static RenameTarget? Prepare(FrameworkCompilation compilation, int offset) =>
        NameReferences.At(compilation, offset) is { } reference ? new RenameTarget(reference.Name.Span, reference.Name.Text) : null;

    public static RenameResult Rename(FrameworkCompilation compilation, int offset, string newName)
    {
        if (NameReferences.At(compilation, offset) is not { } reference)
        {
            return RenameResult.Refused("There is no declared name here to rename: place the cursor on a fact, value, case type, band table, scale, level, score, source or item name.");
        }

        var symbol = reference.Symbol;
        var kind = SymbolKinds.Word(symbol.SymbolKind);
        if (InvalidName(newName) is { } invalid)
        {
            return RenameResult.Refused(invalid);
        }

        if (newName == symbol.Name)
        {
            return new RenameResult(ImmutableArray<RenameEdit>.Empty, null, null);
        }

        if (Clash(compilation, symbol, newName) is { } taken)
        {
            return RenameResult.Refused($"'{newName}' is already the name of {Article(SymbolKinds.Word(taken.SymbolKind))} {SymbolKinds.Word(taken.SymbolKind)}{Where(compilation, taken)}; choose another name for the {kind} '{symbol.Name}'.");
        }

        var stored = IsStoredInCaseData(symbol.SymbolKind);
        var edits = NameReferences.To(compilation, symbol)
            .Select(r => new RenameEdit(r.Name.Span, newName, stored))
            .ToImmutableArray();
        var migration = stored
            ? $"Data migration: case data records the {kind} '{symbol.Name}' by name, so data collected under the old name must be migrated to '{newName}' (inspect diff reports this rename as a removal and an addition that need migration)."
            : null;
        return new RenameResult(edits, null, migration);
    }

    /// <summary>Facts, values, items and case types are the names answers and case records are kept under.</summary>
    public static bool IsStoredInCaseData(DeclaredSymbolKind kind) => kind is DeclaredSymbolKind.Fact or DeclaredSymbolKind.Value
        or DeclaredSymbolKind.CaseType or DeclaredSymbolKind.Domain or DeclaredSymbolKind.Standard or DeclaredSymbolKind.KeyQuestion or DeclaredSymbolKind.Prompt;

    // What the lexer reads as one plain name (a letter or underscore, then letters, digits and
    // underscores). Words of the language are refused even where the grammar allows some as names:
    // 'when level' reads as a keyword to anyone but the parser.
    private static string? InvalidName(string name)
    {
        var tokens = FrameworkLexer.Tokenize(name);
        if (tokens.Length == 1 && tokens[0].Kind == SyntaxTokenKind.Name)
        {
            return null;
        }

        if (tokens.Length == 1 && tokens[0].Kind == SyntaxTokenKind.Keyword)
        {
            return $"'{name}' is a word of the framework language; choose another name.";
        }

        return $"'{Compiler.Text.DisplayText.OneLine(name)}' is not a valid name: a name starts with a letter or an underscore, followed by letters, digits or underscores (for example 'harm_factors').";
    }

    /// <summary>A symbol already named <paramref name="name"/> that the renamed symbol would clash with or be mistaken for.</summary>
    private static IDeclaredSymbol? Clash(FrameworkCompilation compilation, IDeclaredSymbol symbol, string name)
    {
        var declared = NameReferences.Declared(compilation).Where(s => s.Name == name && !ReferenceEquals(s, symbol)).ToList();
        switch (symbol)
        {
            case ItemSymbol item:
                // Item names are unique among their siblings.
                return declared.OfType<ItemSymbol>().FirstOrDefault(other => ReferenceEquals(other.Parent, item.Parent) && other.Kind == item.Kind);
            case LevelSymbol:
                return declared.OfType<LevelSymbol>().FirstOrDefault();
            case EnumMemberSymbol value:
                // A value named as a fact would be read as the fact in conditions.
                var owner = FrameworkFacts.Owner(compilation, value);
                return declared.FirstOrDefault(s => s is FactSymbol || (s is EnumMemberSymbol sibling && owner is not null && owner.Members.Contains(sibling)));
            default:
                // Top-level names: one kind each, but a name used for two kinds makes messages and
                // conditions ambiguous (a fact named as a value captures the bare value).
                return declared.FirstOrDefault(s => s is not (ItemSymbol or LevelSymbol) && (s is not EnumMemberSymbol || symbol is FactSymbol));
        }
    }

    private static string Where(FrameworkCompilation compilation, IDeclaredSymbol symbol) => symbol switch
    {
        ItemSymbol item => " (" + item.DisplayName + ")",
        EnumMemberSymbol value when FrameworkFacts.Owner(compilation, value) is { } owner => $" of fact '{owner.Name}'",
        _ => string.Empty,
    };

    private static string Article(string word) => "aeiou".IndexOf(word[0], StringComparison.Ordinal) >= 0 ? "an" : "a";
}
