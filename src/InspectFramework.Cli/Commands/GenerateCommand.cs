using System;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Text;

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

            return Generate(path, outputDirectory, workingDirectory, result.GetValue(ns), result.GetValue(templates), stdout, stderr);
        });
        return command;
    }

    private static int Generate(string path, string outputDirectory, string workingDirectory, string? ns, string? templateDirectory, TextWriter stdout, TextWriter stderr)
    {
        var customTemplates = ImmutableArray<TemplateFile>.Empty;
        if (templateDirectory is not null)
        {
            var read = ReadTemplates(Path.Combine(workingDirectory, templateDirectory));
            if (read.Unreadable is { } unreadable)
            {
                stdout.WriteLine(unreadable.ToCanonicalString());
                stderr.WriteLine("inspect: no code generated: fix the errors above.");
                return InspectApp.InputErrors;
            }

            customTemplates = read.Templates;
        }

        var compilation = FrameworkCompilation.FromFile(Path.Combine(workingDirectory, path), path);
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

        var emitted = CSharpEmitter.Emit(model, new EmitOptions { Namespace = ns, Templates = customTemplates });
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
            var target = Path.Combine(workingDirectory, directory);
            Directory.CreateDirectory(target);
            foreach (var name in CSharpTemplates.All)
            {
                File.WriteAllText(Path.Combine(target, name + CSharpTemplates.Extension), CSharpTemplates.ReadDefault(name), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            stdout.WriteLine($"{CSharpTemplates.All.Length} template(s) written to {directory}: {string.Join(", ", CSharpTemplates.All.Select(n => n + CSharpTemplates.Extension))}. Edit them and pass --templates {directory}.");
            return InspectApp.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine($"inspect: could not write to {directory}: {e.Message}");
            return InspectApp.InputErrors;
        }
    }

    // Every template file (*.hbs) of the folder, for the emitter to check and use; the first that
    // cannot be read (or the folder itself) as an IF0502 diagnostic instead.
    private static (ImmutableArray<TemplateFile> Templates, Diagnostic? Unreadable) ReadTemplates(string directory)
    {
        var path = directory;
        try
        {
            var files = Directory.GetFiles(directory, "*" + CSharpTemplates.Extension);
            Array.Sort(files, StringComparer.Ordinal);
            var templates = ImmutableArray.CreateBuilder<TemplateFile>(files.Length);
            foreach (var file in files)
            {
                path = file;
                templates.Add(new TemplateFile(file, File.ReadAllText(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false))));
            }

            return (templates.MoveToImmutable(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var bag = new DiagnosticBag(new SourceText(path, string.Empty));
            bag.Report.TemplateUnreadable(default, e.Message.TrimEnd('.'));
            return (ImmutableArray<TemplateFile>.Empty, bag.ToSortedArray()[0]);
        }
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"inspect generate: {message}");
        stderr.WriteLine("Run 'inspect generate --help' for usage.");
        return InspectApp.BadUsage;
    }
}
