namespace InspectFramework.LanguageServer.Protocol;

internal sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);
