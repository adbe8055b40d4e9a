using System.Collections.Immutable;
using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Completion;

/// <summary>The completions at a place, all replacing <see cref="ReplaceSpan"/>: the word being typed
/// (empty at a space).</summary>
public sealed record CompletionList(TextSpan ReplaceSpan, ImmutableArray<CompletionItem> Items)
{
    public static CompletionList Empty(int offset) => new(new TextSpan(offset, 0), ImmutableArray<CompletionItem>.Empty);
}
