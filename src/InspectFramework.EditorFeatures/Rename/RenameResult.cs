using System.Collections.Immutable;

namespace InspectFramework.EditorFeatures.Rename;

/// <summary>
/// A rename: every edit, or why it is refused (<see cref="Refusal"/>, a sentence saying what is
/// wrong and what to do). <see cref="Migration"/> says, for names case data stores (facts, values,
/// items, case types), that the rename is a data migration.
/// </summary>
public sealed record RenameResult(ImmutableArray<RenameEdit> Edits, string? Refusal, string? Migration)
{
    public static RenameResult Refused(string reason) => new(ImmutableArray<RenameEdit>.Empty, reason, null);
}
