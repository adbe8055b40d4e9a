using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Tooling.Analysis;

namespace InspectFramework.Tooling.Reports;

/// <summary>The subgroup analysis as Markdown: the subgroup table, its notes, and the national view.</summary>
public static class AnalysisMarkdownReport
{
    public static void Write(TextWriter output, AnalysisResult result)
    {
        var view = new AnalysisView(result);
        var model = result.Plan.Model;
        var text = new StringBuilder();
        text.Append("# ").Append(E(view.Title)).Append("\n\n");
        text.Append("- Framework: ").Append(E(model.Title)).Append(" (`").Append(model.Name).Append("` version ").Append(E(model.Version)).Append(", `").Append(model.ContentHash).Append("`)\n");
        text.Append("- Inspections: ").Append(E(view.InspectionsLine)).Append('\n');
        text.Append("- Subgroups of `").Append(result.By.Fact.Name).Append("`: ").Append(E(view.SubgroupCasesLine)).Append("\n\n");
        text.Append("% yes (N) by subgroup; N counts the applicable answers, yes or no. Sig: \\*\\*\\* p < 0.001, \\*\\* p < 0.01, \\* p < 0.05, - not significant.\n\n");

        text.Append("## By ").Append(E(result.By.Fact.Label)).Append("\n\n");
        var headings = view.GroupHeadings;
        text.Append("| ").Append(E(view.RowHeading)).Append(" | ").Append(string.Join(" | ", headings.Select(E))).Append(" | Sig | Test |\n");
        text.Append("| --- |").Append(string.Concat(headings.Select(_ => " ---: |"))).Append(" :---: | --- |\n");
        foreach (var row in result.Rows)
        {
            var notes = string.Concat(view.NoteNumbers(row).Select(n => $" [{n}]"));
            text.Append("| ").Append(E(AnalysisView.RowTitle(row))).Append(" | ")
                .Append(string.Join(" | ", view.GroupCells(row).Select(c => AnalysisView.Cell(c, row))))
                .Append(" | ").Append(E(row.Stars)).Append(notes).Append(" | ").Append(E(AnalysisView.TestText(row, unicode: true))).Append(" |\n");
        }

        if (view.Notes.Count > 0)
        {
            text.Append('\n');
            foreach (var note in view.Notes)
            {
                var item = note.Row.Definition.Kind == AnalysisRowKind.Score ? $"Score {note.Row.Definition.Text}" : note.Row.Definition.Number;
                text.Append('[').Append(note.Number).Append("] ").Append(E(item)).Append(": ").Append(E(note.Text)).Append("  \n");
            }
        }

        text.Append("\n## National view\n\n");
        // As the 2011 report's Table 2: each inspection's headline scores.
        var scores = view.Scores.ToList();
        text.Append("| | Inspection | Published | Cases |").Append(string.Concat(scores.Select(r => $" {E(r.Definition.Text)} |"))).Append(result.HasRatings ? " Overall rating |" : string.Empty).Append('\n');
        text.Append("| --- | --- | --- | ---: |").Append(string.Concat(scores.Select(_ => " ---: |"))).Append(result.HasRatings ? " --- |" : string.Empty).Append('\n');
        for (var i = 0; i < result.Inspections.Length; i++)
        {
            var inspection = result.Inspections[i];
            text.Append("| [").Append(i + 1).Append("] | ").Append(E(inspection.Service)).Append(" | ").Append(E(inspection.Metadata.Published ?? "-")).Append(" | ")
                .Append(AnalysisView.Count(inspection.Result.CasesScored)).Append(" |");
            foreach (var score in scores)
            {
                text.Append(' ').Append(AnalysisView.PercentOrDash(score.ByInspection[i], score)).Append(" |");
            }

            if (result.HasRatings)
            {
                text.Append(' ').Append(E(AnalysisView.Overall(inspection))).Append(" |");
            }

            text.Append('\n');
        }

        var numbers = result.Inspections.Select((_, i) => $"[{i + 1}]").ToList();
        text.Append("\n| ").Append(view.RowHeading).Append(" | ").Append(string.Join(" | ", numbers)).Append(" | All (pooled) | Range |\n");
        text.Append("| --- |").Append(string.Concat(numbers.Select(_ => " ---: |"))).Append(" ---: | --- |\n");
        foreach (var row in result.Rows)
        {
            text.Append("| ").Append(E(AnalysisView.RowTitle(row))).Append(" | ")
                .Append(string.Join(" | ", row.ByInspection.Select(p => AnalysisView.PercentOrDash(p, row))))
                .Append(" | ").Append(AnalysisView.Cell(row.All, row)).Append(" | ").Append(AnalysisView.Range(row)).Append(" |\n");
        }

        if (result.HasRatings)
        {
            text.Append("\n| Standard | ").Append(string.Join(" | ", numbers)).Append(" | Ratings |\n");
            text.Append("| --- |").Append(string.Concat(numbers.Select(_ => " --- |"))).Append(" --- |\n");
            foreach (var s in view.RatedStandards)
            {
                var standard = result.Plan.Standards[s];
                text.Append("| ").Append(E($"{standard.Number} {standard.Text}")).Append(" | ")
                    .Append(string.Join(" | ", result.Inspections.Select(i => E(AnalysisView.Rating(i, s)))))
                    .Append(" | ").Append(E(view.RatingCounts(s))).Append(" |\n");
            }
        }

        output.Write(text.ToString());
    }

    private static string E(string text) => MarkdownText.Escape(text);
}
