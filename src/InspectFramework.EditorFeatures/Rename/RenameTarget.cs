using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Rename;

/// <summary>What a rename at a place would rename: the name's span and its current text.</summary>
public sealed record RenameTarget(TextSpan Span, string Name);
