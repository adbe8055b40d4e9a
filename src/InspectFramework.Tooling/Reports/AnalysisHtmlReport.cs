using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Tooling.Analysis;

namespace InspectFramework.Tooling.Reports;

/// <summary>
/// The subgroup analysis as one standalone HTML page in the score report's style (its stylesheet,
/// masthead and facts panel): the subgroup table with stars and tests, its notes, and the national
/// view; wide tables (many subgroups or inspections) scroll sideways. Inline CSS, no scripts, no
/// external resources.
/// </summary>
public static class AnalysisHtmlReport
{
    private const string Style = """
        .scroll { overflow-x: auto; }
        table.analysis { margin: 8px 0 12px; font-size: 15px; }
        table.analysis th, table.analysis td { padding: 7px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        table.analysis thead th { font-size: 13px; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--ink); vertical-align: bottom; }
        table.analysis td.number { width: 56px; color: var(--muted); white-space: nowrap; }
        table.analysis .figure { text-align: right; white-space: nowrap; }
        table.analysis .figure .n { display: block; color: var(--muted); font-size: 13px; }
        table.analysis .figure.empty { color: var(--muted); }
        table.analysis .stars { text-align: center; font-weight: 700; white-space: nowrap; }
        table.analysis .test { color: var(--muted); font-size: 13px; min-width: 270px; }
        table.analysis tr.score td { background: var(--panel); font-weight: 600; }
        """;

