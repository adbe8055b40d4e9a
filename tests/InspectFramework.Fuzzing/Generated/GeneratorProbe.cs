using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;
using InspectFramework.SourceGenerator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InspectFramework.Fuzzing.Generated;

/// <summary>
/// The source generator on a fuzzed framework file, run the way the C# compiler runs it (a generator
/// driver over a project with the file among its additional files): it throws nothing into the
/// compiler (no exception in its run result, no IF0601 for one it caught), it reports exactly the
/// compiler's diagnostics at the same lines and columns, and it adds code exactly when there is no
/// error, the same code as <c>inspect generate</c>.
/// </summary>
internal static class GeneratorProbe
{
    // A project with one unrelated source file, as in the generator's own tests.
    private static readonly CSharpCompilation Project = CSharpCompilation.Create(
        "App",
        new[] { CSharpSyntaxTree.ParseText("namespace App { internal static class Unrelated { } }", path: "Unrelated.cs") },
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static void Run(FrameworkCompilation expected, Findings findings)
    {
        findings.Ran("source generator");
        var source = expected.Source;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new InspectFrameworkGenerator().AsSourceGenerator() }, new[] { new FrameworkFile(source.Path, source.Text) });
        driver = driver.RunGeneratorsAndUpdateCompilation(Project, out _, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        findings.Require(result.Exception is null, "source generator: no exception reaches the compiler: " + result.Exception);
        // The compiler's own reports about a generator (CS8784, CS8785: it failed or threw).
        findings.Require(!driverDiagnostics.Any(d => d.Id.StartsWith("CS", System.StringComparison.Ordinal)), "source generator: the compiler reports no failure of the generator: " + string.Join("; ", driverDiagnostics.Where(d => d.Id.StartsWith("CS", System.StringComparison.Ordinal))));
        findings.Require(result.Diagnostics.All(d => d.Id != "IF0601"), "source generator: no step failed (IF0601): " + string.Join("; ", result.Diagnostics.Where(d => d.Id == "IF0601").Select(d => d.GetMessage(CultureInfo.InvariantCulture))));

        var reported = result.Diagnostics.Select(Show).ToImmutableArray();
        var compiled = expected.Diagnostics.Select(d => Show(d.Code, d.IsError, d.Location.LineSpan.Start.Line, d.Location.LineSpan.Start.Character, d.Message)).ToImmutableArray();
        findings.Require(reported.SequenceEqual(compiled), $"source generator: the compiler's diagnostics at the same places ({reported.Length} reported, {compiled.Length} by the compiler; first difference: {reported.Except(compiled).Concat(compiled.Except(reported)).FirstOrDefault()})");

        if (expected.Model is { } model)
        {
            var files = CSharpEmitter.Emit(model).Files;
            findings.Require(
                result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).SequenceEqual(files.Select(f => (f.Name, f.Text))),
                "source generator: the same code as inspect generate");
        }
        else
        {
            findings.Require(result.GeneratedSources.IsEmpty, "source generator: no code from a framework with errors");
        }
    }

    private static string Show(Diagnostic d)
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        return Show(d.Id, d.Severity == DiagnosticSeverity.Error, start.Line, start.Character, d.GetMessage(CultureInfo.InvariantCulture));
    }

    private static string Show(string code, bool error, int line, int character, string message) =>
        string.Format(CultureInfo.InvariantCulture, "({0},{1}) {2} {3}: {4}", line + 1, character + 1, error ? "error" : "warning", code, message);

    private sealed class FrameworkFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text, Encoding.UTF8);
    }
}
