namespace InspectFramework.LanguageServer.Protocol;

internal sealed record Hover(MarkupContent Contents, Range Range);
