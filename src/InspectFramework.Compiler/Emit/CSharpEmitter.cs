using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using HandlebarsDotNet;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;

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
            var bag = DiagnosticBag.WithoutFile();
            bag.Report.InvalidNamespace(ns);
            return Failed(bag.ToSortedArray());
        }

        var diagnostics = new List<Diagnostic>();
        var templates = options.TemplateDirectory is null ? CSharpTemplates.CompiledDefaults : LoadTemplates(options.TemplateDirectory, diagnostics);
        if (templates is null || diagnostics.Any(d => d.IsError))
        {
            return Failed(diagnostics.ToImmutableArray());
        }

        var (view, stem) = ViewModelBuilder.Build(model, ns, GeneratorVersion);
        var files = ImmutableArray.CreateBuilder<GeneratedFile>(CSharpTemplates.FileTemplates.Length);
        foreach (var template in CSharpTemplates.FileTemplates)
        {
            try
            {
                files.Add(new GeneratedFile($"{stem}.{template}.g.cs", templates.Render(template, view)));
            }
            catch (HandlebarsException e) when (templates.Origins[template].Length > 0)
            {
                // Only a user's template can fail here; a failing built-in template is a bug and throws.
                var path = templates.Origins[template];
                var bag = DiagnosticBag.ForFile(path);
                bag.Report.TemplateError(template + CSharpTemplates.Extension, e.Message.TrimEnd('.'));
                diagnostics.AddRange(bag.ToSortedArray());
                return Failed(diagnostics.ToImmutableArray());
            }
        }

        return new EmitResult(files.MoveToImmutable(), diagnostics.ToImmutableArray());
    }

    private static CompiledTemplates? LoadTemplates(string directory, List<Diagnostic> diagnostics)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] present;
        try
        {
            present = Directory.GetFiles(directory, "*" + CSharpTemplates.Extension);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.AddRange(Report(directory, bag => bag.Report.TemplateUnreadable(e.Message.TrimEnd('.'))));
            return null;
        }

        Array.Sort(present, StringComparer.Ordinal);
        foreach (var path in present)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!CSharpTemplates.All.Contains(name))
            {
                diagnostics.AddRange(Report(path, bag => bag.Report.UnknownTemplate(Path.GetFileName(path), CSharpTemplates.All.Select(n => n + CSharpTemplates.Extension))));
                continue;
            }

            try
            {
                texts[name] = CSharpTemplates.Normalise(File.ReadAllText(path, new UTF8Encoding(false)));
                origins[name] = path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                diagnostics.AddRange(Report(path, bag => bag.Report.TemplateUnreadable(e.Message.TrimEnd('.'))));
            }
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return null;
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
            diagnostics.AddRange(Report(path, bag => bag.Report.TemplateError(failure.Template + CSharpTemplates.Extension, failure.Reason.TrimEnd('.'))));
        }

        return compiled;
    }

    private static ImmutableArray<Diagnostic> Report(string path, Action<DiagnosticBag> report)
    {
        var bag = DiagnosticBag.ForFile(path);
        report(bag);
        return bag.ToSortedArray();
    }

    private static EmitResult Failed(ImmutableArray<Diagnostic> diagnostics) => new(ImmutableArray<GeneratedFile>.Empty, diagnostics);

    private static string FormatVersion(Version? version) =>
        version is null
            ? "0.0.0"
            : string.Join(".", new[] { version.Major, version.Minor, Math.Max(0, version.Build) }.Select(CSharpText.IntLiteral));
}
