using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>Edits as document changes, so that edits can carry change annotations (a rename that is
/// a data migration asks the user to confirm it).</summary>
internal sealed record WorkspaceEdit(ImmutableArray<TextDocumentEdit> DocumentChanges, ImmutableDictionary<string, ChangeAnnotation>? ChangeAnnotations = null);
