namespace InspectFramework.LanguageServer.Protocol;

internal sealed record SymbolInformation(string Name, SymbolKind Kind, Location Location, string? ContainerName = null);
