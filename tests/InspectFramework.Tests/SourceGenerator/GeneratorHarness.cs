using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading;
using InspectFramework.SourceGenerator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InspectFramework.Tests.SourceGenerator;

/// <summary>Runs the generator in-process over in-memory additional files, with step tracking on.</summary>
internal static class GeneratorHarness
{
    public static CSharpCompilation Compilation(string code = "namespace App { internal static class Unrelated { } }") =>
        CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText(code, path: "Unrelated.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string? rootNamespace = null, InspectFrameworkGenerator? generator = null)
    {
        var properties = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (rootNamespace is not null)
        {
            properties["build_property.RootNamespace"] = rootNamespace;
        }

        return CSharpGeneratorDriver.Create(
            new[] { (generator ?? new InspectFrameworkGenerator()).AsSourceGenerator() },
            files,
            optionsProvider: new OptionsProvider(properties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorRunResult Run(ref GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGenerators(compilation);
        return driver.GetRunResult().Results.Single();
    }

    /// <summary>The reasons of every output of the named step in the last run.</summary>
    public static ImmutableArray<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToImmutableArray();

    /// <summary>The reasons of the source outputs fed by the named step.</summary>
    public static ImmutableArray<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result, string inputStep) =>
        result.TrackedOutputSteps.SelectMany(o => o.Value)
            .Where(step => step.Inputs.Any(input => input.Source.Name == inputStep))
            .SelectMany(step => step.Outputs)
            .Select(o => o.Reason)
            .ToImmutableArray();

    /// <summary>A diagnostic in the CLI's canonical form, for comparison with <c>inspect check</c>.</summary>
    public static string Canonical(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public string Text { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Text, Encoding.UTF8);
}

internal sealed class OptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>(System.StringComparer.Ordinal));

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
