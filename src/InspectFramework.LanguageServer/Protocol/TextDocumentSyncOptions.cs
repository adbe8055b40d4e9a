namespace InspectFramework.LanguageServer.Protocol;

internal sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, SaveOptions Save);
