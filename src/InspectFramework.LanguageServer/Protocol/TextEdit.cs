namespace InspectFramework.LanguageServer.Protocol;

internal sealed record TextEdit(Range Range, string NewText);
