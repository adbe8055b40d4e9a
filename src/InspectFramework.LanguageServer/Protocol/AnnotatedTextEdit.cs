namespace InspectFramework.LanguageServer.Protocol;

/// <summary>A text edit, with the id of its change annotation when it has one.</summary>
internal sealed record AnnotatedTextEdit(Range Range, string NewText, string? AnnotationId = null);
