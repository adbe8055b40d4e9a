using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

internal sealed record CodeActionOptions(ImmutableArray<string> CodeActionKinds);
