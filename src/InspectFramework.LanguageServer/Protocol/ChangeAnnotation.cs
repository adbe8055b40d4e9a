namespace InspectFramework.LanguageServer.Protocol;

internal sealed record ChangeAnnotation(string Label, bool NeedsConfirmation, string? Description = null);
