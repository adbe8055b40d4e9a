namespace InspectFramework.LanguageServer.Protocol;

/// <summary>A place in a document: the parameters of hover, definition, document highlight and prepare rename.</summary>
internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
