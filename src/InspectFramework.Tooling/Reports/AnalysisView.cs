using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Runtime;
using InspectFramework.Tooling.Analysis;
using InspectFramework.Tooling.Statistics;

namespace InspectFramework.Tooling.Reports;

/// <summary>A caveat on one line's test, numbered in row order for the reports' notes.</summary>
internal sealed record AnalysisNote(int Number, AnalysisRow Row, string Text);

/// <summary>What the analysis reports share: titles, cells, test wording and numbered notes, all in
/// invariant formatting.</summary>
internal sealed class AnalysisView
{
    public AnalysisView(AnalysisResult result)
    {
        Result = result;
        var notes = new List<AnalysisNote>();
        var byRow = new Dictionary<AnalysisRow, List<int>>();
        foreach (var row in result.Rows)
        {
            var texts = new List<string>();
            if (row.NotTestedReason is { } reason)
            {
                texts.Add($"Not tested: {reason}.");
            }

            if (row.Test is { } test)
            {
                // Untested, the "fewer than two groups" warning says it all; which groups were empty adds nothing.
                texts.AddRange(test.Warnings
                    .Where(w => test.Test != SignificanceTestKind.NotTested || w.Kind != SignificanceWarningKind.EmptyGroupOmitted)
                    .Select(w => w.Message));
            }

            foreach (var text in texts)
            {
                var note = new AnalysisNote(notes.Count + 1, row, text);
                notes.Add(note);
                if (!byRow.TryGetValue(row, out var numbers))
                {
                    byRow[row] = numbers = new List<int>();
                }

                numbers.Add(note.Number);
            }
        }

        Notes = notes;
        NotesByRow = byRow;
    }

    public AnalysisResult Result { get; }

    public IReadOnlyList<AnalysisNote> Notes { get; }

    private Dictionary<AnalysisRow, List<int>> NotesByRow { get; }

    /// <summary>The heading of the column naming each line.</summary>
    public string RowHeading => Result.HasScores ? "Score / key question" : "Key question";

    public string FactTitle => $"{Result.By.Fact.Label} ({Result.By.Fact.Name})";

    public string Title => $"Subgroup analysis by {Result.By.Fact.Label}";

    public string FrameworkLine => $"{Result.Plan.Model.Name} version {Result.Plan.Model.Version}, {Result.Plan.Model.ContentHash}";

    /// <summary>Whether the "not recorded" (and "outside the bands") columns are shown: only when some case is in them.</summary>
    public bool ShowNotRecorded => Result.Cases.NotRecorded > 0;

    public bool ShowOutsideBands => Result.Cases.OutsideBands > 0;

    public IEnumerable<AnalysisRow> Scores => Result.Rows.Where(r => r.Definition.Kind == AnalysisRowKind.Score);

    public IEnumerable<AnalysisRow> KeyQuestions => Result.Rows.Where(r => r.Definition.Kind == AnalysisRowKind.KeyQuestion);

    /// <summary>Column headings for the subgroup table: All, each subgroup, then not recorded / outside the bands when shown.</summary>
    public IReadOnlyList<string> GroupHeadings
    {
        get
        {
            var headings = new List<string> { "All cases" };
            headings.AddRange(Result.Groups.Select(g => g.Label));
            if (ShowOutsideBands)
            {
                headings.Add("Outside the bands");
            }

            if (ShowNotRecorded)
            {
                headings.Add("Not recorded");
            }

            return headings;
        }
    }

    /// <summary>The figures under <see cref="GroupHeadings"/>.</summary>
    public IReadOnlyList<Proportion> GroupCells(AnalysisRow row)
    {
        var cells = new List<Proportion> { row.All };
        cells.AddRange(row.Groups);
        if (ShowOutsideBands)
        {
            cells.Add(row.OutsideBands);
        }

        if (ShowNotRecorded)
        {
            cells.Add(row.NotRecorded);
        }

        return cells;
    }

    /// <summary>"All 75; Yes 10, No 60; not recorded 5 (counted in All, left out of the tests)".</summary>
    public string SubgroupCasesLine
    {
        get
        {
            var cases = Result.Cases;
            var parts = Result.Groups.Select((g, i) => $"{g.Label} {Count(cases.Groups[i])}");
            var line = $"{Count(cases.All)} analysed: {string.Join(", ", parts)}";
            if (cases.OutsideBands > 0)
            {
                line += $"; outside the bands {Count(cases.OutsideBands)}";
            }

            line += $"; not recorded {Count(cases.NotRecorded)}";
            if (cases.OutsideBands > 0 || cases.NotRecorded > 0)
            {
                line += " (in All cases, left out of the tests)";
            }

            return line;
        }
    }

