using System.Linq;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>The scoring rules of docs/scoring.md at their edges, on a small framework.</summary>
public sealed class EvaluatorTests
{
    [Fact]
    public void Exactly_65_percent_is_good()
    {
        var tiny = new TinyInspection();
        tiny.Desistance(yes: 13, count: 20);
        var result = tiny.Score();

        Assert.True(result.IsScored, Scoring.Problems(result));
        var question = TinyInspection.Question(result, "2.1.1");
        Assert.Equal(65m, question.Percentage);
        Assert.Equal("Good", question.Band!.Label);
    }

    [Fact]
    public void A_percentage_ending_in_a_half_is_rounded_up_under_half_up()
    {
        var tiny = new TinyInspection("half_up");
        tiny.Desistance(yes: 129, count: 200); // 64.5%
        var question = TinyInspection.Question(tiny.Score(), "2.1.1");

        Assert.Equal(65m, question.Percentage);
        Assert.Equal("Good", question.Band!.Label);
    }

    [Fact]
    public void A_percentage_ending_in_a_half_is_rounded_to_even_under_half_even()
    {
        var tiny = new TinyInspection("half_even");
        tiny.Desistance(yes: 129, count: 200); // 64.5%
        var question = TinyInspection.Question(tiny.Score(), "2.1.1");

        Assert.Equal(64m, question.Percentage);
        Assert.Equal("Requires improvement", question.Band!.Label);
    }

    [Fact]
    public void Luton_style_61_9_percent_is_shown_as_62_and_banded_requires_improvement()
    {
        var tiny = new TinyInspection();
        tiny.Desistance(yes: 13, count: 21);
        var question = TinyInspection.Question(tiny.Score(), "2.1.1");

        Assert.Equal(62m, question.Percentage);
        Assert.Equal("Requires improvement", question.Band!.Label);
    }

    [Fact]
    public void A_key_question_with_no_applicable_case_has_no_percentage_and_drops_out_of_its_standard()
    {
        var tiny = new TinyInspection();
        tiny.Court("A", desistance: "yes", risk: "low");
        tiny.Court("B", desistance: "no", risk: "low", review: "yes");
        var result = tiny.Score();

        Assert.True(result.IsScored, Scoring.Problems(result));
        var others = TinyInspection.Question(result, "2.1.2");
        Assert.True(others.NotApplicableForCasesInspected);
        Assert.Null(others.Percentage);
        Assert.Null(others.Band);

        // 2.1.1 is 50% (Requires improvement), 2.1.3 100%: the standard takes 2.1.1's band.
        var assessment = result.Score!.Standards.Single(s => s.Number == "2.1");
        Assert.Equal("Requires improvement", assessment.Final!.Label);
        Assert.Equal(50m, assessment.DecidingPercentage);
    }

    [Fact]
    public void An_inspectors_not_applicable_leaves_the_denominator()
    {
        var tiny = new TinyInspection();
        tiny.Court("A", review: "yes");
        tiny.Court("B", review: "no");
        tiny.Court("C", review: "not_applicable");
        var review = TinyInspection.Question(tiny.Score(), "2.1.3");

        Assert.Equal((1, 2), (review.YesCount, review.ApplicableCount));
        Assert.Equal(50m, review.Percentage);
    }

    [Fact]
    public void A_standard_whose_key_questions_all_do_not_apply_has_no_rating_and_there_is_no_total()
    {
        var tiny = new TinyInspection();
        tiny.Court("A", sanctions: 0);
        var result = tiny.Score();

        Assert.True(result.IsScored, Scoring.Problems(result));
        var planning = result.Score!.Standards.Single(s => s.Number == "2.2");
        Assert.Null(planning.Computed);
        Assert.Null(planning.Final);
        Assert.Null(result.Score.TotalPoints);
        Assert.Null(result.Score.Overall);
        Assert.Equal(9, result.Score.MaxPoints);
    }

