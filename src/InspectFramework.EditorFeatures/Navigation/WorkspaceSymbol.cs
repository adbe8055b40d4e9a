using InspectFramework.Compiler.Binding;

namespace InspectFramework.EditorFeatures.Navigation;

/// <summary>A declared name found across files: <see cref="Container"/> says where it belongs
/// (the framework, and for a value its fact, for an item its parent).</summary>
public sealed record WorkspaceSymbol(string Name, DeclaredSymbolKind Kind, string? Detail, string Container, SymbolLocation Location);
