using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Model;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// Generates C# from a framework's lowered model: enumerations with their labels, case profiles and
/// assessment forms, a validator and a scorer, one file per concern. Reads the model only. The output
/// is deterministic: the same model and options give the same bytes on every machine and culture.
/// </summary>
public static class CSharpEmitter
{
    /// <summary>The version stamped into <c>[GeneratedCode]</c>: this assembly's version (Major.Minor.Build),
    /// which, unlike the informational version, does not change with every commit.</summary>
    public static string GeneratorVersion { get; } = FormatVersion(typeof(CSharpEmitter).Assembly.GetName().Version);

    /// <summary>
    /// Emits the C# files for <paramref name="model"/>. The model must come from a compilation without
    /// errors (<see cref="FrameworkCompilation.Model"/>); problems with the options or templates are
    /// reported as diagnostics, and then no files are returned.
    /// </summary>
    public static EmitResult Emit(FrameworkModel model, EmitOptions? options = null)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        options ??= EmitOptions.Default;
        var ns = options.Namespace ?? CSharpNames.Pascal(model.Name).TrimStart('@');
        if (!CSharpNames.IsValidNamespace(ns))
        {
            return Failed(DiagnosticBag.AboutNoFile(report => report.InvalidNamespace(ns)));
        }

        var diagnostics = new List<Diagnostic>();
        var templates = options.Templates.IsDefaultOrEmpty ? CSharpTemplates.CompiledDefaults : CompileCustom(options.Templates, diagnostics);
        if (templates is null || diagnostics.Any(d => d.IsError))
        {
            return Failed(diagnostics.ToImmutableArray());
        }

        var (view, stem) = ViewModelBuilder.Build(model, ns, GeneratorVersion);

        // A custom header runs inside every file template, built-in ones included: rendered alone first,
        // its failures are reported against it rather than against the file that includes it.
        if (templates.Origins[CSharpTemplates.HeaderTemplate].Length > 0 && RenderFailure(() => templates.RenderHeader(view)) is { } headerFailure)
        {
            diagnostics.AddRange(TemplateFailed(templates, CSharpTemplates.HeaderTemplate, headerFailure));
            return Failed(diagnostics.ToImmutableArray());
        }

        var files = ImmutableArray.CreateBuilder<GeneratedFile>(CSharpTemplates.FileTemplates.Length);
        foreach (var template in CSharpTemplates.FileTemplates)
        {
            if (templates.Origins[template].Length == 0)
            {
                // A failing built-in template is a bug: it throws.
                files.Add(new GeneratedFile($"{stem}.{template}.g.cs", templates.Render(template, view)));
                continue;
            }

            string? text = null;
            if (RenderFailure(() => text = templates.Render(template, view)) is { } failure)
            {
                diagnostics.AddRange(TemplateFailed(templates, template, failure));
                return Failed(diagnostics.ToImmutableArray());
            }

            files.Add(new GeneratedFile($"{stem}.{template}.g.cs", text!));
        }

        return new EmitResult(files.MoveToImmutable(), diagnostics.ToImmutableArray());
    }

    // What went wrong rendering a user's template, or null when it rendered.
    private static string? RenderFailure(Action render)
    {
        try
        {
            render();
            return null;
        }
        catch (Exception e) when (CompiledTemplates.IsTemplateFailure(e))
        {
            return CompiledTemplates.Reason(e);
        }
    }

    private static ImmutableArray<Diagnostic> TemplateFailed(CompiledTemplates templates, string template, string reason) =>
        TemplateFailed(templates.Origins[template], template, reason);

    // The reason comes from CompiledTemplates.Reason, which ends it without a full stop.
    private static ImmutableArray<Diagnostic> TemplateFailed(string path, string template, string reason) =>
        DiagnosticBag.AboutFile(path, report => report.TemplateError(template + CSharpTemplates.Extension, reason));

    // The host's templates, the built-in ones for those it does not replace; null when one does not compile.
    private static CompiledTemplates? CompileCustom(ImmutableArray<TemplateFile> custom, List<Diagnostic> diagnostics)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in custom.OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(template.Path);
            var name = Path.GetFileNameWithoutExtension(template.Path);
            if (!CSharpTemplates.All.Contains(name) || !string.Equals(Path.GetExtension(template.Path), CSharpTemplates.Extension, StringComparison.Ordinal))
            {
                diagnostics.AddRange(DiagnosticBag.AboutFile(template.Path, report => report.UnknownTemplate(fileName, CSharpTemplates.All.Select(n => n + CSharpTemplates.Extension))));
                continue;
            }

            texts[name] = CSharpTemplates.Normalise(template.Text);
            origins[name] = template.Path;
        }

        foreach (var name in CSharpTemplates.All)
        {
            if (!texts.ContainsKey(name))
            {
                texts[name] = CSharpTemplates.ReadDefault(name);
            }
        }

        var compiled = CompiledTemplates.TryCompile(texts, n => origins.TryGetValue(n, out var origin) ? origin : string.Empty, out var error);
        if (compiled is null && error is { } failure)
        {
            var path = origins.TryGetValue(failure.Template, out var origin) ? origin : failure.Template + CSharpTemplates.Extension;
            diagnostics.AddRange(TemplateFailed(path, failure.Template, failure.Reason));
        }

        return compiled;
    }

    private static EmitResult Failed(ImmutableArray<Diagnostic> diagnostics) => new(ImmutableArray<GeneratedFile>.Empty, diagnostics);

    private static string FormatVersion(Version? version) =>
        version is null
            ? "0.0.0"
            : string.Join(".", new[] { version.Major, version.Minor, Math.Max(0, version.Build) }.Select(CSharpText.IntLiteral));
}
