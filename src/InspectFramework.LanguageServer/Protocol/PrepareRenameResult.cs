namespace InspectFramework.LanguageServer.Protocol;

internal sealed record PrepareRenameResult(Range Range, string Placeholder);
