using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

internal sealed record CompletionOptions(ImmutableArray<string> TriggerCharacters);
