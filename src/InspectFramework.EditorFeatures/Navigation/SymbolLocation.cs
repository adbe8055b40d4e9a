using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Navigation;

/// <summary>A place in a framework file: the file's path (as the compilation's source gives it) and a span.</summary>
public sealed record SymbolLocation(string Path, TextSpan Span);
