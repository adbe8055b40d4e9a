using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.Reports;

/// <summary>The default report: a plain-text table for a terminal, 100 columns wide, ASCII only.
/// Every value from the framework or the data goes through <see cref="DisplayText.OneLine"/>, so none
/// can start a line of its own (a forged rating line) or send escape sequences to the terminal.</summary>
public static class TextReport
{
    private const int TitleWidth = 62;

    public static void Write(TextWriter output, InspectionResult result, InspectionMetadata metadata)
    {
        var view = new ReportView(result, metadata);
        var text = new StringBuilder();
        var model = result.Plan.Model;
        text.Append("Inspection results: ").Append(DisplayText.OneLine(view.Service)).Append('\n');
        text.Append("Framework   ").Append(DisplayText.OneLine(model.Title)).Append('\n');
        text.Append("            ").Append(DisplayText.OneLine(view.FrameworkLine)).Append('\n');
        if (metadata.Published is { } published)
        {
            text.Append("Published   ").Append(DisplayText.OneLine(published)).Append('\n');
        }

        text.Append("Cases       ").Append(DisplayText.OneLine(view.CasesLine)).Append('\n');
        text.Append('\n');
        if (view.HasRatings)
        {
            text.Append("OVERALL RATING: ").Append(DisplayText.OneLine(view.OverallLine)).Append('\n');
            text.Append('\n');
        }

        if (view.Score.Scores.Length > 0)
        {
            // Pooled over key questions and cases: the counts are answers, not cases.
            Row(text, "Score", "Yes/total", "% yes", string.Empty);
            Row(text, new string('-', TitleWidth), new string('-', 9), new string('-', 7), string.Empty);
            foreach (var (score, plan) in view.Scores)
            {
                Row(text, Fit(score.Label, TitleWidth), $"{score.YesCount}/{score.ApplicableCount}", score.Percentage is { } p ? ReportView.Percent(p, plan.Decimals) : "-",
                    score.Percentage is null ? "no contributing key question applied" : string.Empty);
            }

            text.Append('\n');
        }

        Row(text, "Standard / key question", "Yes/cases", "% yes", view.HasRatings ? "Rating" : string.Empty);
        Row(text, new string('-', TitleWidth), new string('-', 9), new string('-', 7), view.HasRatings ? new string('-', 20) : string.Empty);
        foreach (var domain in view.Domains)
        {
            var points = domain.Result.Points is { } p ? $"{p} of {domain.Result.MaxPoints} points" : view.HasRatings ? "not rated" : string.Empty;
            Row(text, Fit($"{domain.Result.Number}  {domain.Result.Text}", TitleWidth), string.Empty, string.Empty, points);
            foreach (var standard in domain.Standards)
            {
                var score = standard.Score;
                var rating = standard.IsNotRated ? (view.HasRatings ? "not rated" : string.Empty) : score.Final?.Label ?? "no rating";
                if (standard.IsJudgement)
                {
                    rating += "  (judgement)";
                }
                else if (standard.Note is { } note)
                {
                    rating += $"  [{note}] discretion";
                }

                Row(text, Fit($"  {standard.Plan.Number}  {standard.Plan.Text}", TitleWidth), string.Empty, string.Empty, rating);
                if (standard.IsJudgement)
                {
                    continue;
                }

                foreach (var question in score.KeyQuestions)
                {
                    var item = result.Plan.Items.First(i => !i.IsPrompt && i.Number == question.Number && i.Standard == standard.Plan.Index);
                    // The published wording in full, wrapped; the figures go on its first line.
                    var prefix = $"      {question.Number}  ";
                    var lines = PlainText.Wrap(item.Text, TitleWidth - prefix.Length);
                    if (question.Percentage is { } percentage)
                    {
                        var band = (question.Band?.Label ?? string.Empty) + (question.Number == standard.DecidingKeyQuestion ? "  <" : string.Empty);
                        Row(text, prefix + lines[0], $"{question.YesCount}/{question.ApplicableCount}", ReportView.Percent(percentage, standard.Decimals), band);
                    }
                    else if (item.Answers is AnswerKind.Text or AnswerKind.Number)
                    {
                        Row(text, prefix + lines[0], "-", "-", "not answered yes or no");
                    }
                    else
                    {
                        Row(text, prefix + lines[0], "-", "-", "not applicable for the cases inspected");
                    }

                    foreach (var line in lines.Skip(1))
                    {
                        Row(text, new string(' ', prefix.Length) + line, string.Empty, string.Empty, string.Empty);
                    }
                }
            }
        }

        text.Append('\n');
        if (view.Standards.Any(s => s.DecidingKeyQuestion is not null))
        {
            text.Append("< the key question that decided the standard's rating (its lowest band and percentage)\n");
        }

        foreach (var standard in view.Discretion)
        {
            text.Append(DisplayText.OneLine($"[{standard.Note}] {standard.Plan.Number} {standard.Plan.Text}: {ReportView.DiscretionSentence(standard)}.")).Append('\n');
            if (!string.IsNullOrWhiteSpace(standard.Score.Rationale))
            {
                text.Append("    Rationale: ").Append(DisplayText.OneLine(standard.Score.Rationale)).Append('\n');
            }
        }

        output.Write(text.ToString());
    }

    private static void Row(StringBuilder text, string title, string counts, string percent, string rating)
    {
        text.Append(DisplayText.OneLine(title).PadRight(TitleWidth)).Append(' ')
            .Append(counts.PadLeft(9)).Append(' ')
            .Append(percent.PadLeft(7)).Append("  ")
            .Append(DisplayText.OneLine(rating));
        PlainText.EndLine(text);
    }

    private static string Fit(string text, int width) =>
        text.Length <= width ? text : text.Substring(0, width - 3).TrimEnd() + "...";
}
