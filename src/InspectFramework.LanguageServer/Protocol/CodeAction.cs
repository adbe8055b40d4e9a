using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

internal sealed record CodeAction(string Title, string Kind, ImmutableArray<Diagnostic> Diagnostics, WorkspaceEdit Edit, bool? IsPreferred = null);
