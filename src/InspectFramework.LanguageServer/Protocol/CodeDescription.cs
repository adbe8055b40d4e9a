namespace InspectFramework.LanguageServer.Protocol;

/// <summary>Where the code is explained: an absolute address.</summary>
internal sealed record CodeDescription(string Href);