    [Fact]
    public void An_empty_sample_is_scored_with_no_computed_ratings()
    {
        var tiny = new TinyInspection();
        var result = tiny.Score();

        Assert.True(result.IsScored, Scoring.Problems(result));
        Assert.Equal(0, result.CasesRead);
        Assert.All(result.Score!.Standards.Where(s => s.Number.StartsWith('2')), s => Assert.Null(s.Final));
        Assert.Equal("Good", result.Score.Standards.Single(s => s.Number == "1.1").Final!.Label);
        Assert.All(result.Score.Standards.SelectMany(s => s.KeyQuestions), k => Assert.True(k.NotApplicableForCasesInspected));
        Assert.Null(result.Score.Overall);
    }

    [Fact]
    public void Cases_read_equal_cases_scored_plus_cases_rejected()
    {
        var tiny = new TinyInspection();
        tiny.Court("A");
        tiny.Court("B", harm: true);
        tiny.Cases[1] = tiny.Cases[1] with { Answers = tiny.Cases[1].Answers.Where(a => !a.Path.EndsWith(".victims", System.StringComparison.Ordinal)).ToList() };
        tiny.Court("C");
        var result = tiny.Score();

        Assert.False(result.IsScored);
        Assert.Equal(3, result.CasesRead);
        Assert.Equal(1, result.CasesRejected);
        Assert.Equal(2, result.CasesAccepted);
        Assert.Equal(0, result.CasesScored);
    }

    [Fact]
    public void Discretion_within_its_rule_moves_the_rating_and_keeps_both_and_the_rationale()
    {
        var tiny = new TinyInspection();
        tiny.Desistance(yes: 13, count: 21); // 62%: Requires improvement, 3 points below Good
        tiny.Discretion.Add(new("court_work.assessment", "good", "Qualitative evidence from interviews."));
        var result = tiny.Score();

        Assert.True(result.IsScored, Scoring.Problems(result));
        var assessment = result.Score!.Standards.Single(s => s.Number == "2.1");
        Assert.Equal("Requires improvement", assessment.Computed!.Label);
        Assert.Equal("Good", assessment.Final!.Label);
        Assert.Equal("Qualitative evidence from interviews.", assessment.Rationale);
        Assert.True(assessment.DiscretionApplied);
    }

    [Fact]
    public void Discretion_beyond_the_allowed_distance_is_refused_with_the_reason()
    {
        var tiny = new TinyInspection();
        tiny.Desistance(yes: 12, count: 21); // 57%: 8 points below Good
        tiny.Discretion.Add(new("court_work.assessment", "good", "The panel thought so."));
        var result = tiny.Score();

        Assert.False(result.IsScored);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0006", problem.Code);
        Assert.Equal("standard 2.1", problem.ItemPath);
        Assert.Contains("57% is 8 points from the 'Good' threshold of 65%, more than the 5 points allowed", problem.Message);
    }

    [Fact]
    public void Discretion_for_a_move_the_framework_does_not_list_is_refused()
    {
        var tiny = new TinyInspection();
        tiny.Desistance(yes: 9, count: 20); // 45%: Inadequate
        tiny.Discretion.Add(new("court_work.assessment", "good", "The panel thought so."));
        var result = tiny.Score();

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0006", problem.Code);
        Assert.Contains("the framework does not allow moving 'Inadequate' to 'Good'", problem.Message);
    }

    [Fact]
    public void Discretion_without_the_required_rationale_or_on_a_judgement_standard_is_refused()
    {
        var tiny = new TinyInspection();
        tiny.Desistance(yes: 13, count: 21);
        tiny.Discretion.Add(new("court_work.assessment", "good", null));
        tiny.Discretion.Add(new("organisation.leadership", "outstanding", "Because."));
        var result = tiny.Score();

        Assert.False(result.IsScored);
        // Inspection-level findings come in standard order.
        Assert.Collection(
            result.Problems,
            p => Assert.Contains("Professional discretion to rate standard 1.1 'Outstanding' is refused: the standard is rated by judgement", p.Message),
            p => Assert.Contains("Professional discretion to rate standard 2.1 'Good' is refused: a rationale is required", p.Message));
    }

