using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Hover;

/// <summary>What a hover shows: Markdown about the name at <see cref="Span"/>. Text from the
/// framework in it is escaped, so wording never becomes markup.</summary>
public sealed record HoverResult(TextSpan Span, string Markdown);
