using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using InspectFramework.Emit;
using InspectFramework.Model;
using InspectFramework.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// Compiles generated C# with Roslyn the way a strict consumer would (nullable on, every warning of
/// every warning wave an error, documentation comments checked) against the running runtime's
/// framework assemblies and the InspectFramework runtime library, and loads it into a collectible
/// load context. Generated types are reached by reflection; runtime types are shared with the test.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private GeneratedAssembly(Assembly assembly, AssemblyLoadContext context, string ns)
    {
        Assembly = assembly;
        _context = context;
        Namespace = ns;
    }

    public Assembly Assembly { get; }

    public string Namespace { get; }

    /// <summary>The compiler's diagnostics for the files (empty when they compile cleanly).</summary>
    public static ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Diagnose(IEnumerable<GeneratedFile> files, LanguageVersion language = LanguageVersion.Latest)
    {
        var compilation = CreateCompilation(files, "Diagnosed", language);
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        var emitted = compilation.Emit(peStream, xmlDocumentationStream: xmlStream);
        return emitted.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();
    }

    /// <summary>Emits the model, compiles and loads it; fails the test on any emitter or compiler diagnostic.</summary>
    public static GeneratedAssembly Load(FrameworkModel model, EmitOptions? options = null)
    {
        var result = CSharpEmitter.Emit(model, options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Load(result.Files, options?.Namespace ?? CSharpNames.Pascal(model.Name));
    }

    public static GeneratedAssembly Load(ImmutableArray<GeneratedFile> files, string ns)
    {
        var name = "Generated" + Guid.NewGuid().ToString("N");
        var compilation = CreateCompilation(files, name, LanguageVersion.Latest);
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        var emitted = compilation.Emit(peStream, xmlDocumentationStream: xmlStream);
        var diagnostics = emitted.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(emitted.Success && diagnostics.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", diagnostics.Take(50)));
        peStream.Position = 0;
        var context = new AssemblyLoadContext(name, isCollectible: true);
        return new GeneratedAssembly(context.LoadFromStream(peStream), context, ns);
    }

    /// <summary>Compiles a framework file's text and loads its generated code.</summary>
    public static GeneratedAssembly FromText(string text, EmitOptions? options = null)
    {
        var compilation = FrameworkCompilation.Create(new SourceText("test.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return Load(compilation.Model!, options);
    }

    // One definition of "compiles cleanly" for the emitter's tests and the fuzzer.
    private static CSharpCompilation CreateCompilation(IEnumerable<GeneratedFile> files, string name, LanguageVersion language) =>
        InspectFramework.Fuzzing.Generated.GeneratedCode.CreateCompilation(files, name, language);

    public Type Type(string name) =>
        Assembly.GetType(Namespace + "." + name) ?? throw new InvalidOperationException($"No generated type {Namespace}.{name}.");

    /// <summary>Creates an instance of a generated type.</summary>
    public object New(string name, params object?[] arguments) => Activator.CreateInstance(Type(name), arguments)!;

    /// <summary>The value of a generated enum's member.</summary>
    public object Enum(string enumType, string member) => System.Enum.Parse(Type(enumType), member, ignoreCase: false);

    public static object? Get(object target, string property) =>
        target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)!.GetValue(target);

    public static object? Call(object target, string method, params object?[] arguments)
    {
        var types = arguments.Select(a => a?.GetType() ?? typeof(object)).ToArray();
        var candidates = target.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == method && m.GetParameters().Length == arguments.Length)
            .Where(m => m.GetParameters().Select(p => p.ParameterType).Zip(types, (p, a) => a == typeof(object) || p.IsAssignableFrom(a) || (Nullable.GetUnderlyingType(p) ?? p) == a).All(ok => ok))
            .ToList();
        Assert.True(candidates.Count == 1, $"{candidates.Count} candidates for {target.GetType().Name}.{method}");
        return candidates[0].Invoke(target, arguments);
    }

    public object? Static(string type, string member)
    {
        var t = Type(type);
        var property = t.GetProperty(member, BindingFlags.Public | BindingFlags.Static);
        if (property is not null)
        {
            return property.GetValue(null);
        }

        return t.GetField(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
    }

    public object? CallStatic(string type, string method, params object?[] arguments)
    {
        var types = arguments.Select(a => a!.GetType()).ToArray();
        var found = Type(type).GetMethod(method, BindingFlags.Public | BindingFlags.Static, types)
            ?? throw new InvalidOperationException($"No method {type}.{method}({string.Join(", ", types.Select(t => t.Name))}).");
        return found.Invoke(null, arguments);
    }

    public void Dispose() => _context.Unload();
}
