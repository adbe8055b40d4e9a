using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Hints;

/// <summary>
/// What a standard or key question means, shown above it (a code lens): its rating rule and, when it
/// has a condition, its applicability, in plain English as the standards document says them.
/// <see cref="Span"/> is the item's name. The sentences are plain text, never markup.
/// </summary>
public sealed record ItemHint(TextSpan Span, string Rating, string? Applicability);
