using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Fuzzing.Generated;
using Microsoft.CodeAnalysis.CSharp;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// The emitter's tests' way into <see cref="GeneratedCode"/> (shared with the fuzzer, so both hold the
/// generated code to one standard): emit, compile and load, failing the test on any emitter or
/// compiler diagnostic. Generated types are reached by reflection; runtime types are shared with the test.
/// </summary>
internal static class GeneratedAssembly
{
    /// <summary>The compiler's diagnostics for the files (empty when they compile cleanly).</summary>
    public static ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Diagnose(IEnumerable<GeneratedFile> files, LanguageVersion language = LanguageVersion.Latest)
    {
        var compilation = GeneratedCode.CreateCompilation(files, "Diagnosed", language);
        using var peStream = new System.IO.MemoryStream();
        using var xmlStream = new System.IO.MemoryStream();
        var emitted = compilation.Emit(peStream, xmlDocumentationStream: xmlStream);
        return emitted.Diagnostics.Where(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden).ToImmutableArray();
    }

    /// <summary>Emits the model, compiles and loads it.</summary>
    public static GeneratedCode Load(FrameworkModel model, EmitOptions? options = null)
    {
        var result = CSharpEmitter.Emit(model, options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Load(result.Files, options?.Namespace ?? CSharpNames.Pascal(model.Name));
    }

    public static GeneratedCode Load(ImmutableArray<GeneratedFile> files, string ns)
    {
        var loaded = GeneratedCode.TryLoad(files, ns, out var diagnostics);
        Assert.True(loaded is not null, "The generated code does not compile cleanly:\n" + string.Join("\n", diagnostics.Take(50)));
        return loaded!;
    }

    /// <summary>Compiles a framework file's text and loads its generated code.</summary>
    public static GeneratedCode FromText(string text, EmitOptions? options = null)
    {
        var compilation = FrameworkCompilation.Create(new SourceText("test.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return Load(compilation.Model!, options);
    }
}
