namespace InspectFramework.LanguageServer.Protocol;

internal sealed record DiagnosticRelatedInformation(Location Location, string Message);
