using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using HandlebarsDotNet;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// The Handlebars templates the emitter renders: built in as embedded resources, and replaceable one by
/// one from a folder. <c>Header</c> is a partial (<c>{{&gt; Header}}</c>) the others include; each other
/// template renders one file. Templates see a <see cref="FrameworkView"/>; HTML escaping is off
/// because every value in it is already valid C#.
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

    /// <summary>The text of a built-in template (LF line endings).</summary>
    public static string ReadDefault(string name)
    {
        var resource = $"InspectFramework.Compiler.Emit.Templates.{name}{Extension}";
        using var stream = typeof(CSharpTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new ArgumentException($"There is no built-in template '{name}'.", nameof(name));
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return Normalise(reader.ReadToEnd());
    }

    /// <summary>Writes every built-in template into <paramref name="directory"/> (created if missing), to start custom templates from.</summary>
    /// <returns>The paths written, in template order.</returns>
    public static ImmutableArray<string> WriteDefaults(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var name in All)
        {
            var path = Path.Combine(directory, name + Extension);
            File.WriteAllText(path, ReadDefault(name), new UTF8Encoding(false));
            written.Add(path);
        }

        return written.ToImmutable();
    }

    internal static CompiledTemplates CompiledDefaults => Defaults.Value;

    internal static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}

/// <summary>A compiled set of templates (one Handlebars environment, so partials resolve within the set).</summary>
internal sealed class CompiledTemplates
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _files;

    private CompiledTemplates(Dictionary<string, HandlebarsTemplate<object, object>> files, IReadOnlyDictionary<string, string> origins)
    {
        _files = files;
        Origins = origins;
    }

    /// <summary>Where each template came from (a file path, or empty for a built-in one), for diagnostics.</summary>
    public IReadOnlyDictionary<string, string> Origins { get; }

    /// <summary>Compiles <paramref name="texts"/> (every template by name); null and the failing template's name and reason on a template error.</summary>
    public static CompiledTemplates? TryCompile(IReadOnlyDictionary<string, string> texts, Func<string, string> origin, out (string Template, string Reason)? error)
    {
        error = null;
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
        var files = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var name in CSharpTemplates.All)
        {
            try
            {
                if (name == CSharpTemplates.HeaderTemplate)
                {
                    handlebars.RegisterTemplate(name, texts[name]);
                }
                else
                {
                    files[name] = handlebars.Compile(texts[name]);
                }
            }
            catch (HandlebarsException e)
            {
                error = (name, e.Message);
                return null;
            }
        }

        return new CompiledTemplates(files, CSharpTemplates.All.ToDictionary(n => n, origin, StringComparer.Ordinal));
    }

    /// <summary>Renders one file template, ending with exactly one line break. Line endings are LF
    /// already: templates are normalised when read, and no value in the view holds a line break.</summary>
    public string Render(string template, FrameworkView view)
    {
        var text = _files[template](view);
        var end = text.Length;
        while (end > 0 && text[end - 1] == '\n')
        {
            end--;
        }

        return end == text.Length - 1 ? text : text.Substring(0, end) + "\n";
    }
}
