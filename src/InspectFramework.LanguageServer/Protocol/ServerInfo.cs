namespace InspectFramework.LanguageServer.Protocol;

internal sealed record ServerInfo(string Name, string Version);
