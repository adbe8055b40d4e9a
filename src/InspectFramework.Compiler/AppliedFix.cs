using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Compiler;

/// <summary>A fix that <see cref="FrameworkFixer"/> applied, with the diagnostic it answers; the
/// diagnostic's location is in the text of the round it was applied in.</summary>
public sealed record AppliedFix(Diagnostic Diagnostic, CodeFix Fix);
