using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Reports;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.EditorFeatures.Studio;

/// <summary>
/// The ratings report for the text being edited: <see cref="Html"/> is <c>inspect score --format
/// html</c>'s report, or null when nothing was scored; <see cref="Summary"/> is one line (the overall
/// rating, or why there is none); <see cref="Problems"/> are the framework's errors or the data's
/// problems as the CLI prints them, at most <see cref="TryIt.MaxProblems"/> (the summary gives the count).
/// </summary>
public sealed record TryItResult(string? Html, string Summary, ImmutableArray<string> Problems);

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
    public static TryItResult Score(string frameworkPath, string frameworkText, byte[] caseData, string caseDataName, InspectionReadOptions? options = null)
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

        var problems = ImmutableArray.CreateBuilder<string>();
        var session = new InspectionSession(ScoringPlan.Create(model), p =>
        {
            if (problems.Count < MaxProblems)
            {
                problems.Add(p.ToCanonicalString());
            }
        });
        using var stream = new MemoryStream(caseData, writable: false);
        var metadata = InspectionReader.Read(stream, caseDataName, session, progress: null, options);
        var result = session.Complete();
        if (!result.IsScored)
        {
            return new TryItResult(null, ResultSummary.Refused(result), problems.ToImmutable());
        }

        using var html = new StringWriter { NewLine = "\n" };
        HtmlReport.Write(html, result, metadata);
        return new TryItResult(html.ToString(), ResultSummary.Scored(result), ImmutableArray<string>.Empty);
    }
}
