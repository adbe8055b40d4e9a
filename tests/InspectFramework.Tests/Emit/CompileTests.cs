using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Emit;

/// <summary>The generated code of every bundled framework and clean baseline sample compiles with zero diagnostics.</summary>
public sealed class CompileTests
{
    public static IEnumerable<object[]> BundledFrameworks() =>
        Directory.EnumerateFiles(RepositoryPaths.Frameworks, "*" + FrameworkCompilation.FileExtension)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> CleanBaselines() =>
        BaselineSample.All().Where(s => !BaselineSample.Get((string)s[0]).ExpectErrors);

    [Theory]
    [MemberData(nameof(BundledFrameworks))]
    public void Bundled_framework_compiles_without_diagnostics(string file)
    {
        var compilation = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, file));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var result = CSharpEmitter.Emit(compilation.Model!);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var diagnostics = GeneratedAssembly.Diagnose(result.Files);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Take(50)));
    }
}

/// <summary>The C# example in docs/generate.md compiles against the code generated for hmip-youth-2019 and runs as it says.</summary>
public sealed class DocumentationExampleTests
{
    [Fact]
    public void The_generate_documentation_example_compiles_and_runs()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "generate.md"));
        var start = markdown.IndexOf("```csharp\n", System.StringComparison.Ordinal) + "```csharp\n".Length;
        var example = markdown.Substring(start, markdown.IndexOf("```", start, System.StringComparison.Ordinal) - start);
        var model = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect")).Model!;
        var files = CSharpEmitter.Emit(model).Files.Add(new GeneratedFile("Example.cs", example));
        using var generated = GeneratedAssembly.Load(files, "HmipYouth2019");
        var output = new StringWriter();
        var previous = System.Console.Out;
        System.Console.SetOut(output);
        Runtime.ScoringResult result;
        try
        {
            result = (Runtime.ScoringResult)generated.Assembly.GetType("Example")!.GetMethod("ScoreOneCase")!.Invoke(null, null)!;
        }
        finally
        {
            System.Console.SetOut(previous);
        }

        Assert.StartsWith("True\ncase case-001: 2.1.1 / prompt: offending_behaviour: IV0001: This item applies to the case but has no answer.", output.ToString().Replace("\r\n", "\n"), System.StringComparison.Ordinal);
        Assert.False(result.IsScored); // the form is incomplete
        Assert.NotEmpty(result.Findings);
    }
}
