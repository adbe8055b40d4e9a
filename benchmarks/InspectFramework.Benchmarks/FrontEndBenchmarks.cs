using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Checking;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Synthetic;

namespace InspectFramework.Benchmarks;

/// <summary>
/// The front end on the synthetic framework at 1x, 10x and 100x the youth offending framework:
/// the whole of <see cref="FrameworkCompilation.Create"/>, and each phase on its own (parse includes
/// lexing and building the syntax tree; bind and check start from the previous phase's result).
/// </summary>
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
    private SourceText _source = null!;
    private CompilationUnitSyntax _syntax = null!;
    private FrameworkSymbol _framework = null!;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = new SourceText($"synthetic_x{Scale}.inspect", SyntheticFramework.Generate(Scale));
        var compilation = FrameworkCompilation.Create(_source);

        // Measuring a framework that fails to check would measure error recovery instead.
        if (!compilation.Diagnostics.IsEmpty || compilation.Framework is null)
        {
            throw new InvalidOperationException("The synthetic framework does not check cleanly: "
                + string.Join("; ", compilation.Diagnostics.Take(5).Select(d => d.ToString())));
        }

        _syntax = compilation.Syntax;
        _framework = compilation.Framework;
    }

    [Benchmark(Baseline = true, Description = "FrontEnd")]
    public FrameworkCompilation FrontEnd() => FrameworkCompilation.Create(_source);

    [Benchmark(Description = "Parse")]
    public CompilationUnitSyntax Parse() => FrameworkParser.Parse(_source, new DiagnosticBag(_source));

    [Benchmark(Description = "Bind")]
    public FrameworkSymbol? Bind() => Binder.Bind(_syntax, new DiagnosticBag(_source));

    [Benchmark(Description = "Check")]
    public DiagnosticBag Check()
    {
        var diagnostics = new DiagnosticBag(_source);
        FrameworkChecker.Check(_framework, diagnostics);
        return diagnostics;
    }
}
