namespace InspectFramework.LanguageServer.Protocol;

internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);
