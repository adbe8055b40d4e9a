using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Rename;

/// <summary>One name to replace. <see cref="NeedsConfirmation"/> marks edits of a name that case data
/// stores, which the user confirms as a data migration (<see cref="RenameResult.Migration"/>).</summary>
public sealed record RenameEdit(TextSpan Span, string NewText, bool NeedsConfirmation);