    /// <summary>"2 inspections: 75 cases read = 75 scored + 0 rejected".</summary>
    public string InspectionsLine
    {
        get
        {
            var read = Result.Inspections.Sum(i => i.Result.CasesRead);
            var scored = Result.Inspections.Sum(i => i.Result.CasesScored);
            var rejected = Result.Inspections.Sum(i => i.Result.CasesRejected);
            var count = Result.Inspections.Length;
            return $"{count} {(count == 1 ? "inspection" : "inspections")}: {Count(read)} cases read = {Count(scored)} analysed + {Count(rejected)} rejected";
        }
    }

    public IEnumerable<int> NoteNumbers(AnalysisRow row) => NotesByRow.TryGetValue(row, out var numbers) ? numbers : Enumerable.Empty<int>();

    /// <summary>"61% (2,508)"; "-" when nothing applied.</summary>
    public static string Cell(Proportion proportion, AnalysisRow row) =>
        proportion.Percent(row.Definition) is { } percent ? $"{Percent(percent, row.Definition.Decimals)} ({Count(proportion.Total)})" : "-";

    public static string PercentOrDash(Proportion proportion, AnalysisRow row) =>
        proportion.Percent(row.Definition) is { } percent ? Percent(percent, row.Definition.Decimals) : "-";

    public static string Range(AnalysisRow row) =>
        row.Range is { } range ? $"{Percent(range.Low, row.Definition.Decimals)} to {Percent(range.High, row.Definition.Decimals)}" : "-";

    public static string Percent(decimal value, int decimals) => ReportView.Percent(value, decimals);

    public static string Count(long value) => ReportView.Count(value);

    /// <summary>"two-proportion z-test: z = -2.05, p = 0.0404" (ASCII; <paramref name="unicode"/> writes χ²).</summary>
    public static string TestText(AnalysisRow row, bool unicode = false)
    {
        if (row.Test is not { } test)
        {
            return "not tested";
        }

        if (test.Test == SignificanceTestKind.NotTested)
        {
            return test.TestName;
        }

        return $"{test.TestName}: {StatisticText(test, unicode)}, p {PValue(test.PValue)}";
    }

    /// <summary>"z = -2.05", "chi-square = 7.31 (df 2)", "P(table) = 0.0123".</summary>
    public static string StatisticText(SignificanceResult test, bool unicode = false) => test.Test switch
    {
        SignificanceTestKind.TwoProportionZ => $"z = {Fixed(test.Statistic, 2)}",
        SignificanceTestKind.PearsonChiSquare => $"{(unicode ? "\u03C7\u00B2" : "chi-square")} = {Fixed(test.Statistic, 2)} (df {test.DegreesOfFreedom?.ToString(CultureInfo.InvariantCulture)})",
        SignificanceTestKind.FisherExact => $"P(table) = {Significant(test.Statistic)}",
        _ => string.Empty,
    };

    /// <summary>"= 0.0404", "&lt; 0.0001".</summary>
    public static string PValue(double p) => p < 0.0001 ? "< 0.0001" : "= " + p.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string RowTitle(AnalysisRow row) => row.Definition.Kind == AnalysisRowKind.Score ? $"Score: {row.Definition.Text}" : $"{row.Definition.Number} {row.Definition.Text}";

    /// <summary>Each inspection's overall rating: "Requires improvement (16 of 36 points)".</summary>
    public static string Overall(AnalysedInspection inspection)
    {
        var score = inspection.Result.Score!;
        return score.Overall is { } overall ? $"{overall.Label} ({score.TotalPoints} of {score.MaxPoints} points)" : "no overall rating";
    }

    /// <summary>How many inspections gave each rating to a standard: "Good 1, Requires improvement 1".</summary>
    public string RatingCounts(int standard)
    {
        var counts = Result.Plan.Levels.Reverse()
            .Select(level => (level, count: Result.Inspections.Count(i => i.Result.Score!.Standards[standard].Final?.Ordinal == level.Ordinal)))
            .Where(x => x.count > 0)
            .Select(x => $"{x.level.Label} {x.count}")
            .ToList();
        var unrated = Result.Inspections.Count(i => i.Result.Score!.Standards[standard].Final is null);
        if (unrated > 0)
        {
            counts.Add($"no rating {unrated}");
        }

        return string.Join(", ", counts);
    }

    /// <summary>The standards each inspection rated (computed or by judgement), in framework order.</summary>
    public IEnumerable<int> RatedStandards => Result.Plan.Standards.Where(s => s.IsRated).Select(s => s.Index);

    public static string Rating(AnalysedInspection inspection, int standard) => inspection.Result.Score!.Standards[standard].Final?.Label ?? "no rating";

    private static string Fixed(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Significant(double value) => value < 0.0001 ? value.ToString("0.##E+0", CultureInfo.InvariantCulture) : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
