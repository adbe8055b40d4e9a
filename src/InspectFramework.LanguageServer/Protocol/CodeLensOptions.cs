namespace InspectFramework.LanguageServer.Protocol;

internal sealed record CodeLensOptions(bool ResolveProvider);
