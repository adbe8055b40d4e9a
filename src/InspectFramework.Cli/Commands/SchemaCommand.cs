using System.CommandLine;
using System.IO;
using InspectFramework.Tooling.CaseData;

namespace InspectFramework.Cli.Commands;

/// <summary><c>inspect schema &lt;framework&gt; [--out file]</c>: the JSON Schema of the framework's inspection data files.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var framework = new Argument<string>("framework") { Description = "The framework file (.inspect)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the schema to this file instead of standard output." };
        var command = new Command("schema", "Write the JSON Schema (draft 2020-12) of inspection data files for a framework.");
        command.Arguments.Add(framework);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var path = result.GetValue(framework)!;
            var target = result.GetValue(output);
            if (!FrameworkInput.Exists(path, workingDirectory, stderr) || !FrameworkInput.OutputIsNotAnInput(target, new[] { path }, workingDirectory, stderr))
            {
                return InspectApp.BadUsage;
            }

            var plan = FrameworkInput.Load(path, workingDirectory, stdout);
            if (plan is null)
            {
                return InspectApp.InputErrors;
            }

            FrameworkInput.WriteOutput(target, workingDirectory, stdout, CaseDataSchema.Generate(plan));

            if (target is not null)
            {
                stdout.WriteLine($"{target}: written");
            }

            return InspectApp.Success;
        });
        return command;
    }
}
