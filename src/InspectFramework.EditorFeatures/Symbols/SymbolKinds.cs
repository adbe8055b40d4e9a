using InspectFramework.Compiler.Binding;

namespace InspectFramework.EditorFeatures.Symbols;

/// <summary>How methodology staff name each kind of declared thing, as the compiler's messages do.</summary>
public static class SymbolKinds
{
    public static string Word(DeclaredSymbolKind kind) => kind switch
    {
        DeclaredSymbolKind.Source => "source",
        DeclaredSymbolKind.Scale => "rating scale",
        DeclaredSymbolKind.Level => "level",
        DeclaredSymbolKind.BandTable => "band table",
        DeclaredSymbolKind.CaseType => "case type",
        DeclaredSymbolKind.Fact => "fact",
        DeclaredSymbolKind.Value => "value",
        DeclaredSymbolKind.ValueSet => "value set",
        DeclaredSymbolKind.Score => "score",
        DeclaredSymbolKind.Domain => "domain",
        DeclaredSymbolKind.Standard => "standard",
        DeclaredSymbolKind.KeyQuestion => "key question",
        _ => "prompt",
    };
}
