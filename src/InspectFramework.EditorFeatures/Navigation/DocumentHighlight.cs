using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Navigation;

/// <summary>One occurrence of the symbol under the cursor; the declaration is told apart from uses
/// (LSP shows it as a write, uses as reads).</summary>
public sealed record DocumentHighlight(TextSpan Span, bool IsDeclaration);
