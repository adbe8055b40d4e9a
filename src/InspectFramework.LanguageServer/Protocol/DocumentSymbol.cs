using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

internal sealed record DocumentSymbol(string Name, string? Detail, SymbolKind Kind, Range Range, Range SelectionRange, ImmutableArray<DocumentSymbol> Children);
