namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The client's formatting options (tab size, spaces) are not read: the layout is canonical,
/// the same as <c>inspect fmt</c> writes.</summary>
internal sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument);
