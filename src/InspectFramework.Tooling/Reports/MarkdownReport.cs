using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.Reports;

/// <summary>The report as Markdown: the ratings table, then the results annex by domain. Every value from
/// the framework or the data goes through <see cref="MarkdownText"/>.</summary>
public static class MarkdownReport
{
    public static void Write(TextWriter output, InspectionResult result, InspectionMetadata metadata)
    {
        var view = new ReportView(result, metadata);
        var model = result.Plan.Model;
        var text = new StringBuilder();
        text.Append("# Inspection results: ").Append(Escape(view.Service)).Append("\n\n");
        text.Append("- Framework: ").Append(Escape(model.Title)).Append(" (`").Append(model.Name).Append("` version ").Append(Escape(model.Version)).Append(", `").Append(model.ContentHash).Append("`)\n");
        if (metadata.Published is { } published)
        {
            text.Append("- Published: ").Append(Escape(published)).Append('\n');
        }

        text.Append("- Cases: ").Append(Escape(view.CasesLine)).Append('\n');
        if (view.HasRatings)
        {
            text.Append("- **Overall rating: ").Append(Escape(view.OverallLine)).Append("**\n");
        }

        text.Append('\n');
        if (view.Score.Scores.Length > 0)
        {
            text.Append("## Scores\n\n");
            text.Append("Each score pools the answers yes and no over every contributing key question and every case.\n\n");
            text.Append("| Score | Yes | Answers | % yes |\n| --- | ---: | ---: | ---: |\n");
            foreach (var (score, plan) in view.Scores)
            {
                var percent = score.Percentage is { } p ? ReportView.Percent(p, plan.Decimals) : "- (none applied)";
                text.Append($"| {Escape(score.Label)} | {score.YesCount} | {score.ApplicableCount} | {percent} |\n");
            }

            text.Append('\n');
        }

        if (view.HasRatings)
        {
            Ratings(text, view);
        }

        text.Append("## Results by key question\n");
        foreach (var domain in view.Domains.Where(d => d.Standards.Any(s => !s.IsJudgement)))
        {
            text.Append($"\n### {domain.Result.Number} {Escape(domain.Result.Text)}\n\n");
            text.Append("| Key question | Yes | Cases | % yes | Band |\n| --- | ---: | ---: | ---: | --- |\n");
            foreach (var standard in domain.Standards.Where(s => !s.IsJudgement))
            {
                var rating = standard.IsNotRated ? "not rated" : Escape(standard.Score.Final?.Label ?? "no rating");
                var computed = standard.Note is { } note ? $" (computed {Escape(standard.Score.Computed!.Label)}) [^{note}]" : string.Empty;
                text.Append($"| **{standard.Plan.Number} {Escape(standard.Plan.Text)}: {rating}**{computed} | | | | |\n");
                foreach (var question in standard.Score.KeyQuestions)
                {
                    var item = result.Plan.Items.First(i => !i.IsPrompt && i.Number == question.Number && i.Standard == standard.Plan.Index);
                    var deciding = question.Number == standard.DecidingKeyQuestion ? " **(deciding)**" : string.Empty;
                    if (question.Percentage is { } percentage)
                    {
                        text.Append($"| {question.Number} {Escape(item.Text)} | {question.YesCount} | {question.ApplicableCount} | {ReportView.Percent(percentage, standard.Decimals)} | {Escape(question.Band?.Label ?? "-")}{deciding} |\n");
                    }
                    else if (item.Answers is AnswerKind.Text or AnswerKind.Number)
                    {
                        text.Append($"| {question.Number} {Escape(item.Text)} | - | - | - | Not answered yes or no |\n");
                    }
                    else
                    {
                        text.Append($"| {question.Number} {Escape(item.Text)} | - | 0 | - | Not applicable for the cases inspected |\n");
                    }
                }
            }
        }

        if (view.Discretion.Any())
        {
            text.Append('\n');
            foreach (var standard in view.Discretion)
            {
                text.Append($"[^{standard.Note}]: {standard.Plan.Number} {Escape(standard.Plan.Text)}: {Escape(ReportView.DiscretionSentence(standard))}.");
                if (!string.IsNullOrWhiteSpace(standard.Score.Rationale))
                {
                    text.Append(" Rationale: ").Append(Escape(standard.Score.Rationale!));
                }

                text.Append('\n');
            }
        }

        output.Write(text.ToString());
    }

    private static void Ratings(StringBuilder text, ReportView view)
    {
        text.Append("## Ratings\n\n");
        text.Append("| Standard | Rating | Points |\n| --- | --- | ---: |\n");
        foreach (var domain in view.Domains)
        {
            var points = domain.Result.Points is { } p ? $"{p} / {domain.Result.MaxPoints}" : "not rated";
            text.Append($"| **{domain.Result.Number} {Escape(domain.Result.Text)}** | | **{points}** |\n");
            foreach (var standard in domain.Standards)
            {
                var rating = standard.IsNotRated ? "not rated" : Escape(standard.Score.Final?.Label ?? "no rating");
                var how = standard.IsJudgement ? " (judgement)" : standard.Note is { } note ? $" [^{note}]" : string.Empty;
                text.Append($"| {standard.Plan.Number} {Escape(standard.Plan.Text)} | {rating}{how} | {standard.Score.Final?.Points.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} |\n");
            }
        }

        text.Append('\n');
    }

    private static string Escape(string text) => MarkdownText.Escape(text);
}
