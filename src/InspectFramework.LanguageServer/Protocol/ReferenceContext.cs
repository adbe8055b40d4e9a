namespace InspectFramework.LanguageServer.Protocol;

internal sealed record ReferenceContext(bool IncludeDeclaration);
