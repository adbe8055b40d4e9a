namespace InspectFramework.LanguageServer.Protocol;

internal sealed record DocumentHighlight(Range Range, DocumentHighlightKind Kind);
