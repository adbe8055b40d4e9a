using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>Tokens as the protocol packs them: five integers each (line and start relative to the token
/// before, length, type and modifiers as indexes into the legend).</summary>
internal sealed record SemanticTokens(ImmutableArray<int> Data);
