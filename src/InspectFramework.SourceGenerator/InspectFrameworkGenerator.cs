using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Configuration;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CompilerDiagnostic = InspectFramework.Compiler.Diagnostics.Diagnostic;
using CompilerSeverity = InspectFramework.Compiler.Diagnostics.DiagnosticSeverity;
using CompilerSourceText = InspectFramework.Compiler.Text.SourceText;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace InspectFramework.SourceGenerator;

/// <summary>
/// Generates the typed C# of every framework (<c>.inspect</c>) among a project's additional files,
/// through the same compiler core and emitter as <c>inspect generate</c>. Framework diagnostics are
/// reported at their line and column in the framework file; no code comes from a framework with errors.
/// </summary>
/// <remarks>
/// Code and diagnostics are separate outputs: positions live only in the diagnostics, so an edit that
/// moves text but keeps the model (layout, comments) re-reports diagnostics and leaves the code alone.
/// No step lets an exception reach the compiler: it becomes IF0601 on the framework file.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class InspectFrameworkGenerator : IIncrementalGenerator
{
    private readonly Func<CompilerSourceText, FrameworkCompilation> _compile;

    public InspectFrameworkGenerator()
        : this(FrameworkCompilation.Create)
    {
    }

    /// <summary>For tests: a compiler that fails on purpose shows that failures become diagnostics.</summary>
    internal InspectFrameworkGenerator(Func<CompilerSourceText, FrameworkCompilation> compile) => _compile = compile;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var texts = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(FrameworkCompilation.FileExtension, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => Read(file.Path, file.GetText(cancellationToken)))
            .WithTrackingName(TrackingNames.Text);

        // Every inspectconfig.json among the additional files (the package adds the nearest above the
        // project and any in it); each framework takes the nearest one above it. Their texts are the
        // pipeline's values, so frameworks compile again only when a configuration's text changes.
        var configurations = context.AdditionalTextsProvider
            .Where(static file => string.Equals(System.IO.Path.GetFileName(file.Path), InspectConfiguration.FileName, StringComparison.Ordinal))
            .Select(static (file, cancellationToken) => ReadConfiguration(file.Path, file.GetText(cancellationToken)))
            .WithTrackingName(TrackingNames.Configuration);
        var allConfigurations = configurations
            .Collect()
            .Select(static (all, _) => new EquatableArray<ConfigurationText>(all.OrderBy(c => c.Path, StringComparer.Ordinal).ToImmutableArray()));

        var compiled = texts
            .Combine(allConfigurations)
            .Select((pair, cancellationToken) => Compile(pair.Left, pair.Right, _compile))
            .WithTrackingName(TrackingNames.Compile);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var emitted = compiled
            .Where(static c => c.Model is not null)
            .Combine(options)
            .Select(static (pair, _) => new EmitInput(pair.Left.Path, pair.Left.Model!, pair.Right))
            .WithTrackingName(TrackingNames.EmitInput)
            .Select(static (input, _) => Generate(input))
            .WithTrackingName(TrackingNames.Emit);

        var diagnostics = compiled
            .Select(static (c, _) => c.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        // All frameworks together, only to refuse two that would generate the same file names (Roslyn
        // checks hint names across the whole generator and would throw). Emission stays per framework
        // and cached; an unchanged set of frameworks leaves this collection, and the output, unchanged.
        var generated = emitted.Collect().WithTrackingName(TrackingNames.Generated);

        context.RegisterSourceOutput(generated, static (spc, frameworks) => AddSources(spc, frameworks));
        context.RegisterSourceOutput(diagnostics, static (spc, list) => Report(spc, list));
        context.RegisterSourceOutput(configurations.Select(static (c, _) => ConfigurationProblems(c)), static (spc, list) => Report(spc, list));
    }

    internal static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
    {
        var root = Property(options, "InspectFrameworkNamespace") ?? Property(options, "RootNamespace");
        return new GeneratorOptions(root);
    }

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>
    /// The namespace of a framework's code: <c>&lt;root&gt;.&lt;FrameworkName&gt;</c>, so that two frameworks
    /// in one project (2018 and 2019) never share one; without a root, what <c>inspect generate</c> uses.
    /// </summary>
    internal static string? Namespace(FrameworkModel model, GeneratorOptions options) =>
        options.RootNamespace is null ? null : options.RootNamespace + "." + CSharpNames.Pascal(model.Name).TrimStart('@');

    // The CLI's size limit (FrameworkCompilation.MaxFileBytes): a file the CLI refuses is refused here
    // too, before it is compiled (30 MB of junk took a minute and a gigabyte of memory per build).
    // Roslyn has already read the text; its length in characters bounds its UTF-8 size from below.
    private static FrameworkText Read(string path, Microsoft.CodeAnalysis.Text.SourceText? source)
    {
        if (source is null)
        {
            return new FrameworkText(path, null);
        }

        var text = source.Length > FrameworkCompilation.MaxFileBytes ? null : source.ToString();
        var bytes = text is null ? source.Length : System.Text.Encoding.UTF8.GetByteCount(text);
        return bytes > FrameworkCompilation.MaxFileBytes ? new FrameworkText(path, null, bytes) : new FrameworkText(path, text);
    }

    private static ConfigurationText ReadConfiguration(string path, Microsoft.CodeAnalysis.Text.SourceText? source) =>
        new(path, source is null || source.Length > InspectConfiguration.MaxFileBytes ? null : source.ToString());

    /// <summary>The configuration file's own problems, reported once, at their place in it.</summary>
    private static EquatableArray<DiagnosticInfo> ConfigurationProblems(ConfigurationText configuration)
    {
        if (configuration.Text is null)
        {
            return Failure(configuration.Path, report => report.UnreadableConfiguration($"it could not be read, or is larger than {InspectConfiguration.MaxFileBytes / 1024} KB"));
        }

        InspectConfiguration.Parse(new CompilerSourceText(configuration.Path, configuration.Text), out var diagnostics);
        return ToInfos(diagnostics, configuration.Path);
    }

    /// <summary>The severities the nearest configuration file above <paramref name="path"/> sets for it; as
    /// for <c>inspect check</c>, the nearest file decides even when it cannot be read (then the defaults
    /// hold, and its problem is reported on it).</summary>
    private static DiagnosticSeverities SeveritiesFor(string path, EquatableArray<ConfigurationText> configurations)
    {
        var folder = System.IO.Path.GetDirectoryName(path) ?? string.Empty;
        ConfigurationText? nearest = null;
        var nearestFolder = string.Empty;
        foreach (var configuration in configurations)
        {
            var candidate = System.IO.Path.GetDirectoryName(configuration.Path) ?? string.Empty;
            if (IsAtOrBelow(folder, candidate) && (nearest is null || candidate.Length > nearestFolder.Length))
            {
                nearest = configuration;
                nearestFolder = candidate;
            }
        }

        if (nearest?.Text is not { } text)
        {
            return DiagnosticSeverities.Default;
        }

        var relative = path.Substring(nearestFolder.Length).TrimStart('/', '\\').Replace('\\', '/');
        return InspectConfiguration.Parse(new CompilerSourceText(nearest.Path, text), out _).For(relative);
    }

    // A folder ending in a separator (the root, "/" or "C:\\") is the start of every path below it.
    private static bool IsAtOrBelow(string folder, string candidate) =>
        string.Equals(folder, candidate, StringComparison.Ordinal)
        || (folder.StartsWith(candidate, StringComparison.Ordinal)
            && (candidate.EndsWith("/", StringComparison.Ordinal) || candidate.EndsWith("\\", StringComparison.Ordinal) || folder[candidate.Length] is '/' or '\\'));

    private static CompiledFramework Compile(FrameworkText text, EquatableArray<ConfigurationText> configurations, Func<CompilerSourceText, FrameworkCompilation> compile)
    {
        try
        {
            var compilation = text.TooLargeBytes > 0 ? FrameworkCompilation.TooLarge(text.Path, text.TooLargeBytes)
                : text.Text is null ? FrameworkCompilation.Unreadable(text.Path, "the compiler could not read it")
                : compile(new CompilerSourceText(text.Path, text.Text)).WithSeverities(SeveritiesFor(text.Path, configurations));
            return new CompiledFramework(text.Path, compilation.Model, ToInfos(compilation.Diagnostics, text.Path));
        }
        catch (Exception e)
        {
            return Failed(text.Path, report => report.GeneratorFailed("compiling", text.Path, Describe(e)));
        }
    }

    private static EmittedFramework Generate(EmitInput input)
    {
        try
        {
            var result = CSharpEmitter.Emit(input.Model, new EmitOptions { Namespace = Namespace(input.Model, input.Options) });
            var files = result.Success
                ? result.Files.Select(f => new GeneratedSource(f.Name, f.Text)).ToImmutableArray()
                : ImmutableArray<GeneratedSource>.Empty;
            return new EmittedFramework(input.Path, new EquatableArray<GeneratedSource>(files), ToInfos(result.Diagnostics, input.Path));
        }
        catch (Exception e)
        {
            return new EmittedFramework(input.Path, EquatableArray<GeneratedSource>.Empty, Failure(input.Path, report => report.GeneratorFailed("generating C# from", input.Path, Describe(e))));
        }
    }

    private static void AddSources(SourceProductionContext context, ImmutableArray<EmittedFramework> frameworks)
    {
        var added = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var framework in frameworks)
        {
            try
            {
                Report(context, framework.Diagnostics);
                if (framework.Files.FirstOrDefault(f => added.Contains(f.HintName)) is { } duplicate)
                {
                    var name = duplicate.HintName.Substring(0, duplicate.HintName.IndexOf('.'));
                    Report(context, Failure(framework.Path, report => report.DuplicateGeneratedFile(duplicate.HintName, name)));
                    continue;
                }

                foreach (var file in framework.Files)
                {
                    added.Add(file.HintName);
                    context.AddSource(file.HintName, file.Text);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Report(context, Failure(framework.Path, report => report.GeneratorFailed("adding the C# generated from", framework.Path, Describe(e))));
            }
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            context.ReportDiagnostic(ToRoslyn(info));
        }
    }

    internal static RoslynDiagnostic ToRoslyn(DiagnosticInfo info)
    {
        var location = info.Path is null
            ? Microsoft.CodeAnalysis.Location.None
            : Microsoft.CodeAnalysis.Location.Create(
                info.Path,
                new Microsoft.CodeAnalysis.Text.TextSpan(info.Start, info.Length),
                new Microsoft.CodeAnalysis.Text.LinePositionSpan(
                    new Microsoft.CodeAnalysis.Text.LinePosition(info.StartLine, info.StartCharacter),
                    new Microsoft.CodeAnalysis.Text.LinePosition(info.EndLine, info.EndCharacter)));
        // The severity is the diagnostic's own: an inspectconfig.json may have made a warning an error.
        var severity = info.Severity == CompilerSeverity.Error ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning;
        return RoslynDiagnostic.Create(Descriptors.For(info.Code), location, severity, additionalLocations: null, properties: null, info.Message);
    }

    /// <summary>Diagnostics of the framework file keep their position (the file's start for those about
    /// the file as a whole); others (the namespace option's IF0501) have no place in the project and get none.</summary>
    private static EquatableArray<DiagnosticInfo> ToInfos(ImmutableArray<CompilerDiagnostic> diagnostics, string path) =>
        new(diagnostics.Select(d => ToInfo(d, d.Location.Path == path)).ToImmutableArray());

    private static DiagnosticInfo ToInfo(CompilerDiagnostic d, bool located)
    {
        var lines = d.Location.LineSpan;
        return located
            ? new DiagnosticInfo(d.Code, d.Severity, d.Message, d.Location.Path, d.Location.Span.Start, d.Location.Span.Length, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character)
            : new DiagnosticInfo(d.Code, d.Severity, d.Message, null, 0, 0, 0, 0, 0, 0);
    }

    private static CompiledFramework Failed(string path, Action<DiagnosticCatalogue> report) =>
        new(path, null, Failure(path, report));

    private static EquatableArray<DiagnosticInfo> Failure(string path, Action<DiagnosticCatalogue> report) =>
        ToInfos(DiagnosticBag.AboutFile(path, report), path);

    private static string Describe(Exception e) => e.GetType().Name + ": " + e.Message.TrimEnd('.');
}
