using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using InspectFramework.Compiler.Model;
using InspectFramework.Runtime;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.Reports;

/// <summary>
/// One standalone HTML page laid out like the inspectorate's ratings page and results annex:
/// colour-coded ratings, a bar per key question drawn against the band thresholds, and the
/// professional discretion notes. Inline CSS, no scripts, no external resources.
/// </summary>
public static class HtmlReport
{
    // Bars and panels that carry no rating.
    private const string Neutral = "#1d70b8";

    internal const string Style = """
        :root { --ink: #0b0c0c; --muted: #505a5f; --rule: #b1b4b6; --panel: #f3f2f1; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.45 "Segoe UI", Arial, Helvetica, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1120px; margin: 0 auto; padding: 0 32px 48px; }
        header.masthead { background: #1d2d44; color: #fff; }
        header.masthead div { max-width: 1120px; margin: 0 auto; padding: 18px 32px 22px; }
        .publisher { margin: 0; font-size: 14px; letter-spacing: .06em; text-transform: uppercase; opacity: .85; }
        h1 { margin: 6px 0 2px; font-size: 34px; line-height: 1.15; }
        .subtitle { margin: 0; font-size: 17px; opacity: .9; }
        h2 { font-size: 24px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 3px solid var(--ink); }
        h3 { font-size: 20px; margin: 28px 0 10px; }
        .summary { display: grid; grid-template-columns: 300px 1fr; gap: 24px; margin-top: 28px; align-items: stretch; }
        .overall { color: #fff; padding: 18px 20px; border-radius: 4px; }
        .overall .label { font-size: 15px; text-transform: uppercase; letter-spacing: .05em; opacity: .9; }
        .overall .value { font-size: 30px; font-weight: 700; line-height: 1.2; margin: 4px 0 6px; }
        .overall .points { font-size: 16px; }
        dl.facts { margin: 0; display: grid; grid-template-columns: 150px 1fr; gap: 6px 16px; background: var(--panel); padding: 16px 20px; border-radius: 4px; font-size: 15px; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; }
        table.ratings td, table.ratings th { padding: 9px 12px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: middle; }
        table.ratings tr.domain th { background: var(--panel); font-size: 17px; }
        table.ratings td.number { width: 60px; color: var(--muted); }
        table.ratings td.points, table.ratings th.points { width: 90px; text-align: right; }
        td.rating-cell { width: 250px; text-align: right; white-space: nowrap; }
        .rating { display: inline-block; min-width: 210px; text-align: left; padding: 6px 12px; color: #fff; font-weight: 600; border-radius: 3px; }
        .rating.none { background: #fff; color: var(--muted); border: 1px dashed var(--rule); }
        .how { color: var(--muted); font-size: 14px; margin-left: 8px; }
        sup a { color: inherit; }
        .standard { border: 1px solid var(--rule); border-radius: 4px; margin: 16px 0; }
        .standard-head { display: flex; align-items: center; gap: 12px; padding: 12px 16px; background: var(--panel); }
        .standard-head .number { font-weight: 700; min-width: 40px; }
        .standard-head .title { font-weight: 700; font-size: 18px; flex: 1; }
        .statement { margin: 10px 16px 4px; color: var(--muted); font-style: italic; }
        table.questions td, table.questions th { padding: 8px 12px; border-top: 1px solid #e5e6e7; vertical-align: middle; }
        table.questions th { font-size: 13px; font-weight: 600; color: var(--muted); text-align: left; padding-top: 6px; padding-bottom: 4px; }
        table.questions .number { width: 64px; color: var(--muted); white-space: nowrap; padding-left: 16px; }
        table.questions .bar { width: 250px; }
        table.questions .percent { width: 64px; text-align: right; font-weight: 700; white-space: nowrap; }
        table.questions .count { width: 84px; text-align: right; color: var(--muted); font-size: 14px; white-space: nowrap; }
        table.questions .band { width: 190px; font-size: 14px; white-space: nowrap; }
        table.questions tr.deciding td.text { font-weight: 700; }
        .track { position: relative; height: 20px; background: #fff; border: 1px solid var(--rule); }
        .zone { position: absolute; top: 0; bottom: 0; opacity: .14; }
        .fill { position: absolute; top: 3px; bottom: 3px; left: 0; }
        .tick { position: absolute; top: -4px; bottom: -4px; border-left: 2px solid var(--ink); }
        .scale { position: relative; height: 16px; }
        .scale span { position: absolute; transform: translateX(-50%); font-size: 11px; font-weight: 400; }
        .scale span.first { transform: none; }
        .scale span.last { transform: translateX(-100%); }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
        .na { color: var(--muted); font-style: italic; }
        .overall .headline { display: flex; justify-content: space-between; gap: 12px; font-size: 17px; margin-top: 6px; }
        ol.notes li { margin-bottom: 10px; }
        .legend { color: var(--muted); font-size: 14px; }
        footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 13px; }
        """;

