using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The document's diagnostics, all of them (an empty list clears them), for the version they were computed on.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, ImmutableArray<Diagnostic> Diagnostics);
