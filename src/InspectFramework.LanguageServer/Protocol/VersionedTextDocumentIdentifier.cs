namespace InspectFramework.LanguageServer.Protocol;

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
