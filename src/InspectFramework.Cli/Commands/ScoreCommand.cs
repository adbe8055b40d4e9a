using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using InspectFramework.Diff;
using InspectFramework.Evaluation;
using InspectFramework.Model;
using InspectFramework.Inspections.CaseData;
using InspectFramework.Inspections.Reports;

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
        var command = new Command("score", "Score an inspection: rate every standard from its case data and write the results report.");
        command.Arguments.Add(framework);
        command.Arguments.Add(inspection);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(progress);
        command.Options.Add(recordedUnder);
        command.SetAction(result => Run(
            result.GetValue(framework)!,
            result.GetValue(inspection)!,
            result.GetValue(recordedUnder),
            result.GetValue(format) ?? "text",
            result.GetValue(output),
            result.GetValue(progress) || (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected),
            workingDirectory,
            stdout,
            stderr));
        return command;
    }

    private static int Run(string frameworkPath, string inspectionPath, string? recordedUnderPath, string format, string? outPath, bool showProgress, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (!FrameworkInput.Exists(frameworkPath, workingDirectory, stderr) || !FrameworkInput.Exists(inspectionPath, workingDirectory, stderr))
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
        var session = new InspectionSession(plan, sink);
        if (recordedUnderPath is not null && !AcceptEarlierVersion(recordedUnderPath, plan.Model, session, workingDirectory, stdout, stderr, out var exit))
        {
            return exit;
        }

        var progress = showProgress ? new ProgressLine(stderr, interactive: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected) : null;
        var metadata = InspectionReader.Read(FrameworkInput.Resolve(inspectionPath, workingDirectory), session, progress is null ? null : progress.Report, inspectionPath);
        progress?.Finish();
        var scored = session.Complete();

        if (format == "json")
        {
            using var buffer = new MemoryStream();
            JsonReport.Write(buffer, scored, metadata, collected);
            buffer.WriteByte((byte)'\n');
            if (!FrameworkInput.WriteOutput(outPath, workingDirectory, stdout, stderr, System.Text.Encoding.UTF8.GetString(buffer.ToArray())))
            {
                return InspectApp.InputErrors;
            }

            if (!scored.IsScored)
            {
                stderr.WriteLine(Refusal(scored, inspectionPath));
                return InspectApp.InputErrors;
            }

            if (outPath is not null)
            {
                stdout.WriteLine(Written(outPath, scored));
            }

            return InspectApp.Success;
        }

        if (!scored.IsScored)
        {
            stdout.WriteLine(Refusal(scored, inspectionPath));
            return InspectApp.InputErrors;
        }

        var report = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        switch (format)
        {
            case "markdown":
                MarkdownReport.Write(report, scored, metadata);
                break;
            case "html":
                HtmlReport.Write(report, scored, metadata);
                break;
            default:
                TextReport.Write(report, scored, metadata);
                break;
        }

        if (!FrameworkInput.WriteOutput(outPath, workingDirectory, stdout, stderr, report.ToString()))
        {
            return InspectApp.InputErrors;
        }

        if (outPath is not null)
        {
            stdout.WriteLine(Written(outPath, scored));
        }

        return InspectApp.Success;
    }

    private static string Refusal(InspectionResult result, string path) =>
        $"{path}: {result.ProblemCount.ToString("#,0", CultureInfo.InvariantCulture)} problem(s); {Cases(result.CasesRead)} read: {Cases(result.CasesAccepted)} without problems + {Cases(result.CasesRejected)} rejected. Nothing was scored: correct the data and run again.";

    private static string Written(string outPath, InspectionResult scored) => scored.Plan.RatedStandards > 0
        ? $"{outPath}: {scored.Score!.Overall?.Label ?? "no overall rating"}, {scored.Score.TotalPoints?.ToString(CultureInfo.InvariantCulture) ?? "-"} of {scored.Score.MaxPoints} points; {ReportLine(scored)}."
        : $"{outPath}: {string.Join(", ", scored.Score!.Scores.Select((s, i) => $"{s.Label} {(s.Percentage is { } p ? p.ToString("F" + scored.Plan.Scores[i].Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%" : "-")}"))}; {ReportLine(scored)}.";

    private static string ReportLine(InspectionResult result) =>
        $"{Cases(result.CasesRead)} read = {result.CasesScored.ToString("#,0", CultureInfo.InvariantCulture)} scored + {result.CasesRejected.ToString("#,0", CultureInfo.InvariantCulture)} rejected";

    private static string Cases(long count) => count == 1 ? "1 case" : $"{count.ToString("#,0", CultureInfo.InvariantCulture)} cases";

    /// <summary>A progress line on standard error: redrawn in place on a terminal, otherwise one
    /// line every few seconds, so logs stay readable.</summary>
    private sealed class ProgressLine(TextWriter stderr, bool interactive)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.MinValue;
        private bool _shown;

        public void Report(ReadProgress progress)
        {
            var now = _clock.Elapsed;
            if (now - _last < (interactive ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5)))
            {
                return;
            }

            _last = now;
            var percent = progress.Length > 0 ? (int)(100 * progress.Position / progress.Length) : 0;
            var rate = now.TotalSeconds > 0 ? progress.CasesRead / now.TotalSeconds : 0;
            var line = string.Format(CultureInfo.InvariantCulture, "inspect: {0}: {1:#,0} cases read ({2}%), {3:#,0} cases/s", progress.File, progress.CasesRead, Math.Min(100, percent), rate);
            if (interactive)
            {
                stderr.Write("\r" + line.PadRight(79));
            }
            else
            {
                stderr.WriteLine(line);
            }

            _shown = true;
        }

        public void Finish()
        {
            if (_shown && interactive)
            {
                stderr.Write("\r" + new string(' ', 79) + "\r");
            }
        }
    }

    /// <summary>
    /// Lets the session accept data stamped with an earlier version of the framework, but only when the
    /// semantic diff from that version to this one is identical or compatible (docs/change-control.md):
    /// then the same answers give the same ratings. Otherwise says why, and the data is not scored.
    /// </summary>
    private static bool AcceptEarlierVersion(string path, FrameworkModel current, InspectionSession session, string workingDirectory, TextWriter stdout, TextWriter stderr, out int exit)
    {
        exit = InspectApp.Success;
        if (!FrameworkInput.Exists(path, workingDirectory, stderr))
        {
            exit = InspectApp.BadUsage;
            return false;
        }

        var compilation = FrameworkCompilation.FromFile(FrameworkInput.Resolve(path, workingDirectory), path);
        if (compilation.Model is not { } earlier)
        {
            foreach (var diagnostic in compilation.Diagnostics.Where(d => d.IsError))
            {
                stdout.WriteLine(diagnostic.ToCanonicalString());
            }

            stdout.WriteLine($"{path}: the framework has errors; correct them ('inspect check {path}') before using it.");
            exit = InspectApp.InputErrors;
            return false;
        }

        var diff = FrameworkDiffer.Compare(earlier, current);
        if (diff.Verdict > Verdict.Compatible)
        {
            stdout.WriteLine(
                $"{path}: data recorded under {FrameworkIdentity.Of(earlier)} cannot be scored under {FrameworkIdentity.Of(current)}: " +
                $"{diff.Count(Verdict.NeedsMigration)} change(s) need migration and {diff.Count(Verdict.RatingsAffecting)} affect ratings. " +
                $"See 'inspect diff {path} <framework>'.");
            exit = InspectApp.InputErrors;
            return false;
        }

        session.CompatibleEarlierVersion = FrameworkIdentity.Of(earlier);
        stderr.WriteLine($"inspect: data recorded under {FrameworkIdentity.Of(earlier)} is scored under {FrameworkIdentity.Of(current)}: the difference is compatible ({diff.Changes.Count} change(s), none affecting answers or ratings).");
        return true;
    }
}
