using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandlebarsDotNet;

namespace InspectFramework.Compiler.Emit;

/// <summary>A compiled set of templates (one Handlebars environment, so partials resolve within the set).</summary>
internal sealed class CompiledTemplates
{
    private readonly HandlebarsTemplate<TextWriter, object, object> _header;
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _files;

    private CompiledTemplates(HandlebarsTemplate<TextWriter, object, object> header, Dictionary<string, HandlebarsTemplate<object, object>> files, IReadOnlyDictionary<string, string> origins)
    {
        _header = header;
        _files = files;
        Origins = origins;
    }

    /// <summary>Where each template came from (a file path, or empty for a built-in one), for diagnostics.</summary>
    public IReadOnlyDictionary<string, string> Origins { get; }

    /// <summary>Compiles <paramref name="texts"/> (every template by name); null and the failing template's name and reason on a template error.</summary>
    public static CompiledTemplates? TryCompile(IReadOnlyDictionary<string, string> texts, Func<string, string> origin, out (string Template, string Reason)? error)
    {
        error = null;
        var configuration = new HandlebarsConfiguration { NoEscape = true };
        configuration.ObjectDescriptorProviders.Add(ViewDescriptors.Instance);
        var handlebars = Handlebars.Create(configuration);
        CSharpHelpers.Register(handlebars);
        HandlebarsTemplate<TextWriter, object, object>? header = null;
        var files = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var name in CSharpTemplates.All)
        {
            try
            {
                if (name == CSharpTemplates.HeaderTemplate)
                {
                    using var reader = new StringReader(texts[name]);
                    header = handlebars.Compile(reader);
                    handlebars.RegisterTemplate(name, header);
                }
                else
                {
                    files[name] = handlebars.Compile(texts[name]);
                }
            }
            catch (Exception e) when (IsTemplateFailure(e))
            {
                error = (name, Reason(e));
                return null;
            }
        }

        return new CompiledTemplates(header!, files, CSharpTemplates.All.ToDictionary(n => n, origin, StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether an exception from Handlebars is a template's failure. Handlebars runs the template as code:
    /// on a wrong template it throws its own exceptions and others too (<c>{{#if}}</c> with no argument
    /// throws <see cref="InvalidOperationException"/>), all of them about the template; only the
    /// process's own failures are not.
    /// </summary>
    public static bool IsTemplateFailure(Exception e) => e is not (OutOfMemoryException or System.Threading.ThreadAbortException);

    /// <summary>The messages of <paramref name="e"/> and the exceptions inside it, joined: Handlebars wraps
    /// the cause ("Runtime error while rendering partial 'Header', see inner exception ...").</summary>
    public static string Reason(Exception e)
    {
        var messages = new List<string>();
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            messages.Add(inner.Message.Replace(", see inner exception for more information", string.Empty).TrimEnd('.'));
        }

        return string.Join(": ", messages.Distinct(StringComparer.Ordinal));
    }

    /// <summary>Renders the header partial alone, as every built-in file template includes it: at the root of the view.</summary>
    public string RenderHeader(FrameworkView view)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        _header(writer, view);
        return writer.ToString();
    }

    /// <summary>Renders one file template, ending with exactly one line break. Line endings are LF
    /// already: templates are normalised when compiled (CSharpTemplates.Normalise), and no helper writes a line break.</summary>
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
