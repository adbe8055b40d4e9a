using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>Edits applied one after the other, each to the text the previous one left.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, ImmutableArray<TextDocumentContentChangeEvent> ContentChanges);
