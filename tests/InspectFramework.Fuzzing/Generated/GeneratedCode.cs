using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using InspectFramework.Compiler.Emit;
using InspectFramework.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InspectFramework.Fuzzing.Generated;

/// <summary>
/// Compiles generated C# with Roslyn as a strict consumer would (nullable on, every warning of every
/// warning wave an error, documentation comments checked) against the running runtime's framework
/// assemblies and the InspectFramework runtime library, and loads it into a collectible context.
/// Shared by the emitter's tests and the fuzzer, so both hold the generated code to one standard.
/// </summary>
public sealed class GeneratedCode : IDisposable
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDirectory, StringComparison.Ordinal))
            .Append(typeof(Answer).Assembly.Location)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    private readonly AssemblyLoadContext _context;

    private GeneratedCode(Assembly assembly, AssemblyLoadContext context, string ns)
    {
        Assembly = assembly;
        _context = context;
        Namespace = ns;
    }

    public Assembly Assembly { get; }

    public string Namespace { get; }

    public static CSharpCompilation CreateCompilation(IEnumerable<GeneratedFile> files, string name, LanguageVersion language = LanguageVersion.Latest)
    {
        var parse = new CSharpParseOptions(language, DocumentationMode.Diagnose);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, path: f.Name)).ToList();
        var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                deterministic: true);
        return CSharpCompilation.Create(name, trees, References.Value, options);
    }

    /// <summary>Compiles and, when there is no diagnostic at all, loads the files.</summary>
    /// <returns>The loaded code, or null with the compiler's diagnostics.</returns>
    public static GeneratedCode? TryLoad(IEnumerable<GeneratedFile> files, string ns, out ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> diagnostics)
    {
        var name = "Generated" + Guid.NewGuid().ToString("N");
        var compilation = CreateCompilation(files, name);
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        var emitted = compilation.Emit(peStream, xmlDocumentationStream: xmlStream);
        diagnostics = emitted.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();
        if (!emitted.Success || !diagnostics.IsEmpty)
        {
            return null;
        }

        peStream.Position = 0;
        var context = new AssemblyLoadContext(name, isCollectible: true);
        return new GeneratedCode(context.LoadFromStream(peStream), context, ns);
    }

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
        if (candidates.Count != 1)
        {
            throw new InvalidOperationException($"{candidates.Count} candidates for {target.GetType().Name}.{method}");
        }

        return candidates[0].Invoke(target, arguments);
    }

    public object? Static(string type, string member)
    {
        var t = Type(type);
        var property = t.GetProperty(member, BindingFlags.Public | BindingFlags.Static);
        return property is not null ? property.GetValue(null) : t.GetField(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
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
