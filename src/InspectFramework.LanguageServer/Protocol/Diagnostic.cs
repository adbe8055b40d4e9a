using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

internal sealed record Diagnostic(
    Range Range,
    DiagnosticSeverity Severity,
    string Code,
    CodeDescription CodeDescription,
    string Source,
    string Message,
    ImmutableArray<DiagnosticRelatedInformation>? RelatedInformation = null);
