using System.Collections.Immutable;

namespace InspectFramework.Compiler.Emit;

/// <summary>Options of <see cref="CSharpEmitter.Emit"/>.</summary>
public sealed record EmitOptions
{
    /// <summary>The namespace of the generated code; null for the framework's name in PascalCase
    /// (<c>hmip_youth_2019</c> gives <c>HmipYouth2019</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>
    /// Templates that replace the built-in ones of the same name (<c>Cases.hbs</c> replaces <c>Cases</c>);
    /// templates not given are the built-in ones. Empty for the built-in templates only. The host reads
    /// them (the CLI from the folder given with <c>--templates</c>): the compiler does no file IO.
    /// </summary>
    public ImmutableArray<TemplateFile> Templates { get; init; } = ImmutableArray<TemplateFile>.Empty;

    /// <summary>The default options.</summary>
    public static EmitOptions Default { get; } = new();
}
