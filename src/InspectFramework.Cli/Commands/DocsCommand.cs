using System.CommandLine;
using System.IO;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.Cli.Commands;

/// <summary><c>inspect docs &lt;framework&gt; [--format html|markdown] [--out file]</c>: the framework as a standards document.</summary>
internal static class DocsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var path = new Argument<string>("framework") { Description = "The framework file (.inspect) to render." };
        var format = new Option<string>("--format") { Description = "html (a standalone page) or markdown.", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "markdown");
        var output = new Option<string?>("--out") { Description = "Write the document to this file instead of standard output." };
        var command = new Command("docs", "Render a framework as a readable standards document (HTML or Markdown).");
        command.Arguments.Add(path);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var file = result.GetValue(path)!;
            if (!FrameworkInput.OutputIsNotAnInput(result.GetValue(output), new[] { file }, workingDirectory, stderr))
            {
                return InspectApp.BadUsage;
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

            var document = StandardsDocument.Render(model, result.GetValue(format) == "markdown" ? DocumentFormat.Markdown : DocumentFormat.Html);
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
