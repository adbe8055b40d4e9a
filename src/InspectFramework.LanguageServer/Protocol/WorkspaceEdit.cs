using System.Collections.Generic;
using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>Edits by document URI.</summary>
internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, ImmutableArray<TextEdit>> Changes);
