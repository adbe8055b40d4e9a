using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Model;

namespace InspectFramework.SourceGenerator;

// The values that flow through the generator's incremental pipeline. Roslyn caches a step when its
// output equals the previous one, so these are records with value equality all the way down and hold
// no ISymbol, SyntaxNode, Compilation, Location or ANTLR type (a test walks them by reflection).

/// <summary>One framework file's path and text, as read from the additional files; a file larger than
/// the CLI's limit has no text, only its size in UTF-8 bytes, so it is neither kept nor compiled.</summary>
internal sealed record FrameworkText(string Path, string? Text, long TooLargeBytes = 0);

/// <summary>An inspectconfig.json among the additional files; <c>Text</c> is null when it could not be
/// read or is larger than a configuration may be.</summary>
internal sealed record ConfigurationText(string Path, string? Text);

/// <summary>A diagnostic with its position as plain values: turned into a Roslyn diagnostic only when reported.</summary>
internal sealed record DiagnosticInfo(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string? Path,
    int Start,
    int Length,
    int StartLine,
    int StartCharacter,
    int EndLine,
    int EndCharacter);

/// <summary>The outcome of compiling one framework: its model (null when it has errors) and its diagnostics.</summary>
internal sealed record CompiledFramework(string Path, FrameworkModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>What the emitter needs: a model without errors and the namespace options. Positions are not
/// part of it, so a layout or comment edit in a framework gives an equal input and the code is not regenerated.</summary>
internal sealed record EmitInput(string Path, FrameworkModel Model, GeneratorOptions Options);

/// <summary>The options read from the consumer's MSBuild properties.</summary>
internal sealed record GeneratorOptions(string? RootNamespace);

internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>The generated files of one framework, or the diagnostics that prevented them.</summary>
internal sealed record EmittedFramework(string Path, EquatableArray<GeneratedSource> Files, EquatableArray<DiagnosticInfo> Diagnostics);
