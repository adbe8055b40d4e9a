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

        // The example records disposal and the safety classification only. From the framework: harm_factors
        // (2.2.3, 2.3.3, 2.4.3) reads risk_of_serious_harm_inspector; 2.4.2 needs safety_circumstances_changed
        // and 2.4.3 harm_circumstances_changed; the victims prompts identifiable_victim, and so on.
        var lines = output.ToString().Replace("\r\n", "\n").Split('\n');
        Assert.Equal("True", lines[0]);
        Assert.Equal(
            new[]
            {
                "case case-001: fact risk_of_serious_harm_inspector: IV0108: Fact 'risk_of_serious_harm_inspector' is not recorded, but it decides whether key question 2.2.3, key question 2.3.3 and key question 2.4.3 apply to this case. Record it.",
                "case case-001: fact safety_circumstances_changed: IV0108: Fact 'safety_circumstances_changed' is not recorded, but it decides whether key question 2.4.2 applies to this case. Record it.",
                "case case-001: fact harm_circumstances_changed: IV0108: Fact 'harm_circumstances_changed' is not recorded, but it decides whether key question 2.4.3 applies to this case. Record it.",
                "case case-001: fact identifiable_victim: IV0108: Fact 'identifiable_victim' is not recorded, but it decides whether prompt 2.1.1(g) and prompt 2.2.1(g) apply to this case. Record it.",
                "case case-001: fact did_not_comply: IV0108: Fact 'did_not_comply' is not recorded, but it decides whether prompt 2.3.1(f) applies to this case. Record it.",
                "case case-001: fact mappa_eligible: IV0108: Fact 'mappa_eligible' is not recorded, but it decides whether prompt 2.1.3(d) applies to this case. Record it.",
            },
            lines.Skip(1).Take(6));
        Assert.StartsWith("case case-001: 2.1.1 / prompt: offending_behaviour: IV0001: This item applies to the case but has no answer.", lines[7], System.StringComparison.Ordinal);
        Assert.False(result.IsScored); // the form is incomplete
        Assert.NotEmpty(result.Findings);
    }
}
