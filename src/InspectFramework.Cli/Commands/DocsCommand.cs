using System.CommandLine;
using System.IO;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.Cli.Commands;

/// <summary><c>inspect docs &lt;framework&gt; [--format html|markdown] [--audience internal|public] [--branding file] [--out file]</c>:
/// the framework as a standards document, for staff or (HTML) for publication.</summary>
internal static class DocsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var path = new Argument<string>("framework") { Description = "The framework file (.inspect) to render." };
        var format = new Option<string>("--format") { Description = "html (a standalone page) or markdown.", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "markdown");
        var output = new Option<string?>("--out") { Description = "Write the document to this file instead of standard output." };
        var audience = new Option<string>("--audience") { Description = "internal (names and content hash, for staff) or public (HTML for publication: a cover, no internal names, provenance as notes).", DefaultValueFactory = _ => "internal" };
        audience.AcceptOnlyFromAmong("internal", "public");
        var branding = new Option<string?>("--branding") { Description = "A JSON file with the organisation's name, logo (PNG or JPEG) and accent colour for the public HTML document." };
        var command = new Command("docs", "Render a framework as a readable standards document (HTML or Markdown).");
        command.Arguments.Add(path);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(audience);
        command.Options.Add(branding);
        command.SetAction(result =>
        {
            var file = result.GetValue(path)!;
            var markdown = result.GetValue(format) == "markdown";
            var forPublic = result.GetValue(audience) == "public";
            if (markdown && (forPublic || result.GetValue(branding) is not null))
            {
                stderr.WriteLine("inspect: --audience public and --branding make the HTML document; leave out --format markdown.");
                return InspectApp.BadUsage;
            }

            if (result.GetValue(branding) is not null && !forPublic)
            {
                stderr.WriteLine("inspect: --branding is for the public document; add --audience public.");
                return InspectApp.BadUsage;
            }

            var inputs = result.GetValue(branding) is { } brandingPath ? new[] { file, brandingPath } : new[] { file };
            if (!FrameworkInput.OutputIsNotAnInput(result.GetValue(output), inputs, workingDirectory, stderr))
            {
                return InspectApp.BadUsage;
            }

            Branding? brand = null;
            if (result.GetValue(branding) is { } brandingFile)
            {
                brand = BrandingFile.Load(Path.Combine(workingDirectory, brandingFile), brandingFile, out var problems);
                if (brand is null)
                {
                    foreach (var problem in problems)
                    {
                        stderr.WriteLine(problem.ToCanonicalString());
                    }

                    stderr.WriteLine($"inspect: {brandingFile} has errors; nothing was written.");
                    return InspectApp.InputErrors;
                }
            }

            var compilation = FrameworkSource.CompileConfigured(Path.Combine(workingDirectory, file), file, workingDirectory);
            if (compilation.Model is not { } model)
            {
                foreach (var diagnostic in compilation.Diagnostics)
                {
                    if (diagnostic.IsError)
                    {
                        stderr.WriteLine(diagnostic.ToCanonicalString());
                    }
                }

                stderr.WriteLine($"inspect: {file} has errors; fix them before rendering it.");
                return InspectApp.InputErrors;
            }

            var options = new DocumentOptions(forPublic ? DocumentAudience.Public : DocumentAudience.Internal, brand);
            var document = StandardsDocument.Render(model, markdown ? DocumentFormat.Markdown : DocumentFormat.Html, options);
            if (result.GetValue(output) is not { } target)
            {
                stdout.Write(document);
                return InspectApp.Success;
            }

            FrameworkInput.WriteOutput(target, workingDirectory, stdout, document);
            stdout.WriteLine($"{target}: written");
            return InspectApp.Success;
        });
        return command;
    }
}
