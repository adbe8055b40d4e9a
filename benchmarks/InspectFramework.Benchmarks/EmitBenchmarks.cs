using System;
using BenchmarkDotNet.Attributes;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Synthetic;

namespace InspectFramework.Benchmarks;

/// <summary>
/// C# emission (<see cref="CSharpEmitter.Emit"/>: view model, then the built-in Handlebars templates)
/// on the synthetic framework at 1x, 10x and 100x. The templates are compiled once per process, in
/// the first call (GlobalSetup), as every later call in a host reuses them; the first call's cost is
/// reported separately in benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
public class EmitBenchmarks
{
    private FrameworkModel _model = null!;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var compilation = FrameworkCompilation.Create(new SourceText($"synthetic_x{Scale}.inspect", SyntheticFramework.Generate(Scale)));
        _model = compilation.Model ?? throw new InvalidOperationException("The synthetic framework has errors.");
        if (!CSharpEmitter.Emit(_model).Success)
        {
            throw new InvalidOperationException("The synthetic framework does not emit.");
        }
    }

    [Benchmark(Description = "Emit C#")]
    public EmitResult Emit() => CSharpEmitter.Emit(_model);
}
