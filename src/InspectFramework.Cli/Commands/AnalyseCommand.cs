using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.Analysis;
using InspectFramework.Tooling.Reports;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// <c>inspect analyse &lt;framework&gt; &lt;inspections...&gt; --by &lt;fact&gt;</c>: validates every
/// inspection as <c>inspect score</c> does and, when none has a problem, writes "% yes" and N per
/// subgroup of the fact with significance tests, and the national view across the inspections.
/// </summary>
internal static class AnalyseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var framework = new Argument<string>("framework") { Description = "The framework file (.inspect) the data was recorded under." };
        var inspections = new Argument<string[]>("inspections") { Description = "Inspection data files (.json, see docs/case-data.md), all recorded under the framework.", Arity = ArgumentArity.OneOrMore };
        var by = new Option<string>("--by") { Description = "The case fact whose values are the subgroups (a 'one of', boolean or integer fact).", Required = true };
        var recordedUnder = new Option<string?>("--recorded-under") { Description = "An earlier version of the framework some of the data was recorded under: its data is analysed if the difference is compatible." };
        var bins = new Option<string?>("--bins") { Description = "Bands for an integer fact, for example 0,1,2-5,6+ (without it, each value is a subgroup)." };
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "csv", "json", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write the report to this file instead of standard output." };
        var progress = new Option<bool>("--progress") { Description = "Show progress on standard error (shown anyway when it is a terminal)." };
        var allowOutside = new Option<bool>("--allow-case-files-outside") { Description = "Read case files that an inspection file's \"case_files\" names outside its folder (an absolute path, '..', a symbolic link out). Only for data you trust." };
        var command = new Command("analyse", "Analyse inspections by subgroup: % yes and N per value of a case fact, with significance tests, and the national view across inspections.");
        command.Arguments.Add(framework);
        command.Arguments.Add(inspections);
        command.Options.Add(by);
        command.Options.Add(bins);
        command.Options.Add(recordedUnder);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(progress);
        command.Options.Add(allowOutside);
        command.SetAction(result => Run(
            result.GetValue(framework)!,
            result.GetValue(inspections) ?? Array.Empty<string>(),
            result.GetValue(by)!,
            result.GetValue(bins),
            result.GetValue(recordedUnder),
            result.GetValue(format) ?? "text",
            result.GetValue(output),
            result.GetValue(progress),
            result.GetValue(allowOutside),
            workingDirectory,
            stdout,
            stderr));
        return command;
    }

    private static int Run(string frameworkPath, string[] inspectionPaths, string factName, string? bins, string? recordedUnderPath, string format, string? outPath, bool progressRequested, bool allowCaseFilesOutside, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (!FrameworkInput.Exists(frameworkPath, workingDirectory, stderr) || !inspectionPaths.All(p => FrameworkInput.Exists(p, workingDirectory, stderr))
            || !FrameworkInput.StandardInputOnce(inspectionPaths.Append(frameworkPath).Append(recordedUnderPath), stderr)
            || !FrameworkInput.OutputIsNotAnInput(outPath, inspectionPaths.Append(frameworkPath).Append(recordedUnderPath), workingDirectory, stderr))
        {
            return InspectApp.BadUsage;
        }

        // The same file twice would count its cases twice in the national figures.
        var twice = inspectionPaths.GroupBy(p => Path.GetFullPath(FrameworkInput.Resolve(p, workingDirectory)), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            stderr.WriteLine($"inspect: {twice.First()} is named more than once; name each inspection once.");
            return InspectApp.BadUsage;
        }

        var plan = FrameworkInput.Load(frameworkPath, workingDirectory, stdout);
        if (plan is null)
        {
            return InspectApp.InputErrors;
        }

        var subgroups = SubgroupFact.Create(plan, factName, bins, out var error);
        if (subgroups is null)
        {
            stderr.WriteLine($"inspect: --by {factName}: {error}");
            return InspectApp.BadUsage;
        }

        FrameworkIdentity? earlier = null;
        if (recordedUnderPath is not null)
        {
            earlier = FrameworkInput.CompatibleEarlierVersion(recordedUnderPath, plan.Model, "analysed", workingDirectory, stdout, stderr, out var exit);
            if (earlier is null)
            {
                return exit;
            }
        }

        // As in 'inspect score': problems are printed as they are found; JSON lists them in its document.
        var collected = new List<InspectionProblem>();
        Action<InspectionProblem> sink = format == "json" ? collected.Add : p => stdout.WriteLine(p.ToCanonicalString());
        var progressLine = ProgressLine.For(stderr, requested: progressRequested);
        using var stdin = inspectionPaths.Contains(BoundedInput.StandardInput) ? BoundedInput.Open(BoundedInput.StandardInput) : null;
        var inputs = inspectionPaths.Select(p => new AnalysisInput(FrameworkInput.Resolve(p, workingDirectory), p, p == BoundedInput.StandardInput ? stdin : null)).ToList();
        var result = SubgroupAnalysis.Run(plan, subgroups, inputs, sink, progressLine is null ? null : progressLine.Report, earlier, FrameworkInput.DataOptions(allowCaseFilesOutside, workingDirectory));
        progressLine?.Finish();

        return new ReportOutput
        {
            Format = format,
            OutPath = outPath,
            WorkingDirectory = workingDirectory,
            Accepted = result.IsAnalysed,
            WriteJson = stream => AnalysisJsonReport.Write(stream, result, collected),
            WriteReport = writer =>
            {
                switch (format)
                {
                    case "markdown": AnalysisMarkdownReport.Write(writer, result); break;
                    case "csv": AnalysisCsvReport.Write(writer, result); break;
                    case "html": AnalysisHtmlReport.Write(writer, result); break;
                    default: AnalysisTextReport.Write(writer, result); break;
                }
            },
            Refuse = writer => Refuse(result, writer),
            Written = path => Written(path, result),
        }.Finish(stdout, stderr);
    }

    // One line per inspection, so a problem in one file among many is easy to place.
    private static void Refuse(AnalysisResult result, TextWriter writer)
    {
        foreach (var inspection in result.Inspections)
        {
            var r = inspection.Result;
            writer.WriteLine($"{inspection.File}: {Count(r.ProblemCount)} problem(s); {Cases(r.CasesRead)} read = {Count(r.CasesAccepted)} without problems + {Count(r.CasesRejected)} rejected.");
        }

        writer.WriteLine(result.Refusal is { } refusal
            ? $"Nothing was analysed: {refusal}"
            : "Nothing was analysed: correct the data and run again.");
    }

    private static string Written(string outPath, AnalysisResult result)
    {
        var read = result.Inspections.Sum(i => i.Result.CasesRead);
        var scored = result.Inspections.Sum(i => i.Result.CasesScored);
        var rejected = result.Inspections.Sum(i => i.Result.CasesRejected);
        var count = result.Inspections.Length;
        return $"{outPath}: {count} {(count == 1 ? "inspection" : "inspections")} by {result.By.Fact.Name}; {Cases(read)} read = {Count(scored)} analysed + {Count(rejected)} rejected.";
    }

    private static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Cases(long count) => count == 1 ? "1 case" : $"{Count(count)} cases";
}
