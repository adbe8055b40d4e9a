namespace InspectFramework.LanguageServer.Protocol;

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);
