using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Compiler.Emit;

/// <summary>One generated source file: its file name (<c>HmipYouth2019.Cases.g.cs</c>) and its text (LF line endings).</summary>
public sealed record GeneratedFile(string Name, string Text);

/// <summary>The outcome of emitting C#: the files, or the diagnostics that prevented them.</summary>
public sealed record EmitResult(ImmutableArray<GeneratedFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the files were generated (no error diagnostics).</summary>
    public bool Success => !Diagnostics.Any(d => d.IsError);
}
