using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Analysis;

namespace InspectFramework.Tooling.Reports;

/// <summary>The subgroup analysis as plain text for a terminal: ASCII, aligned columns, the wording
/// of each key question wrapped in its own column. Values from the framework or the data are shown
/// through <see cref="DisplayText.OneLine"/>, as in the score report.</summary>
public static class AnalysisTextReport
{
    private const int TitleWidth = 46;

    public static void Write(TextWriter output, AnalysisResult result)
    {
        var view = new AnalysisView(result);
        var model = result.Plan.Model;
        var text = new StringBuilder();
        text.Append(DisplayText.OneLine(view.Title)).Append('\n');
        text.Append("Framework    ").Append(DisplayText.OneLine(model.Title)).Append('\n');
        text.Append("             ").Append(DisplayText.OneLine(view.FrameworkLine)).Append('\n');
        text.Append("Inspections  ").Append(DisplayText.OneLine(view.InspectionsLine)).Append('\n');
        text.Append("Subgroups    ").Append(DisplayText.OneLine(view.SubgroupCasesLine)).Append('\n');
        text.Append('\n');
        text.Append("% yes (N) by subgroup; N counts the applicable answers, yes or no. Sig: *** p < 0.001, ** p < 0.01,\n");
        text.Append("* p < 0.05, - not significant.\n\n");

        var headings = new List<string> { view.RowHeading };
        headings.AddRange(view.GroupHeadings);
        headings.Add("Sig");
        headings.Add("Test");
        var lines = result.Rows.Select(row =>
        {
            var cells = new List<string> { AnalysisView.RowTitle(row) };
            cells.AddRange(view.GroupCells(row).Select(c => AnalysisView.Cell(c, row)));
            var notes = view.NoteNumbers(row).Select(n => $"[{n}]");
            cells.Add(string.Join(" ", new[] { row.Stars }.Concat(notes)));
            cells.Add(AnalysisView.TestText(row));
            return cells;
        }).ToList();
        Table(text, headings, lines, rightAligned: index => index > 0 && index < headings.Count - 2);
        Notes(text, view);

        text.Append("\nNational view\n\n");
        var inspections = new List<List<string>>();
        for (var i = 0; i < result.Inspections.Length; i++)
        {
            var inspection = result.Inspections[i];
            var cells = new List<string> { $"[{i + 1}]", inspection.Service, inspection.Metadata.Published ?? "-", AnalysisView.Count(inspection.Result.CasesScored) };
            var index = i;
            cells.AddRange(view.Scores.Select(row => AnalysisView.PercentOrDash(row.ByInspection[index], row)));
            if (result.HasRatings)
            {
                cells.Add(AnalysisView.Overall(inspection));
            }

            inspections.Add(cells);
        }

        // As the 2011 report's Table 2: each inspection's headline scores.
        var inspectionHeadings = new List<string> { string.Empty, "Inspection", "Published", "Cases" };
        inspectionHeadings.AddRange(view.Scores.Select(row => row.Definition.Text));
        var scoreColumns = view.Scores.Count();
        if (result.HasRatings)
        {
            inspectionHeadings.Add("Overall rating");
        }

        Table(text, inspectionHeadings, inspections, rightAligned: index => index >= 3 && index <= 3 + scoreColumns);
        text.Append('\n');

        var nationalHeadings = new List<string> { view.RowHeading };
        nationalHeadings.AddRange(result.Inspections.Select((_, i) => $"[{i + 1}]"));
        nationalHeadings.Add("All (pooled)");
        nationalHeadings.Add("Range");
        var national = result.Rows.Select(row =>
        {
            var cells = new List<string> { AnalysisView.RowTitle(row) };
            cells.AddRange(row.ByInspection.Select(p => AnalysisView.PercentOrDash(p, row)));
            cells.Add(AnalysisView.Cell(row.All, row));
            cells.Add(AnalysisView.Range(row));
            return cells;
        }).ToList();
        Table(text, nationalHeadings, national, rightAligned: index => index > 0 && index < nationalHeadings.Count - 1);

        if (result.HasRatings)
        {
            text.Append('\n');
            var ratingHeadings = new List<string> { "Standard" };
            ratingHeadings.AddRange(result.Inspections.Select((_, i) => $"[{i + 1}]"));
            ratingHeadings.Add("Ratings");
            var ratings = view.RatedStandards.Select(s =>
            {
                var standard = result.Plan.Standards[s];
                var cells = new List<string> { $"{standard.Number} {standard.Text}" };
                cells.AddRange(result.Inspections.Select(i => AnalysisView.Rating(i, s)));
                cells.Add(view.RatingCounts(s));
                return cells;
            }).ToList();
            Table(text, ratingHeadings, ratings, rightAligned: _ => false);
        }

        output.Write(text.ToString());
    }

    private static void Notes(StringBuilder text, AnalysisView view)
    {
        if (view.Notes.Count == 0)
        {
            return;
        }

        text.Append('\n');
        foreach (var note in view.Notes)
        {
            var item = note.Row.Definition.Kind == AnalysisRowKind.Score ? $"Score {note.Row.Definition.Text}" : note.Row.Definition.Number;
            text.Append('[').Append(note.Number).Append("] ").Append(DisplayText.OneLine($"{item}: {note.Text}")).Append('\n');
        }
    }

    /// <summary>A table with a wrapped first column (the key question's wording) and other columns as wide as their widest cell.</summary>
    private static void Table(StringBuilder text, IReadOnlyList<string> headings, IReadOnlyList<List<string>> rows, Func<int, bool> rightAligned)
    {
        // Escaped before the widths are taken, so the columns line up with what is printed.
        headings = headings.Select(DisplayText.OneLine).ToList();
        rows = rows.Select(row => row.Select(DisplayText.OneLine).ToList()).ToList();
        var widths = headings.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => i == 0 ? Math.Min(r[i].Length, TitleWidth) : r[i].Length))).ToArray();
        Line(text, headings, widths, rightAligned);
        Line(text, widths.Select(w => new string('-', w)).ToList(), widths, _ => false);
        foreach (var row in rows)
        {
            // Continuation lines are indented under the wording, so they are that much narrower.
            const string continuation = "      ";
            var wrapped = PlainText.Wrap(row[0], widths[0], continuationIndent: continuation.Length);
            var first = new List<string>(row) { [0] = wrapped[0] };
            Line(text, first, widths, rightAligned);
            foreach (var more in wrapped.Skip(1))
            {
                Line(text, new[] { continuation + more }.Concat(row.Skip(1).Select(_ => string.Empty)).ToList(), widths, rightAligned);
            }
        }
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, int[] widths, Func<int, bool> rightAligned)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append("  ");
            }

            text.Append(rightAligned(i) ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        PlainText.EndLine(text);
    }
}
