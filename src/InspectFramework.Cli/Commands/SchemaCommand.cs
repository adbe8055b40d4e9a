using System.CommandLine;
using System.IO;
using InspectFramework.Inspections.CaseData;

namespace InspectFramework.Cli.Commands;

/// <summary><c>inspect schema &lt;framework&gt;</c>: the JSON Schema of the framework's inspection data files.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var framework = new Argument<string>("framework") { Description = "The framework file (.inspect)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the schema to this file instead of standard output." };
        var command = new Command("schema", "Write the JSON Schema (draft 2020-12) of inspection data files for a framework.");
        command.Arguments.Add(framework);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var plan = FrameworkInput.Load(result.GetValue(framework)!, stdout);
            if (plan is null)
            {
                return InspectApp.InputErrors;
            }

            try
            {
                FrameworkInput.WriteOutput(result.GetValue(output), stdout, CaseDataSchema.Generate(plan));
            }
            catch (IOException e)
            {
                stderr.WriteLine($"inspect: cannot write {result.GetValue(output)}: {e.Message}");
                return InspectApp.InputErrors;
            }

            return InspectApp.Success;
        });
        return command;
    }
}
