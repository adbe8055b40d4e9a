using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using InspectFramework.Cli;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;
using InspectFramework.SourceGenerator;
using Microsoft.CodeAnalysis;

namespace InspectFramework.Tests.SourceGenerator;

/// <summary>The Roslyn source generator: same output and diagnostics as the CLI, incremental, never throwing.</summary>
public sealed class SourceGeneratorTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "inspect-srcgen-" + Guid.NewGuid().ToString("N"));

    public SourceGeneratorTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Bundled(string name) => Path.Combine(RepositoryPaths.Frameworks, name + ".inspect");

    /// <summary>The 2019 framework with one misspelt fact name on line 318.</summary>
    private static string Broken2019
    {
        get
        {
            var text = File.ReadAllText(Bundled("hmip-youth-2019"));
            var at = text.IndexOf("when identifiable_victim {", StringComparison.Ordinal);
            return text.Substring(0, at) + "when identifiable_victims {" + text.Substring(at + "when identifiable_victim {".Length);
        }
    }

    [Theory]
    [InlineData("hmip-youth-2018")]
    [InlineData("hmip-youth-2019")]
    public void Output_is_byte_identical_to_inspect_generate(string framework)
    {
        var path = Bundled(framework);
        var output = Path.Combine(_temp, "out");
        Assert.Equal(InspectApp.Success, InspectApp.Run(new[] { "generate", path, "--out", output }, new StringWriter(), new StringWriter()));

        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText(path, File.ReadAllText(path)) });
        var result = GeneratorHarness.Run(ref driver, GeneratorHarness.Compilation());

        Assert.Empty(result.Diagnostics);
        var written = Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(written, result.GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(5, written.Length);
        foreach (var source in result.GeneratedSources)
        {
            var expected = File.ReadAllBytes(Path.Combine(output, source.HintName));
            Assert.Equal(expected, new UTF8Encoding(false).GetBytes(source.SourceText.ToString()));
        }
    }

    [Fact]
    public void Root_namespace_puts_each_framework_in_its_own_namespace_like_generate_with_namespace()
    {
        var path = Bundled("hmip-youth-2019");
        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText(path, File.ReadAllText(path)) }, rootNamespace: "Acme.Inspections");
        var result = GeneratorHarness.Run(ref driver, GeneratorHarness.Compilation());

        var expected = CSharpEmitter.Emit(FrameworkSource.Compile(path).Model!, new EmitOptions { Namespace = "Acme.Inspections.HmipYouth2019" }).Files;
        Assert.Equal(expected.Select(f => (f.Name, f.Text)), result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Diagnostics_are_those_of_inspect_check_at_the_framework_file_line_and_column_and_no_code_is_generated()
    {
        var path = Path.Combine(_temp, "broken.inspect");
        File.WriteAllText(path, Broken2019);
        var stdout = new StringWriter();
        InspectApp.Run(new[] { "check", path }, stdout, new StringWriter());
        var check = stdout.ToString().Split('\n').Where(l => l.Contains(": error IF", StringComparison.Ordinal) || l.Contains(": warning IF", StringComparison.Ordinal)).ToArray();

        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText(path, Broken2019) });
        var result = GeneratorHarness.Run(ref driver, GeneratorHarness.Compilation());

        Assert.NotEmpty(check);
        Assert.Equal(check, result.Diagnostics.Select(GeneratorHarness.Canonical));
        var error = Assert.Single(result.Diagnostics, d => d.Id == "IF0109");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(path, error.Location.GetLineSpan().Path);
        Assert.Equal(306, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("identifiable_victims", Broken2019.Substring(error.Location.SourceSpan.Start, error.Location.SourceSpan.Length));
        // An IDE opens the help link as it is and shows the description from docs/diagnostics.md.
        Assert.Equal("https://github.com/inspectframework/inspectframework/blob/main/docs/diagnostics.md#if0109", error.Descriptor.HelpLinkUri);
        Assert.StartsWith("A name is used that is not declared", error.Descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(result.GeneratedSources);
        Assert.Null(result.Exception);
    }

    [Fact]
    public void Editing_an_unrelated_csharp_file_leaves_the_framework_steps_cached()
    {
        var path = Bundled("hmip-youth-2019");
        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText(path, File.ReadAllText(path)) });
        var compilation = GeneratorHarness.Compilation();
        GeneratorHarness.Run(ref driver, compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace App { internal static class Unrelated { public static int X; } }", path: "Unrelated.cs"));
        var result = GeneratorHarness.Run(ref driver, edited);

        foreach (var step in new[] { TrackingNames.Text, TrackingNames.Compile, TrackingNames.EmitInput, TrackingNames.Emit, TrackingNames.Generated, TrackingNames.Diagnostics })
        {
            Assert.All(GeneratorHarness.Reasons(result, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        Assert.Equal(5, result.GeneratedSources.Length);
    }

    [Fact]
    public void Editing_only_layout_or_comments_leaves_the_code_unchanged_and_moves_the_diagnostics()
    {
        // An unused fact gives a warning (IF0403) and keeps the framework valid, so there is code and a diagnostic.
        var path = Bundled("hmip-youth-2019");
        var original = File.ReadAllText(path) + "\nfact spare \"Spare\" boolean\n";
        var before = new InMemoryAdditionalText(path, original);
        var driver = GeneratorHarness.Driver(new[] { before });
        var compilation = GeneratorHarness.Compilation();
        var first = GeneratorHarness.Run(ref driver, compilation);
        var warning = Assert.Single(first.Diagnostics);
        Assert.Equal("IF0403", warning.Id);

        var relaidOut = "// A comment added at the top.\n/* and a block\n   comment */\n" + original.Replace("\n  title \"", "\n\n      title   \"");
        driver = driver.ReplaceAdditionalText(before, new InMemoryAdditionalText(path, relaidOut));
        var second = GeneratorHarness.Run(ref driver, compilation);

        Assert.All(GeneratorHarness.Reasons(second, TrackingNames.Text), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(GeneratorHarness.Reasons(second, TrackingNames.EmitInput), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(GeneratorHarness.Reasons(second, TrackingNames.Emit), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(GeneratorHarness.Reasons(second, TrackingNames.Generated), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var sourceOutputs = GeneratorHarness.OutputReasons(second, TrackingNames.Generated);
        Assert.NotEmpty(sourceOutputs);
        Assert.All(sourceOutputs, r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.Equal(first.GeneratedSources.Select(s => s.SourceText.ToString()), second.GeneratedSources.Select(s => s.SourceText.ToString()));

        // The diagnostics output ran again, and the warning moved down with the four added lines.
        Assert.All(GeneratorHarness.OutputReasons(second, TrackingNames.Diagnostics), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        var moved = Assert.Single(second.Diagnostics);
        Assert.Equal(warning.Location.GetLineSpan().StartLinePosition.Line + 4, moved.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_wording_edit_regenerates_the_code()
    {
        var path = Bundled("hmip-youth-2019");
        var original = File.ReadAllText(path);
        var before = new InMemoryAdditionalText(path, original);
        var driver = GeneratorHarness.Driver(new[] { before });
        var compilation = GeneratorHarness.Compilation();
        GeneratorHarness.Run(ref driver, compilation);

        var reworded = original.Replace("title \"Inspection of youth offending services (revised wording)\"", "title \"Inspection of youth justice services\"");
        Assert.NotEqual(original, reworded);
        driver = driver.ReplaceAdditionalText(before, new InMemoryAdditionalText(path, reworded));
        var result = GeneratorHarness.Run(ref driver, compilation);

        Assert.All(GeneratorHarness.Reasons(result, TrackingNames.EmitInput), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(GeneratorHarness.Reasons(result, TrackingNames.Emit), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(GeneratorHarness.OutputReasons(result, TrackingNames.Generated), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("Inspection of youth justice services", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exception_inside_becomes_a_diagnostic_on_the_framework_file()
    {
        var path = Bundled("hmip-youth-2019");
        var failing = new InspectFrameworkGenerator(_ => throw new InvalidOperationException("injected failure"));
        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText(path, File.ReadAllText(path)) }, generator: failing);
        var result = GeneratorHarness.Run(ref driver, GeneratorHarness.Compilation());

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("IF0601", DiagnosticSeverity.Error, path), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path));
        Assert.Contains("InvalidOperationException: injected failure", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_frameworks_of_the_same_name_give_IF0602_instead_of_an_exception()
    {
        var text = File.ReadAllText(Bundled("hmip-youth-2019"));
        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText("/p/a.inspect", text), new InMemoryAdditionalText("/p/b.inspect", text) });
        var result = GeneratorHarness.Run(ref driver, GeneratorHarness.Compilation());

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("IF0602", "/p/b.inspect"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.Equal(5, result.GeneratedSources.Length);
    }

    [Fact]
    public void Pipeline_models_hold_no_symbol_syntax_compilation_location_or_antlr_type()
    {
        var roots = typeof(InspectFrameworkGenerator).Assembly.GetTypes()
            .Where(t => t.Namespace == "InspectFramework.SourceGenerator" && t.GetMethod("<Clone>$") is not null)
            .ToArray();
        Assert.Contains(roots, t => t.Name == "CompiledFramework");
        Assert.Contains(roots, t => t.Name == "EmittedFramework");

        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Location), typeof(SyntaxTree) };
        var seen = new HashSet<Type>();
        var problems = new List<string>();
        var pending = new Stack<(Type Type, string Path)>(roots.Select(t => (t, t.Name)));
        while (pending.Count > 0)
        {
            var (type, path) = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            if (forbidden.Any(f => f.IsAssignableFrom(type)) || (type.Namespace ?? string.Empty).StartsWith("Antlr4", StringComparison.Ordinal) || type == typeof(object))
            {
                problems.Add($"{path}: {type.FullName}");
                continue;
            }

            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
            {
                continue;
            }

            if (type.Namespace is { } ns && (ns.StartsWith("InspectFramework", StringComparison.Ordinal) || ns == "System.Collections.Immutable") && !type.IsGenericType)
            {
                // A model type must compare by value, or Roslyn's cache never hits.
                if (!typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
                {
                    problems.Add($"{path}: {type.FullName} is not IEquatable");
                }
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
            {
                pending.Push((argument, path + "<" + argument.Name + ">"));
            }

            if (type.IsGenericType && type.Namespace == "System.Collections.Immutable")
            {
                continue;
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                var fieldType = Nullable.GetUnderlyingType(field.FieldType) ?? field.FieldType;
                pending.Push((fieldType.IsArray ? fieldType.GetElementType()! : fieldType, path + "." + field.Name));
            }
        }

        Assert.Contains(typeof(InspectFramework.Compiler.Model.FrameworkModel), seen);
        Assert.Contains(typeof(InspectFramework.Compiler.Model.PromptModel), seen);
        Assert.Empty(problems);
    }
}
