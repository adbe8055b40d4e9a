using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Diff;
using InspectFramework.Tooling.Reports;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.EditorFeatures.Studio;

/// <summary>
/// The ratings report for the text being edited: <see cref="Html"/> is <c>inspect score --format
/// html</c>'s report, or null when nothing was scored; <see cref="Summary"/> is one line (the overall
/// rating, or why there is none); <see cref="Problems"/> are the framework's errors or the data's
/// problems as the CLI prints them, at most <see cref="TryIt.MaxProblems"/> (the summary gives the count);
/// <see cref="Basis"/>, when not null, says under which earlier version the data was recorded and why
/// it could (or could not) be scored with the edited text.
/// </summary>
public sealed record TryItResult(string? Html, string Summary, ImmutableArray<string> Problems, string? Basis = null);

/// <summary>
/// An earlier version of the framework being edited (the saved file, the file at git HEAD, the text
/// as first opened): data recorded under it may be scored with the edited text when the change from
/// it is compatible, as <c>inspect score --recorded-under</c> allows.
/// </summary>
/// <param name="Label">How the summary names it ("the saved file").</param>
/// <param name="Path">How its diagnostics name it.</param>
public sealed record EarlierVersion(string Label, string Path, string Text);

/// <summary>The studio's "try it": a framework's text scored on an inspection's case data.</summary>
public static class TryIt
{
    /// <summary>Problems listed; a file with more is refused all the same, and says how many it has.</summary>
    public const int MaxProblems = 200;

    /// <param name="frameworkPath">How the framework's diagnostics name it.</param>
    /// <param name="frameworkText">The editor's text.</param>
    /// <param name="caseData">The inspection data file's bytes (docs/case-data.md).</param>
    /// <param name="caseDataName">How problems name the data file; a name ending in .csv is refused,
    /// as <c>inspect score</c> refuses a CSV file (it holds cases only).</param>
    /// <param name="options">Where the data's <c>case_files</c> are found
    /// (<see cref="InspectionReadOptions.StreamFolder"/>); without it the data may name none.</param>
    /// <param name="earlier">Earlier versions of the text, in the order to try them, for data recorded
    /// under one of them (the edited text has another content hash as soon as its wording changes).</param>
    public static TryItResult Score(string frameworkPath, string frameworkText, byte[] caseData, string caseDataName, InspectionReadOptions? options = null, IReadOnlyList<EarlierVersion>? earlier = null)
    {
        var compilation = FrameworkCompilation.FromText(new SourceText(frameworkPath, frameworkText));
        if (compilation.Model is not { } model)
        {
            var errors = compilation.Diagnostics.Where(d => d.IsError).ToArray();
            return new TryItResult(
                null,
                $"{DisplayText.OneLine(frameworkPath)} has {errors.Length} error(s): correct them before trying it on case data.",
                errors.Take(MaxProblems).Select(d => d.ToCanonicalString()).ToImmutableArray());
        }

        var plan = ScoringPlan.Create(model);
        var tried = Run(plan, caseData, caseDataName, options, compatibleEarlierVersion: null);
        if (tried.Metadata.Framework is not { } recorded || recorded == FrameworkIdentity.Of(model))
        {
            return tried.Result;
        }

        // The data names another version: scored with this text only when it is an earlier version
        // of it and the change is compatible (the same answers give the same ratings), as
        // FrameworkInput.CompatibleEarlierVersion allows for `inspect score --recorded-under`.
        foreach (var version in earlier ?? [])
        {
            if (FrameworkCompilation.FromText(new SourceText(version.Path, version.Text)).Model is not { } before || FrameworkIdentity.Of(before) != recorded)
            {
                continue;
            }

            var diff = FrameworkDiffer.Compare(before, model);
            if (diff.Verdict > Verdict.Compatible)
            {
                return tried.Result with
                {
                    Summary = $"Not scored with the text as it is now: the data was recorded under {DisplayText.OneLine(version.Label)} ({recorded}), and the text now differs from it in {diff.Count(Verdict.RatingsAffecting)} change(s) that affect ratings and {diff.Count(Verdict.NeedsMigration)} that need migration, so the same data could be rated differently. The Changes panel lists them; a report below is the last one made, not this text's.",
                    Basis = $"Data recorded under {DisplayText.OneLine(version.Label)}: the edits are {DiffRenderer.Label(diff.Verdict)}.",
                };
            }

            var scored = Run(plan, caseData, caseDataName, options, recorded);
            return scored.Result with
            {
                Basis = $"Data recorded under {DisplayText.OneLine(version.Label)} ({recorded}), scored with the text as it is now: the edits since are {DiffRenderer.Label(diff.Verdict)} ({diff.Changes.Count} change(s), none affecting answers or ratings).",
            };
        }

        return tried.Result;
    }

    private static (TryItResult Result, InspectionMetadata Metadata) Run(ScoringPlan plan, byte[] caseData, string caseDataName, InspectionReadOptions? options, FrameworkIdentity? compatibleEarlierVersion)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var session = new InspectionSession(
            plan,
            p =>
            {
                if (problems.Count < MaxProblems)
                {
                    problems.Add(p.ToCanonicalString());
                }
            },
            compatibleEarlierVersion: compatibleEarlierVersion);
        using var stream = new MemoryStream(caseData, writable: false);
        var metadata = InspectionReader.Read(stream, caseDataName, session, progress: null, options);
        var result = session.Complete();
        if (!result.IsScored)
        {
            return (new TryItResult(null, ResultSummary.Refused(result), problems.ToImmutable()), metadata);
        }

        using var html = new StringWriter { NewLine = "\n" };
        HtmlReport.Write(html, result, metadata);
        return (new TryItResult(html.ToString(), ResultSummary.Scored(result), ImmutableArray<string>.Empty), metadata);
    }
}
