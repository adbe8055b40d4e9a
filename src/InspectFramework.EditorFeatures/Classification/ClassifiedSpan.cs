using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Classification;

/// <summary>A span of the text and what it is; <see cref="IsDeclaration"/> for the name in a declaration.</summary>
public sealed record ClassifiedSpan(TextSpan Span, ClassificationKind Kind, bool IsDeclaration = false);