    [Fact]
    public void A_judgement_standard_without_a_recorded_rating_is_a_finding()
    {
        var tiny = new TinyInspection();
        tiny.Judgements.Clear();
        tiny.Court("A");
        var result = tiny.Score();

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0005", problem.Code);
        Assert.Equal("standard 1.1", problem.ItemPath);
        Assert.Null(problem.CaseId);
    }

    [Fact]
    public void An_answer_to_an_item_that_does_not_apply_is_reported_not_dropped()
    {
        var tiny = new TinyInspection();
        var recorded = tiny.Court("A", harm: false);
        tiny.Cases[0] = recorded with { Answers = recorded.Answers.Append(new CaseAnswer("court_work.assessment.desistance.victims", "yes")).ToList() };
        var result = tiny.Score();

        Assert.False(result.IsScored);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0002", problem.Code);
        Assert.Equal("A", problem.CaseId);
        Assert.Equal("2.1.1 / prompt: victims", problem.ItemPath);
        Assert.Equal(1, result.CasesRejected);
    }

    [Fact]
    public void Missing_answers_rationales_and_answers_the_item_does_not_take_are_all_reported_in_framework_order()
    {
        var tiny = new TinyInspection();
        tiny.Cases.Add(new RecordedCase("A", "court", new[] { new FactValue("harm", true), new FactValue("risk", "high"), new FactValue("sanctions", 0) }, new[]
        {
            new CaseAnswer("court_work.assessment.desistance", "not_applicable"),
            new CaseAnswer("court_work.assessment.desistance.strengths", "maybe"),
            new CaseAnswer("court_work.assessment.review", "yes"),
        }));
        var result = tiny.Score();

        Assert.Equal(
            new[]
            {
                "IV0003 2.1.1", // rationale required
                "IV0004 2.1.1", // not applicable to a yes/no key question
                "IV0004 2.1.1 / prompt: strengths",
                "IV0001 2.1.1 / prompt: victims",
                "IV0001 2.1.2",
            },
            result.Problems.Select(p => $"{p.Code} {p.ItemPath}"));
        Assert.Contains("'maybe' is not an allowed answer here. Answer yes, no or not_applicable.", result.Problems[2].Message);
    }

    [Fact]
    public void A_fact_that_decides_applicability_must_be_recorded_and_one_that_does_not_need_not_be()
    {
        var tiny = new TinyInspection();
        tiny.Cases.Add(new RecordedCase("A", "court", new[] { new FactValue("risk", "low"), new FactValue("sanctions", 0) }, new[]
        {
            new CaseAnswer("court_work.assessment.desistance", "yes", "Because."),
            new CaseAnswer("court_work.assessment.desistance.strengths", "yes"),
            new CaseAnswer("court_work.assessment.review", "yes"),
        }));

        // An "other" case: no domain applies, so no fact is needed at all.
        tiny.Cases.Add(new RecordedCase("B", "other", System.Array.Empty<FactValue>(), System.Array.Empty<CaseAnswer>()));
        var result = tiny.Score();

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0108", problem.Code);
        Assert.Equal("A", problem.CaseId);
        Assert.Equal("fact harm", problem.ItemPath);
        Assert.Contains("it decides whether prompt 2.1.1(b) applies to this case", problem.Message);
        Assert.Equal(1, result.CasesRejected);
    }

    [Fact]
    public void Derived_facts_are_computed_from_recorded_ones()
    {
        var tiny = new TinyInspection();
        tiny.Court("A", risk: "high", others: "no");
        tiny.Court("B", risk: "high", others: "yes");
        tiny.Court("C", risk: "low");
        var others = TinyInspection.Question(tiny.Score(), "2.1.2");

        Assert.Equal((1, 2), (others.YesCount, others.ApplicableCount));
    }

    [Fact]
    public void Duplicate_case_identifiers_are_refused()
    {
        var tiny = new TinyInspection();
        tiny.Court("A");
        tiny.Court("A");
        var result = tiny.Score();

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0102", problem.Code);
        Assert.Equal("A", problem.CaseId);
    }
}
