namespace InspectFramework.LanguageServer.Protocol;

internal sealed record WorkspaceFolder(string Uri, string Name);
