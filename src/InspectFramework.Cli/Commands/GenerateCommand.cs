using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// <c>inspect generate &lt;framework&gt; --out &lt;dir&gt; [--namespace N] [--templates D]</c>: C# for a framework,
/// one file per concern; <c>inspect generate --export-templates &lt;dir&gt;</c>: the built-in templates, to
/// start custom ones from. A framework with errors gets its diagnostics printed and no code.
/// </summary>
internal static class GenerateCommand
{
    /// <param name="workingDirectory">The folder relative paths are read from and written to; messages show them as typed.</param>
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var framework = new Argument<string?>("framework") { Description = "The framework file (.inspect).", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out") { HelpName = "folder", Description = "The folder to write the generated C# files to (created if missing)." };
        var ns = new Option<string?>("--namespace") { HelpName = "namespace", Description = "The namespace of the generated code (default: the framework's name in PascalCase)." };
        var templates = new Option<string?>("--templates") { HelpName = "folder", Description = "A folder of Handlebars templates replacing the built-in ones of the same name (see docs/generate.md)." };
        var export = new Option<string?>("--export-templates") { HelpName = "folder", Description = "Write the built-in templates to this folder and exit." };
        var command = new Command("generate", "Generate C# (case forms, validator, scorer) from a framework.");
        command.Arguments.Add(framework);
        command.Options.Add(output);
        command.Options.Add(ns);
        command.Options.Add(templates);
        command.Options.Add(export);
        command.SetAction(result =>
        {
            var exportTo = result.GetValue(export);
            var path = result.GetValue(framework);
            if (exportTo is not null)
            {
                return path is null ? Export(exportTo, workingDirectory, stdout, stderr) : Usage(stderr, "--export-templates writes the templates only: give no framework file with it.");
            }

            var outputDirectory = result.GetValue(output);
            if (path is null || outputDirectory is null)
            {
                return Usage(stderr, "give a framework file and --out <folder>, for example: inspect generate frameworks/hmip-youth-2019.inspect --out Generated");
            }

            var templateDirectory = result.GetValue(templates) is { } folder ? Path.Combine(workingDirectory, folder) : null;
            return Generate(path, outputDirectory, workingDirectory, new EmitOptions { Namespace = result.GetValue(ns), TemplateDirectory = templateDirectory }, stdout, stderr);
        });
        return command;
    }

    private static int Generate(string path, string outputDirectory, string workingDirectory, EmitOptions options, TextWriter stdout, TextWriter stderr)
    {
        var compilation = FrameworkFile.Compile(Path.Combine(workingDirectory, path), path);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            stdout.WriteLine(diagnostic.ToCanonicalString());
        }

        var model = compilation.Model;
        if (model is null)
        {
            var errors = compilation.Diagnostics.Count(d => d.IsError);
            stderr.WriteLine($"inspect: no code generated: {path} has {errors} error(s).");
            return InspectApp.InputErrors;
        }

        var emitted = CSharpEmitter.Emit(model, options);
        foreach (var diagnostic in emitted.Diagnostics)
        {
            stdout.WriteLine(diagnostic.ToCanonicalString());
        }

        if (!emitted.Success)
        {
            stderr.WriteLine("inspect: no code generated: fix the errors above.");
            return InspectApp.InputErrors;
        }

        try
        {
            var target = Path.Combine(workingDirectory, outputDirectory);
            Directory.CreateDirectory(target);
            foreach (var file in emitted.Files)
            {
                File.WriteAllText(Path.Combine(target, file.Name), file.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine($"inspect: could not write to {outputDirectory}: {e.Message}");
            return InspectApp.InputErrors;
        }

        stdout.WriteLine($"{emitted.Files.Length} file(s) generated in {outputDirectory}: {string.Join(", ", emitted.Files.Select(f => f.Name))}.");
        return InspectApp.Success;
    }

    private static int Export(string directory, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var written = CSharpTemplates.WriteDefaults(Path.Combine(workingDirectory, directory));
            stdout.WriteLine($"{written.Length} template(s) written to {directory}: {string.Join(", ", written.Select(Path.GetFileName))}. Edit them and pass --templates {directory}.");
            return InspectApp.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine($"inspect: could not write to {directory}: {e.Message}");
            return InspectApp.InputErrors;
        }
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"inspect generate: {message}");
        stderr.WriteLine("Run 'inspect generate --help' for usage.");
        return InspectApp.BadUsage;
    }
}
