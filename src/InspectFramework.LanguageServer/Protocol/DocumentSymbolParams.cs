namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The parameters of every request about a whole document: symbols, semantic tokens, folding ranges, code lenses.</summary>
internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);
