namespace InspectFramework.LanguageServer.Protocol;

/// <summary><see cref="Kind"/> is "comment" or "region".</summary>
internal sealed record FoldingRange(int StartLine, int EndLine, string Kind);
