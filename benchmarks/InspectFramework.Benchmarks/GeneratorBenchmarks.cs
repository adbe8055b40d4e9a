using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Syntax;
using InspectFramework.SourceGenerator;
using InspectFramework.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace InspectFramework.Benchmarks;

/// <summary>
/// The source generator per bundled framework, driven by <see cref="CSharpGeneratorDriver"/> as the
/// compiler drives it: <see cref="ColdRun"/> is a first run (a new driver: parse, check, emit, and the
/// driver parsing the generated C#); <see cref="RerunAfterUnrelatedEdit"/> runs the driver of a finished
/// run again after an edit to a C# file, which must touch no framework step; <see cref="FrameworkParse"/>
/// is the parse alone, the least a rerun that parsed the framework again would cost.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const string UnrelatedPath = "Unrelated.cs";

    private AdditionalText[] _texts = null!;
    private InspectFramework.Compiler.Text.SourceText _source = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _primed = null!;

    /// <summary>The file name (without extension) of a framework in frameworks/.</summary>
    [ParamsSource(nameof(Frameworks))]
    public string Framework { get; set; } = "";

    public static IEnumerable<string> Frameworks() =>
        Directory.GetFiles(FrameworksFolder, "*" + FrameworkCompilation.FileExtension)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .OrderBy(name => name, StringComparer.Ordinal);

    private static string FrameworksFolder => RepositoryPaths.Frameworks;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FrameworksFolder, Framework + FrameworkCompilation.FileExtension);
        var text = File.ReadAllText(path);
        _texts = new AdditionalText[] { new FrameworkFile(path, text) };
        _source = new InspectFramework.Compiler.Text.SourceText(path, text);
        _compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Unrelated { } }", path: UnrelatedPath) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.ReplaceSyntaxTree(
            _compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Unrelated { public const int Edited = 1; } }", path: UnrelatedPath));
        _primed = NewDriver(trackSteps: false).RunGenerators(_compilation);

        // What the rerun measures: a clean framework, code generated, and (with step tracking, in a
        // driver of its own) every framework step cached after the edit. Anything else would make the
        // figures mean something else.
        var first = _primed.GetRunResult().Results.Single();
        if (first.Exception is not null || first.Diagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error) || first.GeneratedSources.IsEmpty)
        {
            throw new InvalidOperationException($"{Framework} does not generate cleanly: {first.Exception?.Message ?? string.Join("; ", first.Diagnostics)}");
        }

        var rerun = NewDriver(trackSteps: true).RunGenerators(_compilation).RunGenerators(_edited).GetRunResult().Results.Single();
        var steps = new[] { TrackingNames.Text, TrackingNames.Compile, TrackingNames.Emit, TrackingNames.Generated };
        var notCached = steps.SelectMany(step => rerun.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => (step, o.Reason)))
            .Where(output => output.Reason != IncrementalStepRunReason.Cached)
            .ToList();
        if (notCached.Count > 0)
        {
            throw new InvalidOperationException("After an unrelated edit these steps ran again: " + string.Join(", ", notCached));
        }
    }

    [Benchmark(Description = "Generator, cold run")]
    public GeneratorDriver ColdRun() => NewDriver(trackSteps: false).RunGenerators(_compilation);

    [Benchmark(Description = "Generator, rerun after an unrelated C# edit")]
    public GeneratorDriver RerunAfterUnrelatedEdit() => _primed.RunGenerators(_edited);

    [Benchmark(Description = "Framework parse alone")]
    public CompilationUnitSyntax FrameworkParse() => FrameworkParser.Parse(_source, new DiagnosticBag(_source));

    private GeneratorDriver NewDriver(bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            new[] { new InspectFrameworkGenerator().AsSourceGenerator() },
            _texts,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A framework file as the compiler hands it to generators.</summary>
    private sealed class FrameworkFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