    public static void Write(TextWriter output, InspectionResult result, InspectionMetadata metadata)
    {
        var view = new ReportView(result, metadata);
        var model = result.Plan.Model;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Inspection results: ").Append(E(view.Service)).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header class=\"masthead\"><div>\n");
        html.Append("<p class=\"publisher\">").Append(E(model.Publisher)).Append("</p>\n");
        html.Append("<h1>").Append(E(view.Service)).Append("</h1>\n");
        html.Append("<p class=\"subtitle\">Inspection results: ").Append(E(model.Title)).Append("</p>\n");
        html.Append("</div></header>\n<main>\n");

        html.Append("<section class=\"summary\">\n");
        if (view.HasRatings)
        {
            var overall = view.Score.Overall;
            html.Append("<div class=\"overall\" style=\"background:").Append(overall is null ? "#505a5f" : view.Colour(overall)).Append("\">");
            html.Append("<div class=\"label\">Overall rating</div>");
            html.Append("<div class=\"value\" id=\"overall-rating\">").Append(overall is null ? "Not rated" : E(Label(view, overall))).Append("</div>");
            html.Append("<div class=\"points\">").Append(view.Score.TotalPoints is { } total ? $"{total} of {view.Score.MaxPoints} points" : E(view.OverallLine)).Append("</div>");
            html.Append("</div>\n");
        }
        else
        {
            // A framework of pooled scores only: the scores are its headline.
            html.Append("<div class=\"overall\" style=\"background:").Append(Neutral).Append("\"><div class=\"label\">Scores</div>");
            foreach (var (score, plan) in view.Scores)
            {
                html.Append("<div class=\"headline\"><span>").Append(E(score.Label)).Append("</span><strong>")
                    .Append(score.Percentage is { } p ? ReportView.Percent(p, plan.Decimals) : "-").Append("</strong></div>");
            }

            html.Append("</div>\n");
        }

        html.Append("<dl class=\"facts\">\n");
        Fact(html, "Framework", $"{model.Title} ({model.Name} version {model.Version})");
        Fact(html, "Content hash", model.ContentHash);
        if (metadata.Inspectorate is { } inspectorate)
        {
            Fact(html, "Inspectorate", inspectorate);
        }

        if (metadata.FieldworkStarted is { } started)
        {
            Fact(html, "Fieldwork", metadata.FieldworkEnded is { } ended ? $"{started} to {ended}" : $"from {started}");
        }

        if (metadata.Published is { } published)
        {
            Fact(html, "Published", published);
        }

        Fact(html, "Cases", view.CasesLine);
        html.Append("</dl>\n</section>\n");

        if (view.Score.Scores.Length > 0)
        {
            WriteScores(html, view);
        }

        if (view.HasRatings)
        {
            WriteRatings(html, view);
        }

        html.Append("<h2>Inspection results by key question</h2>\n");
        html.Append(view.HasRatings
            ? "<p class=\"legend\">Each bar is the percentage of applicable cases answered yes; the marks are the band thresholds. A standard takes the lowest band among its key questions; the key question that decided it is in bold.</p>\n"
            : "<p class=\"legend\">Each bar is the percentage of applicable cases answered yes.</p>\n");
        foreach (var domain in view.Domains)
        {
            html.Append("<h3>").Append(E(domain.Result.Number)).Append(". ").Append(E(domain.Result.Text)).Append("</h3>\n");
            foreach (var standard in domain.Standards)
            {
                WriteStandard(html, view, standard);
            }
        }

