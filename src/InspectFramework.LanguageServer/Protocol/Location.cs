namespace InspectFramework.LanguageServer.Protocol;

internal sealed record Location(string Uri, Range Range);
