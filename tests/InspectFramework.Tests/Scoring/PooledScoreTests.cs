using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InspectFramework.Runtime;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Reports;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>Pooled scores in the evaluator (docs/scoring.md, "Pooled scores"), against counts worked out by hand.</summary>
public sealed class PooledScoreTests
{
    /// <summary>Two scores; 1.1.2 feeds both. No scale, bands or overall rule.</summary>
    internal const string Framework = """
        framework pooled_tiny {
          title "Pooled tiny"
          version "1"
          publisher "Test inspectorate"
          effective 2009-04-01
        }

        score safeguarding "Safeguarding"
        score risk "Risk of Harm to others" rounded half_up to 1 decimals

        case type community "Community sentence"

        fact mappa "MAPPA case" boolean

        domain 1 work "Work" for community {
          standard 1.1 assessment "Assessment" {
            statement "Assessment is good."
            not rated

            key question 1.1.1 screening "Was the screening on time?" {
              contributes to safeguarding
            }

            key question 1.1.2 rosh "Was the RoSH screening on time?" {
              contributes to safeguarding, risk
              answers yes_no_na
            }

            key question 1.1.3 referral "Was the MAPPA referral timely?" when mappa {
              contributes to risk
            }

            key question 1.1.4 notes "What was recorded?" {
              answers text
            }
          }
        }
        """;

    private static readonly ScoringPlan Plan = Scoring.Plan(Framework);

    private static RecordedCase Case(string id, string screening, string rosh, bool mappa, string? referral = null)
    {
        var answers = new List<CaseAnswer>
        {
            new("work.assessment.screening", screening),
            new("work.assessment.rosh", rosh),
            new("work.assessment.notes", "Notes."),
        };
        if (referral is not null)
        {
            answers.Add(new("work.assessment.referral", referral));
        }

        return new RecordedCase(id, "community", new[] { new FactValue("mappa", mappa) }, answers);
    }

    // Five cases, counted by hand:
    //   1.1.1 screening: yes A C D, no B E                -> 3 of 5
    //   1.1.2 rosh:      yes A D E, no C, B not applicable -> 3 of 4
    //   1.1.3 referral:  applies to A C E (MAPPA): yes C  -> 1 of 3
    // Safeguarding = 1.1.1 + 1.1.2 = 6 of 9 = 66.67%, half up to 0 decimals: 67%.
    // Risk         = 1.1.2 + 1.1.3 = 4 of 7 = 57.142...%, half up to 1 decimal: 57.1%.
    private static readonly RecordedCase[] FiveCases =
    {
        Case("A", "yes", "yes", mappa: true, referral: "no"),
        Case("B", "no", "not_applicable", mappa: false),
        Case("C", "yes", "no", mappa: true, referral: "yes"),
        Case("D", "yes", "yes", mappa: false),
        Case("E", "no", "yes", mappa: true, referral: "no"),
    };