        if (view.Discretion.Any())
        {
            html.Append("<h2>Professional discretion</h2>\n<ol class=\"notes\">\n");
            foreach (var standard in view.Discretion)
            {
                html.Append("<li id=\"note-").Append(standard.Note).Append("\"><strong>").Append(E(standard.Plan.Number)).Append(' ').Append(E(standard.Plan.Text)).Append("</strong>: ")
                    .Append(E(ReportView.DiscretionSentence(standard))).Append('.');
                if (!string.IsNullOrWhiteSpace(standard.Score.Rationale))
                {
                    html.Append("<br>Rationale: ").Append(E(standard.Score.Rationale!));
                }

                html.Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        html.Append("<footer>Scored by InspectFramework from framework ").Append(E(model.Name)).Append(" version ").Append(E(model.Version))
            .Append(" (").Append(E(model.ContentHash)).Append("). Cases: ").Append(E(view.CasesLine)).Append(".</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void WriteScores(StringBuilder html, ReportView view)
    {
        html.Append("<h2>Scores</h2>\n");
        html.Append("<p class=\"legend\">Each score is the percentage of answers yes among the answers yes and no, pooled over every contributing key question and every case.</p>\n");
        html.Append("<table class=\"questions scores\">\n<tr><th>Score</th><th class=\"bar\"></th><th class=\"percent\">% yes</th><th class=\"count\">Yes / answers</th></tr>\n");
        foreach (var (score, plan) in view.Scores)
        {
            html.Append("<tr id=\"score-").Append(E(score.Name)).Append("\"><td class=\"text\">").Append(E(score.Label)).Append("</td>");
            if (score.Percentage is { } percentage)
            {
                html.Append("<td class=\"bar\">");
                PlainBar(html, percentage, plan.Decimals);
                html.Append("</td><td class=\"percent\">").Append(ReportView.Percent(percentage, plan.Decimals)).Append("</td>")
                    .Append("<td class=\"count\">").Append(score.YesCount).Append(" / ").Append(score.ApplicableCount).Append("</td>");
            }
            else
            {
                html.Append("<td class=\"na\" colspan=\"3\">No contributing key question applied to the cases inspected.</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void WriteRatings(StringBuilder html, ReportView view)
    {
        var result = view.Result;
        html.Append("<h2>Ratings</h2>\n<table class=\"ratings\">\n");
        foreach (var domain in view.Domains)
        {
            var points = domain.Result.Points is { } p ? $"{p} / {domain.Result.MaxPoints}" : "not rated";
            html.Append("<tr class=\"domain\"><th colspan=\"2\">").Append(E(domain.Result.Number)).Append(". ").Append(E(domain.Result.Text))
                .Append("</th><th class=\"points\">").Append(points).Append("</th></tr>\n");
            foreach (var standard in domain.Standards)
            {
                html.Append("<tr><td class=\"number\">").Append(E(standard.Plan.Number)).Append("</td><td>").Append(E(standard.Plan.Text));
                if (standard.Note is not null)
                {
                    html.Append("<span class=\"how\">raised from ").Append(E(standard.Score.Computed!.Label)).Append(" by professional discretion");
                    Note(html, standard);
                    html.Append("</span>");
                }

                html.Append("</td><td class=\"rating-cell\">");
                if (standard.IsNotRated)
                {
                    html.Append("<span class=\"rating none\">Not rated</span>");
                }
                else
                {
                    Badge(html, view, standard.Score.Final);
                }

                html.Append("</td></tr>\n");
            }
        }

        html.Append("</table>\n");
        html.Append("<p class=\"legend\">");
        foreach (var level in result.Plan.Levels.Reverse())
        {
            html.Append("<span class=\"swatch\" style=\"background:").Append(view.Colour(level)).Append("\"></span>").Append(E(Label(view, level))).Append(" (").Append(level.Points).Append(level.Points == 1 ? " point" : " points").Append(") &nbsp; ");
        }

        html.Append("</p>\n");
    }

    private static void WriteStandard(StringBuilder html, ReportView view, StandardView standard)
    {
        var plan = view.Result.Plan;
        html.Append("<div class=\"standard\" id=\"standard-").Append(E(standard.Plan.Number)).Append("\">\n<div class=\"standard-head\"><span class=\"number\">")
            .Append(E(standard.Plan.Number)).Append("</span><span class=\"title\">").Append(E(standard.Plan.Text)).Append("</span>");
        if (standard.Note is not null)
        {
            html.Append("<span class=\"how\">computed ").Append(E(standard.Score.Computed!.Label)).Append("</span>");
        }
        else if (standard.IsJudgement)
        {
            html.Append("<span class=\"how\">rated by inspectors' judgement</span>");
        }

        if (standard.IsNotRated)
        {
            html.Append("<span class=\"how\">not rated</span>");
        }
        else
        {
            Badge(html, view, standard.Score.Final);
        }

        Note(html, standard);
        html.Append("</div>\n");
        if (standard.Plan.Statement is { } statement)
        {
            html.Append("<p class=\"statement\">").Append(E(statement)).Append("</p>\n");
        }

        html.Append("<table class=\"questions\">\n");
        if (!standard.IsJudgement)
        {
            html.Append("<tr><th class=\"number\"></th><th>Key question</th><th class=\"bar\"><div class=\"scale\">");
            html.Append("<span class=\"first\" style=\"left:0\">0%</span>");
            foreach (var (edge, _) in standard.Thresholds)
            {
                html.Append("<span style=\"left:").Append(Css(edge)).Append("%\">").Append(ReportView.Percent(edge, standard.Decimals)).Append("</span>");
            }

            html.Append("<span class=\"last\" style=\"left:100%\">100%</span></div></th><th class=\"percent\">% yes</th><th class=\"count\">Yes / cases</th><th class=\"band\">Band</th></tr>\n");
        }

        foreach (var question in standard.Score.KeyQuestions)
        {
            var item = plan.Items.First(i => !i.IsPrompt && i.Number == question.Number && i.Standard == standard.Plan.Index);
            var deciding = question.Number == standard.DecidingKeyQuestion;
            html.Append(deciding ? "<tr class=\"deciding\">" : "<tr>");
            html.Append("<td class=\"number\">").Append(E(question.Number)).Append("</td>");
            if (standard.IsJudgement)
            {
                html.Append("<td class=\"text\" colspan=\"5\">").Append(E(item.Text)).Append("</td></tr>\n");
                continue;
            }

            html.Append("<td class=\"text\">").Append(E(item.Text)).Append("</td>");

            if (question.Percentage is { } percentage && question.Band is { } band)
            {
                html.Append("<td class=\"bar\">");
                Bar(html, view, standard, percentage, band);
                html.Append("</td><td class=\"percent\">").Append(ReportView.Percent(percentage, standard.Decimals)).Append("</td>")
                    .Append("<td class=\"count\">").Append(question.YesCount).Append(" / ").Append(question.ApplicableCount).Append("</td>")
                    .Append("<td class=\"band\"><span class=\"swatch\" style=\"background:").Append(view.Colour(band)).Append("\"></span>").Append(E(band.Label)).Append("</td>");
            }
            else if (question.Percentage is { } unbanded)
            {
                // A key question of a standard that is not rated: a percentage, no band.
                html.Append("<td class=\"bar\">");
                PlainBar(html, unbanded, standard.Decimals);
                html.Append("</td><td class=\"percent\">").Append(ReportView.Percent(unbanded, standard.Decimals)).Append("</td>")
                    .Append("<td class=\"count\">").Append(question.YesCount).Append(" / ").Append(question.ApplicableCount).Append("</td><td class=\"band\"></td>");
            }
            else if (item.Answers is AnswerKind.Text or AnswerKind.Number)
            {
                html.Append("<td class=\"na\" colspan=\"4\">Not answered yes or no.</td>");
            }
            else
            {
                html.Append("<td class=\"na\" colspan=\"4\">Not applicable for the cases inspected.</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    private static void Bar(StringBuilder html, ReportView view, StandardView standard, decimal percentage, RatingLevel band)
    {
        html.Append("<div class=\"track\" role=\"img\" aria-label=\"").Append(ReportView.Percent(percentage, standard.Decimals)).Append("\">");
        // Each band's zone runs to where the next band starts (64% to 65% belongs to the lower one).
        var bands = standard.Plan.Bands!.Bands.OrderBy(b => b.Low).ToList();
        for (var i = 0; i < bands.Count; i++)
        {
            var end = i + 1 < bands.Count ? bands[i + 1].Low : 100m;
            html.Append("<div class=\"zone\" style=\"left:").Append(Css(bands[i].Low)).Append("%;width:").Append(Css(System.Math.Max(0, end - bands[i].Low))).Append("%;background:")
                .Append(view.Colour(bands[i].Level)).Append("\"></div>");
        }

        html.Append("<div class=\"fill\" style=\"width:").Append(Css(percentage)).Append("%;background:").Append(view.Colour(band)).Append("\"></div>");
        foreach (var (edge, _) in standard.Thresholds)
        {
            html.Append("<div class=\"tick\" style=\"left:").Append(Css(edge)).Append("%\"></div>");
        }

        html.Append("</div>");
    }

    private static void PlainBar(StringBuilder html, decimal percentage, int decimals) =>
        html.Append("<div class=\"track\" role=\"img\" aria-label=\"").Append(ReportView.Percent(percentage, decimals)).Append("\">")
            .Append("<div class=\"fill\" style=\"width:").Append(Css(percentage)).Append("%;background:").Append(Neutral).Append("\"></div></div>");

    private static void Badge(StringBuilder html, ReportView view, RatingLevel? level)
    {
        if (level is null)
        {
            html.Append("<span class=\"rating none\">No rating</span>");
            return;
        }

        html.Append("<span class=\"rating\" style=\"background:").Append(view.Colour(level)).Append("\">").Append(E(Label(view, level))).Append("</span>");
    }

    private static void Note(StringBuilder html, StandardView standard)
    {
        if (standard.Note is { } note)
        {
            html.Append("<sup><a href=\"#note-").Append(note).Append("\">").Append(note).Append("</a></sup>");
        }
    }

    // The inspectorate marks its top rating with a star.
    private static string Label(ReportView view, RatingLevel level) => view.IsTop(level) ? level.Label + " \u2605" : level.Label;

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static string Css(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
