using System.Collections.Immutable;
using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Outline;

/// <summary>
/// One entry of a file's outline: <see cref="Span"/> covers the whole declaration,
/// <see cref="SelectionSpan"/> the part to select when it is chosen (its name, or its first word).
/// </summary>
public sealed record OutlineItem(
    string Name,
    string? Detail,
    OutlineItemKind Kind,
    TextSpan Span,
    TextSpan SelectionSpan,
    ImmutableArray<OutlineItem> Children);
