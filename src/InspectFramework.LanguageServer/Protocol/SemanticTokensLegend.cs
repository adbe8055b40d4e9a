using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

internal sealed record SemanticTokensLegend(ImmutableArray<string> TokenTypes, ImmutableArray<string> TokenModifiers);
