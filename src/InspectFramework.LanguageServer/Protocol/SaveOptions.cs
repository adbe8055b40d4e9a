namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The server needs no text on save: it has every edit already.</summary>
internal sealed record SaveOptions(bool IncludeText);
