namespace InspectFramework.LanguageServer.Protocol;

internal sealed record WorkspaceSymbolParams(string Query);
