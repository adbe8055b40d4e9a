using System;
using System.IO;
using System.Linq;
using InspectFramework.Cli;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;

namespace InspectFramework.Tests.Emit;

/// <summary><c>inspect generate</c>, run in-process.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "inspect-generate-" + Guid.NewGuid().ToString("N"));

    private static string Framework2019 => Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = InspectApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Temp(string name) => Path.Combine(_temp, name);

    [Fact]
    public void Writes_one_file_per_concern()
    {
        var (exit, output, error) = Run("generate", Framework2019, "--out", Temp("out"));
        Assert.Equal((InspectApp.Success, string.Empty), (exit, error));
        var expected = CSharpEmitter.Emit(FrameworkSource.Compile(Framework2019).Model!).Files;
        Assert.Equal(
            new[] { "HmipYouth2019.Cases.g.cs", "HmipYouth2019.Enums.g.cs", "HmipYouth2019.Framework.g.cs", "HmipYouth2019.Scoring.g.cs", "HmipYouth2019.Validator.g.cs" },
            Directory.GetFiles(Temp("out")).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var file in expected)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Temp("out"), file.Name));
            Assert.NotEqual(0xEF, bytes[0]); // no byte-order mark
            Assert.Equal(file.Text, File.ReadAllText(Path.Combine(Temp("out"), file.Name)));
        }

        Assert.Contains("5 file(s) generated in", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_the_namespace_given()
    {
        Assert.Equal(InspectApp.Success, Run("generate", Framework2019, "--out", Temp("ns"), "--namespace", "Probation.Youth").Exit);
        Assert.Contains("\nnamespace Probation.Youth\n", File.ReadAllText(Temp("ns/HmipYouth2019.Cases.g.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_framework_with_errors_prints_its_diagnostics_and_generates_nothing()
    {
        Directory.CreateDirectory(_temp);
        File.WriteAllText(Temp("broken.inspect"), "framework broken {\n  title \"Broken\"\n}\nfact x \"X\" = missing\n");
        var (exit, output, error) = Run("generate", Temp("broken.inspect"), "--out", Temp("out"));
        Assert.Equal(InspectApp.InputErrors, exit);
        Assert.Contains("broken.inspect(", output, StringComparison.Ordinal);
        Assert.Contains(": error IF", output, StringComparison.Ordinal);
        Assert.Contains("no code generated", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Temp("out")));
    }

    [Fact]
    public void An_invalid_namespace_is_reported()
    {
        var (exit, output, _) = Run("generate", Framework2019, "--out", Temp("out"), "--namespace", "Not-Valid");
        Assert.Equal(InspectApp.InputErrors, exit);
        Assert.Contains("error IF0501: 'Not-Valid' is not a valid C# namespace", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Temp("out")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("frameworks/x.inspect")]
    [InlineData("--out x")]
    [InlineData("frameworks/x.inspect --export-templates x")]
    public void Missing_or_conflicting_arguments_are_bad_usage(string args)
    {
        var (exit, _, error) = Run(new[] { "generate" }.Concat(args.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        Assert.Equal(InspectApp.BadUsage, exit);
        Assert.Contains("inspect generate:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exported_templates_are_the_built_in_ones_and_can_be_customised()
    {
        var (exit, output, _) = Run("generate", "--export-templates", Temp("templates"));
        Assert.Equal(InspectApp.Success, exit);
        Assert.Contains("6 template(s) written", output, StringComparison.Ordinal);
        foreach (var name in CSharpTemplates.All)
        {
            Assert.Equal(CSharpTemplates.ReadDefault(name), File.ReadAllText(Temp($"templates/{name}.hbs")));
        }

        // Unchanged templates give the built-in output.
        Assert.Equal(InspectApp.Success, Run("generate", Framework2019, "--out", Temp("same"), "--templates", Temp("templates")).Exit);
        Assert.Equal(File.ReadAllText(Temp("same/HmipYouth2019.Scoring.g.cs")), CSharpEmitter.Emit(FrameworkSource.Compile(Framework2019).Model!).Files.Single(f => f.Name.EndsWith("Scoring.g.cs", StringComparison.Ordinal)).Text);

        // A changed header (with Windows line endings) shows in every file; the rest stays built in.
        File.WriteAllText(Temp("templates/Header.hbs"), "// Company header for {{Namespace}}\r\n" + CSharpTemplates.ReadDefault("Header").Replace("\n", "\r\n"));
        File.Delete(Temp("templates/Cases.hbs"));
        Assert.Equal(InspectApp.Success, Run("generate", Framework2019, "--out", Temp("custom"), "--templates", Temp("templates")).Exit);
        foreach (var file in Directory.GetFiles(Temp("custom")))
        {
            var text = File.ReadAllText(file);
            Assert.StartsWith("// Company header for HmipYouth2019\n// <auto-generated/>\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', text);
        }
    }

    [Fact]
    public void Template_errors_are_diagnostics_with_the_template_path()
    {
        Run("generate", "--export-templates", Temp("templates"));
        File.WriteAllText(Temp("templates/Enums.hbs"), "{{#each Levels}} never closed");
        var (exit, output, _) = Run("generate", Framework2019, "--out", Temp("out"), "--templates", Temp("templates"));
        Assert.Equal(InspectApp.InputErrors, exit);
        Assert.Contains($"{Temp("templates/Enums.hbs")}: error IF0503: Template 'Enums.hbs' failed:", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Temp("out")));

        File.WriteAllText(Temp("templates/Enums.hbs"), "{{unknownHelper Namespace}}");
        (exit, output, _) = Run("generate", Framework2019, "--out", Temp("out"), "--templates", Temp("templates"));
        Assert.Equal(InspectApp.InputErrors, exit);
        Assert.Contains("error IF0503: Template 'Enums.hbs' failed:", output, StringComparison.Ordinal);
    }

    // Every template, the Header partial included (it runs inside the built-in file templates), both
    // when it does not compile and when it fails while rendering.
    [Theory]
    [InlineData("Header", "{{#each HeaderComment}} never closed")]
    [InlineData("Header", "{{unknownHelper Namespace}}")]
    [InlineData("Framework", "{{#if}}{{/if}}")]
    [InlineData("Framework", "{{unknownHelper Namespace}}")]
    [InlineData("Enums", "{{#each Levels}} never closed")]
    [InlineData("Enums", "{{unknownHelper Namespace}}")]
    [InlineData("Cases", "{{/each}}")]
    [InlineData("Cases", "{{> Missing}}")]
    [InlineData("Validator", "{{#each Domains}}{{/with}}")]
    [InlineData("Validator", "{{unknownHelper Namespace}}")]
    [InlineData("Scoring", "{{#each Standards}} never closed")]
    [InlineData("Scoring", "{{unknownHelper Namespace}}")]
    public void An_error_in_any_template_is_a_diagnostic_naming_it(string template, string text)
    {
        Directory.CreateDirectory(Temp("templates"));
        File.WriteAllText(Temp($"templates/{template}.hbs"), text);
        var (exit, output, error) = Run("generate", Framework2019, "--out", Temp("out"), "--templates", Temp("templates"));
        Assert.Equal(InspectApp.InputErrors, exit);
        Assert.Contains($"{Temp($"templates/{template}.hbs")}: error IF0503: Template '{template}.hbs' failed:", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("inspect: no code generated: fix the errors above.\n", error.Replace("\r\n", "\n"));
        Assert.False(Directory.Exists(Temp("out")));
    }

    [Fact]
    public void Unknown_template_files_are_warned_about_and_missing_folders_reported()
    {
        Directory.CreateDirectory(Temp("templates"));
        File.WriteAllText(Temp("templates/Enum.hbs"), "typo");
        var (exit, output, _) = Run("generate", Framework2019, "--out", Temp("out"), "--templates", Temp("templates"));
        Assert.Equal(InspectApp.Success, exit);
        Assert.Contains("warning IF0504: 'Enum.hbs' is not one of the templates", output, StringComparison.Ordinal);

        (exit, output, _) = Run("generate", Framework2019, "--out", Temp("out2"), "--templates", Temp("missing"));
        Assert.Equal(InspectApp.InputErrors, exit);
        Assert.Contains($"{Temp("missing")}: error IF0502: The template could not be read", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Temp("out2")));
    }
}
