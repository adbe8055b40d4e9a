using System.Collections.Generic;
using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>Edits by document URI (<see cref="Changes"/>, what a quick fix sends), or as document
/// changes (<see cref="DocumentChanges"/>), which can carry change annotations: a rename that is a
/// data migration asks the user to confirm it.</summary>
internal sealed record WorkspaceEdit(
    IReadOnlyDictionary<string, ImmutableArray<TextEdit>>? Changes = null,
    ImmutableArray<TextDocumentEdit>? DocumentChanges = null,
    ImmutableDictionary<string, ChangeAnnotation>? ChangeAnnotations = null);
