using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

internal sealed record CompletionList(bool IsIncomplete, ImmutableArray<CompletionItem> Items);
