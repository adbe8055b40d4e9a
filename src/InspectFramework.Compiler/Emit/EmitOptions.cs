namespace InspectFramework.Compiler.Emit;

/// <summary>Options of <see cref="CSharpEmitter.Emit"/>.</summary>
public sealed record EmitOptions
{
    /// <summary>The namespace of the generated code; null for the framework's name in PascalCase
    /// (<c>hmip_youth_2019</c> gives <c>HmipYouth2019</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>
    /// A folder of templates that replace the built-in ones of the same file name (<c>Cases.hbs</c>, ...);
    /// templates it lacks are the built-in ones. Null for the built-in templates only.
    /// </summary>
    public string? TemplateDirectory { get; init; }

    /// <summary>The default options.</summary>
    public static EmitOptions Default { get; } = new();
}
