using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Diagnostics;

/// <summary>
/// A mechanical correction a diagnostic offers: a title saying what it does ("Replace 'hram' with
/// 'harm'") and the changes to the text the diagnostic was reported on. The preferred fix is the one
/// obvious correction, which editors apply first and <c>inspect check --fix</c> applies on its own;
/// a diagnostic has at most one. Equality compares the changes, not the array that holds them.
/// </summary>
public sealed record CodeFix(string Title, ImmutableArray<TextChange> Changes, bool IsPreferred)
{
    public ImmutableArray<TextChange> Changes { get; init; } = Changes.IsDefault ? ImmutableArray<TextChange>.Empty : Changes;

    public bool Equals(CodeFix? other) =>
        other is not null && Title == other.Title && IsPreferred == other.IsPreferred && Changes.SequenceEqual(other.Changes);

    public override int GetHashCode() => (Title, IsPreferred, Changes.Length).GetHashCode();
}
