namespace InspectFramework.LanguageServer.Protocol;

internal sealed record RenameOptions(bool PrepareProvider);
