using System;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Cli.Input;
using InspectFramework.Cli.Output;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Files;

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
        var force = new Option<bool>("--force") { Description = "With --export-templates: replace templates already in the folder." };
        var command = new Command("generate", "Generate C# (case forms, validator, scorer) from a framework.");
        command.Arguments.Add(framework);
        command.Options.Add(output);
        command.Options.Add(ns);
        command.Options.Add(templates);
        command.Options.Add(export);
        command.Options.Add(force);
        command.SetAction(result =>
        {
            var exportTo = result.GetValue(export);
            var path = result.GetValue(framework);
            if (exportTo is not null)
            {
                return path is null ? Export(exportTo, result.GetValue(force), workingDirectory, stdout, stderr) : Usage(stderr, "--export-templates writes the templates only: give no framework file with it.");
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

        var compilation = FrameworkSource.CompileConfigured(Path.Combine(workingDirectory, path), path, workingDirectory);
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

        var target = Path.Combine(workingDirectory, outputDirectory);
        var files = emitted.Files.Select(f => (Path.Combine(target, f.Name), Path.Combine(outputDirectory, f.Name), Utf8.GetBytes(f.Text))).ToList();
        if (files.FirstOrDefault(f => RealPath.IsOneOf(f.Item1, new[] { path }, workingDirectory)) is { Item2: { } clash })
        {
            return Usage(stderr, $"{DisplayText.OneLine(clash)} is the framework file; generate into another folder.");
        }

        try
        {
            Directory.CreateDirectory(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new OutputWriteException(outputDirectory, e);
        }

        // Every file or none: a failure leaves the earlier generation whole.
        AtomicFile.WriteAll(files);
        stdout.WriteLine($"{emitted.Files.Length} file(s) generated in {outputDirectory}: {string.Join(", ", emitted.Files.Select(f => f.Name))}.");
        var stale = Directory.EnumerateFiles(target, "*.g.cs").Select(Path.GetFileName).Where(name => !emitted.Files.Any(f => f.Name == name)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (stale.Count > 0)
        {
            // Not removed: a .g.cs file there may be someone else's. Named, so a stale one is not compiled unnoticed.
            stderr.WriteLine($"inspect: {outputDirectory} also holds {string.Join(", ", stale.Select(n => DisplayText.OneLine(n!)))}, not written by this generation; remove any an earlier generation left.");
        }

        return InspectApp.Success;
    }

    private static int Export(string directory, bool force, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        var folder = Path.Combine(workingDirectory, directory);
        var names = CSharpTemplates.All.Select(name => name + CSharpTemplates.Extension).ToList();
        var existing = names.Where(name => File.Exists(Path.Combine(folder, name))).ToList();
        if (existing.Count > 0 && !force)
        {
            // They are likely someone's edited templates.
            return Usage(stderr, $"{DisplayText.OneLine(directory)} already holds {string.Join(", ", existing)}; pass --force to replace them, or export to another folder.");
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new OutputWriteException(directory, e);
        }

        AtomicFile.WriteAll(CSharpTemplates.All.Select(name => (Path.Combine(folder, name + CSharpTemplates.Extension), Path.Combine(directory, name + CSharpTemplates.Extension), Utf8.GetBytes(CSharpTemplates.ReadDefault(name)))).ToList());
        stdout.WriteLine($"{names.Count} template(s) written to {directory}: {string.Join(", ", names)}. Edit them and pass --templates {directory}.");
        return InspectApp.Success;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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
                templates.Add(new TemplateFile(file, ReadTemplate(file)));
            }

            return (templates.MoveToImmutable(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (ImmutableArray<TemplateFile>.Empty, DiagnosticBag.AboutFile(path, report => report.TemplateUnreadable(e.Message.TrimEnd('.')))[0]);
        }
    }

    // Read like every other input, by BoundedInput within the framework size limit, so that a .hbs
    // that is a device or a growing file cannot make generate read without end; decoded as
    // File.ReadAllText would, a byte order mark dropped.
    private static string ReadTemplate(string file)
    {
        using var stream = BoundedInput.Open(file);
        var bytes = BoundedInput.Read(stream, FrameworkCompilation.MaxFileBytes);
        if (bytes.LongLength > FrameworkCompilation.MaxFileBytes)
        {
            throw new IOException($"it is larger than {FrameworkCompilation.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes");
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Utf8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"inspect generate: {message}");
        stderr.WriteLine("Run 'inspect generate --help' for usage.");
        return InspectApp.BadUsage;
    }
}
