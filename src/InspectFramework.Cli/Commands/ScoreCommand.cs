using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Reports;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// <c>inspect score &lt;framework&gt; &lt;inspection&gt;</c>: validates every case, judgement and discretion
/// decision, and either prints every problem and refuses (exit 1) or writes the ratings report.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var framework = new Argument<string>("framework") { Description = "The framework file (.inspect) the data was recorded under." };
        var inspection = new Argument<string>("inspection") { Description = "The inspection data file (.json, see docs/case-data.md)." };
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write the report to this file instead of standard output." };
        var progress = new Option<bool>("--progress") { Description = "Show progress on standard error (shown anyway when it is a terminal)." };
        var recordedUnder = new Option<string?>("--recorded-under") { Description = "The framework file the data was recorded under, when it is an earlier version: the data is scored if the difference is compatible." };
        var allowOutside = new Option<bool>("--allow-case-files-outside") { Description = "Read case files that an inspection file's \"case_files\" names outside its folder (an absolute path, '..', a symbolic link out). Only for data you trust." };
        var encoding = new Option<string>("--encoding") { Description = "The encoding of data files without a byte-order mark: utf-8, or windows-1252 for a CSV saved from Excel as plain \"CSV (Comma delimited)\".", DefaultValueFactory = _ => "utf-8" };
        encoding.AcceptOnlyFromAmong(TextEncodings.Names);
        var ignoreColumns = new Option<string?>("--ignore-columns") { Description = "CSV columns to leave unread (the team's own, such as an inspector or a date), separated by commas; any other column the framework does not name is refused." };
        var command = new Command("score", "Score an inspection: rate every standard from its case data and write the results report.");
        command.Arguments.Add(framework);
        command.Arguments.Add(inspection);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(progress);
        command.Options.Add(recordedUnder);
        command.Options.Add(allowOutside);
        command.Options.Add(encoding);
        command.Options.Add(ignoreColumns);
        command.SetAction(result => Run(
            result.GetValue(framework)!,
            result.GetValue(inspection)!,
            result.GetValue(recordedUnder),
            result.GetValue(format) ?? "text",
            result.GetValue(output),
            result.GetValue(progress),
            FrameworkInput.DataOptions(result.GetValue(allowOutside), workingDirectory) with
            {
                Encoding = TextEncodings.Named(result.GetValue(encoding) ?? "utf-8"),
                IgnoredColumns = IgnoredColumns(result.GetValue(ignoreColumns)),
            },
            workingDirectory,
            stdout,
            stderr));
        return command;
    }

    private static int Run(string frameworkPath, string inspectionPath, string? recordedUnderPath, string format, string? outPath, bool progressRequested, InspectionReadOptions options, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (!FrameworkInput.Exists(frameworkPath, workingDirectory, stderr) || !FrameworkInput.Exists(inspectionPath, workingDirectory, stderr)
            || !FrameworkInput.StandardInputOnce(new[] { frameworkPath, inspectionPath, recordedUnderPath }, stderr)
            || !FrameworkInput.OutputIsNotAnInput(outPath, new[] { frameworkPath, inspectionPath, recordedUnderPath }, workingDirectory, stderr))
        {
            return InspectApp.BadUsage;
        }

        var plan = FrameworkInput.Load(frameworkPath, workingDirectory, stdout);
        if (plan is null)
        {
            return InspectApp.InputErrors;
        }

        // Problems are printed as they are found, so a large file's problems appear while it is read
        // and none are held in memory; the JSON report lists them in its document instead.
        var collected = new List<InspectionProblem>();
        Action<InspectionProblem> sink = format == "json" ? collected.Add : p => stdout.WriteLine(p.ToCanonicalString());
        FrameworkIdentity? earlier = null;
        if (recordedUnderPath is not null)
        {
            earlier = FrameworkInput.CompatibleEarlierVersion(recordedUnderPath, plan.Model, "scored", workingDirectory, stdout, stderr, out var exit);
            if (earlier is null)
            {
                return exit;
            }
        }

        var session = new InspectionSession(plan, sink, compatibleEarlierVersion: earlier);

        var progress = ProgressLine.For(stderr, requested: progressRequested);
        InspectionMetadata metadata;
        if (inspectionPath == BoundedInput.StandardInput)
        {
            using var stdin = BoundedInput.Open(BoundedInput.StandardInput);
            metadata = InspectionReader.Read(stdin, inspectionPath, session, progress is null ? null : progress.Report, options);
        }
        else
        {
            metadata = InspectionReader.Read(FrameworkInput.Resolve(inspectionPath, workingDirectory), session, progress is null ? null : progress.Report, inspectionPath, options);
        }

        progress?.Finish();
        var scored = session.Complete();

        return new ReportOutput
        {
            Format = format,
            OutPath = outPath,
            WorkingDirectory = workingDirectory,
            Accepted = scored.IsScored,
            WriteJson = stream => JsonReport.Write(stream, scored, metadata, collected),
            WriteReport = writer =>
            {
                switch (format)
                {
                    case "markdown": MarkdownReport.Write(writer, scored, metadata); break;
                    case "html": HtmlReport.Write(writer, scored, metadata); break;
                    default: TextReport.Write(writer, scored, metadata); break;
                }
            },
            Refuse = writer => writer.WriteLine(Refusal(scored, inspectionPath)),
            Written = path => Written(path, scored),
        }.Finish(stdout, stderr);
    }

    private static System.Collections.Immutable.ImmutableHashSet<string> IgnoredColumns(string? list) =>
        list is null
            ? System.Collections.Immutable.ImmutableHashSet<string>.Empty
            : System.Collections.Immutable.ImmutableHashSet.CreateRange(StringComparer.Ordinal, list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static string Refusal(InspectionResult result, string path) => $"{path}: {ResultSummary.Refused(result)}";

    private static string Written(string outPath, InspectionResult scored) => $"{outPath}: {ResultSummary.Scored(scored)}.";
}