    public static void Write(TextWriter output, AnalysisResult result)
    {
        var view = new AnalysisView(result);
        var model = result.Plan.Model;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(view.Title)).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlReport.Style).Append('\n').Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header class=\"masthead\"><div>\n");
        html.Append("<p class=\"publisher\">").Append(E(model.Publisher)).Append("</p>\n");
        html.Append("<h1>").Append(E(view.Title)).Append("</h1>\n");
        html.Append("<p class=\"subtitle\">").Append(E(model.Title)).Append("</p>\n");
        html.Append("</div></header>\n<main>\n");

        html.Append("<dl class=\"facts\" style=\"margin-top:28px\">\n");
        Fact(html, "Framework", $"{model.Title} ({model.Name} version {model.Version})");
        Fact(html, "Content hash", model.ContentHash);
        Fact(html, "Inspections", view.InspectionsLine);
        Fact(html, "Subgroups", $"{view.FactTitle}: {view.SubgroupCasesLine}");
        html.Append("</dl>\n");

        html.Append("<h2>By ").Append(E(result.By.Fact.Label)).Append("</h2>\n");
        html.Append("<p class=\"legend\">% yes and N (the applicable answers, yes or no) for each subgroup. Significance of the difference between the subgroups: *** p &lt; 0.001, ** p &lt; 0.01, * p &lt; 0.05, - not significant.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"analysis\" id=\"subgroups\">\n<thead><tr><th></th><th>").Append(E(view.RowHeading)).Append("</th>");
        foreach (var heading in view.GroupHeadings)
        {
            html.Append("<th class=\"figure\">").Append(E(heading)).Append("</th>");
        }

        html.Append("<th class=\"stars\">Sig</th><th class=\"test\">Test</th></tr></thead>\n<tbody>\n");
        foreach (var row in result.Rows)
        {
            Open(html, row);
            foreach (var cell in view.GroupCells(row))
            {
                Figure(html, cell, row);
            }

            html.Append("<td class=\"stars\">").Append(E(row.Stars));
            foreach (var note in view.NoteNumbers(row))
            {
                html.Append("<sup><a href=\"#analysis-note-").Append(note).Append("\">").Append(note).Append("</a></sup>");
            }

            html.Append("</td><td class=\"test\">").Append(E(AnalysisView.TestText(row, unicode: true))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        if (view.Notes.Count > 0)
        {
            html.Append("<ol class=\"notes\">\n");
            foreach (var note in view.Notes)
            {
                var item = note.Row.Definition.Kind == AnalysisRowKind.Score ? $"Score {note.Row.Definition.Text}" : note.Row.Definition.Number;
                html.Append("<li id=\"analysis-note-").Append(note.Number).Append("\"><strong>").Append(E(item)).Append("</strong>: ").Append(E(note.Text)).Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        html.Append("<h2>National view</h2>\n");
        // As the 2011 report's Table 2: each inspection's headline scores.
        var scores = view.Scores.ToList();
        html.Append("<div class=\"scroll\"><table class=\"analysis\" id=\"inspections\">\n<thead><tr><th></th><th>Inspection</th><th>Published</th><th class=\"figure\">Cases</th>");
        foreach (var score in scores)
        {
            html.Append("<th class=\"figure\">").Append(E(score.Definition.Text)).Append("</th>");
        }

        if (result.HasRatings)
        {
            html.Append("<th>Overall rating</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < result.Inspections.Length; i++)
        {
            var inspection = result.Inspections[i];
            html.Append("<tr><td class=\"number\">[").Append(i + 1).Append("]</td><td>").Append(E(inspection.Service)).Append("</td><td>").Append(E(inspection.Metadata.Published ?? "-"))
                .Append("</td><td class=\"figure\">").Append(AnalysisView.Count(inspection.Result.CasesScored)).Append("</td>");
            foreach (var score in scores)
            {
                html.Append("<td class=\"figure\">").Append(AnalysisView.PercentOrDash(score.ByInspection[i], score)).Append("</td>");
            }

            if (result.HasRatings)
            {
                html.Append("<td>").Append(E(AnalysisView.Overall(inspection))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        html.Append("<p class=\"legend\">% yes in each inspection, pooled over all of them (with N), and the range between inspections.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"analysis\" id=\"national\">\n<thead><tr><th></th><th>").Append(E(view.RowHeading)).Append("</th>");
        for (var i = 0; i < result.Inspections.Length; i++)
        {
            html.Append("<th class=\"figure\">[").Append(i + 1).Append("]</th>");
        }

        html.Append("<th class=\"figure\">All (pooled)</th><th class=\"figure\">Range</th></tr></thead>\n<tbody>\n");
        foreach (var row in result.Rows)
        {
            Open(html, row);
            foreach (var proportion in row.ByInspection)
            {
                html.Append("<td class=\"figure\">").Append(AnalysisView.PercentOrDash(proportion, row)).Append("</td>");
            }

            Figure(html, row.All, row);
            html.Append("<td class=\"figure\">").Append(E(AnalysisView.Range(row))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        if (result.HasRatings)
        {
            html.Append("<div class=\"scroll\"><table class=\"analysis\" id=\"ratings\">\n<thead><tr><th></th><th>Standard</th>");
            for (var i = 0; i < result.Inspections.Length; i++)
            {
                html.Append("<th>[").Append(i + 1).Append("]</th>");
            }

            html.Append("<th>Ratings</th></tr></thead>\n<tbody>\n");
            foreach (var s in view.RatedStandards)
            {
                var standard = result.Plan.Standards[s];
                html.Append("<tr><td class=\"number\">").Append(E(standard.Number)).Append("</td><td>").Append(E(standard.Text)).Append("</td>");
                foreach (var inspection in result.Inspections)
                {
                    html.Append("<td>").Append(E(AnalysisView.Rating(inspection, s))).Append("</td>");
                }

                html.Append("<td>").Append(E(view.RatingCounts(s))).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table></div>\n");
        }

        html.Append("<footer>Analysed by InspectFramework from framework ").Append(E(model.Name)).Append(" version ").Append(E(model.Version))
            .Append(" (").Append(E(model.ContentHash)).Append("). ").Append(E(view.InspectionsLine)).Append(".</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void Open(StringBuilder html, AnalysisRow row)
    {
        var score = row.Definition.Kind == AnalysisRowKind.Score;
        html.Append(score ? "<tr class=\"score\">" : "<tr>")
            .Append("<td class=\"number\">").Append(score ? string.Empty : E(row.Definition.Number)).Append("</td><td>")
            .Append(E(score ? $"Score: {row.Definition.Text}" : row.Definition.Text)).Append("</td>");
    }

    private static void Figure(StringBuilder html, Proportion proportion, AnalysisRow row)
    {
        if (proportion.Percent(row.Definition) is not { } percent)
        {
            html.Append("<td class=\"figure empty\">-</td>");
            return;
        }

        html.Append("<td class=\"figure\">").Append(AnalysisView.Percent(percent, row.Definition.Decimals))
            .Append("<span class=\"n\">").Append(AnalysisView.Count(proportion.Total)).Append("</span></td>");
    }

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static string E(string text) => HtmlReport.E(text);
}
