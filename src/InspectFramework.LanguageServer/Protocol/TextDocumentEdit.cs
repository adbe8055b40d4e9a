using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

internal sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, ImmutableArray<AnnotatedTextEdit> Edits);