    private static (InspectionResult Result, InspectionMetadata Metadata) Score(IEnumerable<RecordedCase> cases)
    {
        var path = Path.Combine(Path.GetTempPath(), $"inspect-pooled-{Guid.NewGuid():N}.json");
        try
        {
            using (var stream = File.Create(path))
            using (var writer = new InspectionWriter(stream, Plan, new InspectionMetadata("Pooled service", null, null, null, null, null), Array.Empty<RatingDecision>(), Array.Empty<RatingDecision>()))
            {
                foreach (var recorded in cases)
                {
                    writer.WriteCase(recorded);
                }
            }

            return Scoring.File(Plan, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Scores_pool_the_answers_of_every_contributing_key_question_and_case()
    {
        var result = Score(FiveCases).Result;

        Assert.True(result.IsScored, Scoring.Problems(result));
        var score = result.Score!;
        Assert.Equal(
            new[] { new PooledScore("safeguarding", "Safeguarding", 6, 9, 67m), new PooledScore("risk", "Risk of Harm to others", 4, 7, 57.1m) },
            score.Scores);
    }

    [Fact]
    public void A_framework_that_rates_nothing_has_no_points_and_no_overall_rating()
    {
        var score = Score(FiveCases).Result.Score!;

        Assert.Null(score.Overall);
        Assert.Null(score.TotalPoints);
        Assert.Equal(0, score.MaxPoints);
        var standard = Assert.Single(score.Standards);
        Assert.Equal(StandardRatingKind.NotRated, standard.Kind);
        Assert.Null(standard.Computed);
        Assert.Null(standard.Final);
    }

    [Fact]
    public void Key_questions_of_a_standard_that_is_not_rated_have_percentages_rounded_half_up_and_no_band()
    {
        var standard = Score(FiveCases).Result.Score!.Standards.Single();

        Assert.Equal(
            new[] { ("1.1.1", 3, 5, (decimal?)60m), ("1.1.2", 3, 4, 75m), ("1.1.3", 1, 3, 33m), ("1.1.4", 0, 0, null) },
            standard.KeyQuestions.Select(k => (k.Number, k.YesCount, k.ApplicableCount, k.Percentage)));
        Assert.All(standard.KeyQuestions, k => Assert.Null(k.Band));
    }

    [Fact]
    public void A_score_nothing_applied_to_has_no_percentage()
    {
        // No MAPPA case and every RoSH screening not applicable: nothing feeds Risk of Harm.
        var result = Score(new[] { Case("A", "yes", "not_applicable", mappa: false), Case("B", "no", "not_applicable", mappa: false) }).Result;

        Assert.True(result.IsScored, Scoring.Problems(result));
        Assert.Equal(new PooledScore("risk", "Risk of Harm to others", 0, 0, null), result.Score!.Scores[1]);
        Assert.Equal(new PooledScore("safeguarding", "Safeguarding", 1, 2, 50m), result.Score.Scores[0]);
    }

    /// <summary>The tiny youth-style framework with standard 2.2 not rated: two rated standards, 0 to 6 points.</summary>
    private static ScoringPlan MixedPlan() => Scoring.Plan(TinyInspection.Framework.Replace("ROUNDING", "half_up", StringComparison.Ordinal)
        .Replace("    statement \"Planning is good.\"\n    rated by lowest key question in kq", "    statement \"Planning is good.\"\n    not rated", StringComparison.Ordinal)
        .Replace("inadequate 0 to 2\n  requires_improvement 3 to 5\n  good 6 to 7\n  outstanding 8 to 9", "inadequate 0 to 1\n  requires_improvement 2 to 3\n  good 4 to 5\n  outstanding 6 to 6", StringComparison.Ordinal));

    [Fact]
    public void In_a_framework_with_rated_standards_those_not_rated_give_no_points()
    {
        var plan = MixedPlan();
        Assert.Equal(2, plan.RatedStandards);
        Assert.Equal(6, plan.MaxPoints);

        var session = new InspectionSession(plan);
        session.RecordJudgement("organisation.leadership", "good", null, null);
        var result = session.Complete();

        Assert.True(result.IsScored, Scoring.Problems(result));

        // Leadership Good (2) + assessment (no case: no rating) -> no total; planning is not rated.
        var planning = result.Score!.Standards.Single(s => s.Number == "2.2");
        Assert.Equal(StandardRatingKind.NotRated, planning.Kind);
        Assert.Null(planning.Final);
        Assert.Equal(2, result.Domains[0].Points);
        Assert.Equal(3, result.Domains[1].MaxPoints);
    }

    [Fact]
    public void A_judgement_or_discretion_for_a_standard_that_is_not_rated_is_refused()
    {
        var session = new InspectionSession(MixedPlan());
        session.RecordJudgement("organisation.leadership", "good", null, null);
        session.RecordJudgement("court_work.planning", "good", null, null);
        session.RequestDiscretion("court_work.planning", "good", "Because.", null);
        var result = session.Complete();

        Assert.False(result.IsScored);
        Assert.Equal(new[] { "IV0206", "IV0006" }, result.Problems.Select(p => p.Code));
        Assert.Equal("Standard 2.2 is not rated: it is reported as key question percentages only. Remove the judgement.", result.Problems[0].Message);
        Assert.Contains("the standard is not rated, so it has no rating to move", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pooled_scores_in_a_rated_framework_are_the_sums_of_their_key_questions_counts()
    {
        // The youth-style tiny framework with a score fed by two key questions of a computed standard.
        var text = TinyInspection.Framework.Replace("ROUNDING", "half_up", StringComparison.Ordinal)
            .Replace("case type court", "score assessment \"Assessment\"\ncase type court", StringComparison.Ordinal)
            .Replace("prompt (a) strengths", "contributes to assessment\n      prompt (a) strengths", StringComparison.Ordinal)
            .Replace("answers yes_no_na", "answers yes_no_na\n      contributes to assessment", StringComparison.Ordinal);
        var tiny = new TinyInspection();
        var plan = Scoring.Plan(text);
        tiny.Court("A", desistance: "yes", review: "no");
        tiny.Court("B", desistance: "no", review: "not_applicable");
        tiny.Court("C", desistance: "yes", review: "yes", sanctions: 2);
        var path = Path.Combine(Path.GetTempPath(), $"inspect-pooled-{Guid.NewGuid():N}.json");
        try
        {
            using (var stream = File.Create(path))
            using (var writer = new InspectionWriter(stream, plan, new InspectionMetadata("Test", null, null, null, null, null), tiny.Judgements, tiny.Discretion))
            {
                foreach (var recorded in tiny.Cases)
                {
                    writer.WriteCase(recorded);
                }
            }

            var result = Scoring.File(plan, path).Result;
            Assert.True(result.IsScored, Scoring.Problems(result));

            // 2.1.1: 2 of 3; 2.1.3: 1 of 2 (B not applicable): 3 of 5 = 60%.
            Assert.Equal(new PooledScore("assessment", "Assessment", 3, 5, 60m), Assert.Single(result.Score!.Scores));

            // Ratings as without the score: leadership Good (2), assessment Requires improvement
            // (2.1.3 at 50%: 1), planning Outstanding (2.2.1, C only: 3); 6 of 9 points is Good.
            Assert.Equal(6, result.Score.TotalPoints);
            Assert.Equal(9, result.Score.MaxPoints);
            Assert.Equal("Good", result.Score.Overall!.Label);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_framework_without_scores_has_none_in_its_result()
    {
        var tiny = new TinyInspection();
        tiny.Desistance(yes: 13, count: 20);
        Assert.Empty(tiny.Score().Score!.Scores);
    }

    [Fact]
    public void The_text_and_markdown_reports_show_the_scores_and_no_ratings()
    {
        var (result, metadata) = Score(FiveCases);
        var text = new StringWriter();
        TextReport.Write(text, result, metadata);
        var markdown = new StringWriter();
        MarkdownReport.Write(markdown, result, metadata);

        Assert.DoesNotContain("OVERALL RATING", text.ToString(), StringComparison.Ordinal);
        Snapshot.Verify(text.ToString(), "pooled.report", "txt");
        Snapshot.Verify(markdown.ToString(), "pooled.report", "md");
    }

    [Fact]
    public void The_json_report_lists_the_scores()
    {
        var (result, metadata) = Score(FiveCases);
        using var stream = new MemoryStream();
        JsonReport.Write(stream, result, metadata, result.Problems);
        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var root = document.RootElement;

        var scores = root.GetProperty("scores").EnumerateArray().Select(s => (s.GetProperty("name").GetString()!, s.GetProperty("yes").GetInt32(), s.GetProperty("applicable").GetInt32(), s.GetProperty("percentage").GetDecimal())).ToList();
        Assert.Equal(new[] { ("safeguarding", 6, 9, 67m), ("risk", 4, 7, 57.1m) }, scores);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("overall").GetProperty("rating").ValueKind);
        Assert.Empty(root.GetProperty("overall").GetProperty("standards_without_rating").EnumerateArray());
        var standard = root.GetProperty("domains")[0].GetProperty("standards")[0];
        Assert.Equal("not_rated", standard.GetProperty("rated_by").GetString());
        Assert.Equal(JsonValueKind.Null, standard.GetProperty("key_questions")[0].GetProperty("band").ValueKind);
    }

    [Fact]
    public void The_html_report_shows_the_scores_as_its_headline()
    {
        var (result, metadata) = Score(FiveCases);
        var html = new StringWriter();
        HtmlReport.Write(html, result, metadata);
        var page = html.ToString();

        Assert.Contains("<div class=\"headline\"><span>Risk of Harm to others</span><strong>57.1%</strong></div>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Scores</h2>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Ratings</h2>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Overall rating", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"count\">6 / 9</td>", page, StringComparison.Ordinal);
    }
}
