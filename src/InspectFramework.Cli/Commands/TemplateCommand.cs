using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Files;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// <c>inspect template &lt;framework&gt; [--case-type T] --format csv|xlsx|json [-o FILE] [--force]</c>:
/// a blank case data file for the framework (<see cref="CaseTemplate"/>, docs/case-data.md). An
/// existing file is replaced only with <c>--force</c>; a workbook is written to a file only.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var framework = new Argument<string>("framework") { Description = "The framework file (.inspect)." };
        var caseType = new Option<string?>("--case-type") { HelpName = "type", Description = "Only the columns a case of this type can fill." };
        var format = new Option<string>("--format") { Description = "csv (cases), xlsx (cases, with drop-down lists) or json (an inspection file).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx", "json");
        var output = new Option<string?>("--out", "-o") { Description = "Write the template to this file instead of standard output (required for xlsx)." };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var command = new Command("template", "Write a blank case data file for a framework: every column, its published numbering and wording, and the framework stamp.");
        command.Arguments.Add(framework);
        command.Options.Add(caseType);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(result =>
        {
            var path = result.GetValue(framework)!;
            var target = result.GetValue(output);
            var kind = result.GetValue(format)!;
            if (!FrameworkInput.Exists(path, workingDirectory, stderr) || !FrameworkInput.OutputIsNotAnInput(target, new[] { path }, workingDirectory, stderr))
            {
                return InspectApp.BadUsage;
            }

            if (kind == "xlsx" && target is null)
            {
                stderr.WriteLine("inspect template: a workbook is written to a file: give one with -o, for example: -o cases.xlsx");
                return InspectApp.BadUsage;
            }

            if (target is not null && File.Exists(FrameworkInput.Resolve(target, workingDirectory)) && !result.GetValue(force))
            {
                stderr.WriteLine($"inspect template: {DisplayText.OneLine(target)} already exists; pass --force to replace it, or give another file.");
                return InspectApp.BadUsage;
            }

            var plan = FrameworkInput.Load(path, workingDirectory, stdout);
            if (plan is null)
            {
                return InspectApp.InputErrors;
            }

            var type = result.GetValue(caseType);
            if (type is not null && plan.FindCaseType(type) < 0)
            {
                stderr.WriteLine($"inspect template: the framework has no case type '{DisplayText.OneLine(type)}'; its case types are {string.Join(", ", plan.CaseTypes)}.");
                return InspectApp.BadUsage;
            }

            var template = CaseTemplate.Create(plan, type);
            if (kind == "xlsx")
            {
                AtomicFile.WriteBytes(FrameworkInput.Resolve(target!, workingDirectory), target!, template.Xlsx());
            }
            else
            {
                FrameworkInput.WriteOutput(target, workingDirectory, stdout, kind == "csv" ? template.Csv() : template.Json());
            }

            if (target is not null)
            {
                stdout.WriteLine(DisplayText.OneLine($"{target}: written ({template.Columns.Count} columns{(kind == "json" ? $"; its $schema is {template.SchemaFileName}, written by inspect schema {path} -o {template.SchemaFileName}" : string.Empty)})"));
            }

            return InspectApp.Success;
        });
        return command;
    }
}
