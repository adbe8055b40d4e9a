namespace InspectFramework.LanguageServer.Protocol;

internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context);
