namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The document an edit is for; the version is null for a file that is not open.</summary>
internal sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version);
