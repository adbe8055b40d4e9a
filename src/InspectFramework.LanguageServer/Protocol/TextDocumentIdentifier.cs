namespace InspectFramework.LanguageServer.Protocol;

internal sealed record TextDocumentIdentifier(string Uri);
