using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// The Handlebars templates the emitter renders: built in as embedded resources, and replaceable one by
/// one by templates the host hands in (<see cref="EmitOptions.Templates"/>). <c>Header</c> is a partial
/// (<c>{{&gt; Header}}</c>) the others include; each other template renders one file. Templates see a
/// <see cref="FrameworkView"/>, data they write as C# with the helpers of <see cref="CSharpHelpers"/>; HTML
/// escaping is off because the output is C#, not HTML.
/// </summary>
public static class CSharpTemplates
{
    /// <summary>The partial every file starts with.</summary>
    public const string HeaderTemplate = "Header";

    /// <summary>The templates that render a file each, in output order; a file is named <c>&lt;Framework&gt;.&lt;Template&gt;.g.cs</c>.</summary>
    public static ImmutableArray<string> FileTemplates { get; } = ImmutableArray.Create("Framework", "Enums", "Cases", "Validator", "Scoring");

    /// <summary>Every template name (the file name without <c>.hbs</c>).</summary>
    public static ImmutableArray<string> All { get; } = FileTemplates.Insert(0, HeaderTemplate);

    public const string Extension = ".hbs";

    private static readonly Lazy<CompiledTemplates> Defaults = new(() =>
    {
        var compiled = CompiledTemplates.TryCompile(All.ToDictionary(n => n, ReadDefault, StringComparer.Ordinal), _ => string.Empty, out var error);
        return compiled ?? throw new InvalidOperationException($"A built-in template does not compile: {error}");
    });

    /// <summary>The text of a built-in template (LF line endings), read from this assembly's resources.</summary>
    public static string ReadDefault(string name)
    {
        var resource = $"InspectFramework.Compiler.Emit.Templates.{name}{Extension}";
        using var stream = typeof(CSharpTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new ArgumentException($"There is no built-in template '{name}'.", nameof(name));
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return Normalise(reader.ReadToEnd());
    }

    internal static CompiledTemplates CompiledDefaults => Defaults.Value;

    internal static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
