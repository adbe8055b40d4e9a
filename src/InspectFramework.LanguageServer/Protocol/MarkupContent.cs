namespace InspectFramework.LanguageServer.Protocol;

/// <summary>Text in <see cref="Kind"/> "markdown" or "plaintext".</summary>
internal sealed record MarkupContent(string Kind, string Value);
