using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Runtime;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// A small framework whose expected results are worked out by hand in the comments: applicability from
/// boolean, number, enumeration and derived facts; half-even rounding; the inspector's "not applicable";
/// validation findings with their paths; discretion; judgement inputs; total and overall rating.
/// </summary>
public sealed class HandComputedScoringTests : IDisposable
{
    internal const string Framework = """
        framework small {
          title "Small"
          version "1"
          publisher "Test"
          effective 2020-01-01
        }
        scale rating {
          level poor "Poor" points 0
          level fair "Fair" points 1
          level good "Good" points 2
        }
        bands kq "Key question bands" {
          of percentage rounded half_even to 0 decimals
          poor 0% to 59%
          fair 60% to 62%
          good 63% to 100%
        }
        bands overall_bands "Overall" {
          of points
          poor 0 to 1
          fair 2 to 2
          good 3 to 4
        }
        overall rated by total points in overall_bands
        discretion {
          rationale required
          allow poor -> fair when within 10 points
        }
        case type court "Court"
        case type community "Community"
        fact victim "There is a victim" boolean
        fact risk "Risk score" integer
        fact kind "Kind" one of { plain "Plain", violent "Violent" }
        fact serious "Serious" = risk >= 2 and kind in {violent}
        domain 1 leadership "Leadership" {
          standard 1.1 vision "Vision" {
            statement "There is a vision."
            rated by judgement
            key question 1.1.1 strategy "Is there a strategy?" {
              answers text
            }
          }
        }
        domain 2 casework "Casework" for court, community {
          standard 2.1 assessment "Assessment" {
            statement "Assessment is sound."
            rated by lowest key question in kq
            key question 2.1.1 desistance "Does assessment support desistance?" {
              rationale required
              prompt (a) strengths "Strengths?"
              prompt (b) victims "Victims?" when victim
            }
            key question 2.1.2 safety "Does assessment keep others safe?" when serious {
              answers yes_no_na
            }
          }
        }
        """;

    private readonly GeneratedCode _generated = GeneratedAssembly.FromText(Framework);

    public void Dispose() => _generated.Dispose();

    private object NewCase(string formClass, string id, bool victim, int risk, string kind)
    {
        var form = _generated.New(formClass, id);
        GeneratedInspection.SetFact(form, "victim", victim);
        GeneratedInspection.SetFact(form, "risk", risk);
        GeneratedInspection.SetFact(form, "kind", kind);
        return form;
    }

    // A complete, valid case: 2.1.1 answered, its prompts answered where they apply, 2.1.2 where serious.
    private object ValidCase(string formClass, string id, bool victim, int risk, string kind, Answer desistance, Answer safety)
    {
        var form = NewCase(formClass, id, victim, risk, kind);
        GeneratedInspection.Answer(form, "2.1.1", desistance);
        GeneratedInspection.Answer(form, "2.1.1(a)", Answer.Yes, null);
        if (victim)
        {
            GeneratedInspection.Answer(form, "2.1.1(b)", Answer.No, null);
        }

        if (safety != Answer.None)
        {
            GeneratedInspection.Answer(form, "2.1.2", safety, null);
        }

        return form;
    }

    private GeneratedInspection Inspection(bool discretion)
    {
        var inspection = new GeneratedInspection(_generated, "SmallScorer");

        // 2.1.1 applies to all 8 cases (both case types); 5 yes: 5/8 = 62.5%, half-even to 62%: 'fair'
        // (half-up would give 63%: 'good').
        // 2.1.2 applies where risk >= 2 and kind is violent: cases 6, 7, 8. Answers yes, no, not applicable:
        // the inspector's 'not applicable' leaves case 8 out: 1/2 = 50%: 'poor'.
        var cases = new[]
        {
            ValidCase("CourtAssessment", "1", true, 0, "plain", Answer.Yes, Answer.None),
            ValidCase("CourtAssessment", "2", false, 5, "plain", Answer.Yes, Answer.None),
            ValidCase("CommunityAssessment", "3", false, 1, "violent", Answer.Yes, Answer.None),
            ValidCase("CommunityAssessment", "4", true, 0, "plain", Answer.No, Answer.None),
            ValidCase("CourtAssessment", "5", false, 0, "plain", Answer.No, Answer.None),
            ValidCase("CourtAssessment", "6", false, 2, "violent", Answer.Yes, Answer.Yes),
            ValidCase("CommunityAssessment", "7", true, 3, "violent", Answer.No, Answer.No),
            ValidCase("CourtAssessment", "8", false, 9, "violent", Answer.Yes, Answer.NotApplicable),
        };
        foreach (var form in cases)
        {
            Assert.True(inspection.Add(form), string.Join("\n", (IEnumerable<ValidationFinding>)GeneratedCode.Get(inspection.Scorer, "Findings")!));
        }

        inspection.Judge("1.1", "Good");
        if (discretion)
        {
            Assert.True(inspection.RequestDiscretion("2.1", "Fair", "Close to the threshold."));
        }

        return inspection;
    }

    [Fact]
    public void Counts_percentages_bands_and_overall_as_computed_by_hand()
    {
        var score = Inspection(discretion: false).Score().Score!;
        var assessment = score.Standards.Single(s => s.Number == "2.1");
        Assert.Equal(new[] { ("2.1.1", 5, 8, (decimal?)62m, "Fair"), ("2.1.2", 1, 2, (decimal?)50m, "Poor") }, assessment.KeyQuestions.Select(k => (k.Number, k.YesCount, k.ApplicableCount, k.Percentage, k.Band!.Label)));

        // 2.1: lowest band 'poor' (2.1.2), deciding 50%. 1.1: judged 'good' (2 points). Total 0 + 2 = 2: 'fair'.
        Assert.Equal(("Poor", 50m, "Poor", (string?)null), (assessment.Computed!.Label, assessment.DecidingPercentage!.Value, assessment.Final!.Label, assessment.Rationale));
        Assert.Equal(StandardRatingKind.LowestKeyQuestion, assessment.Kind);
        var vision = score.Standards.Single(s => s.Number == "1.1");
        Assert.Equal((StandardRatingKind.Judgement, (RatingLevel?)null, "Good"), (vision.Kind, vision.Computed, vision.Final!.Label));
        // A judgement standard lists its key questions with their counts (domain 1 has no cases) and no percentage.
        Assert.Equal(new[] { ("1.1.1", 0, 0, (decimal?)null) }, vision.KeyQuestions.Select(k => (k.Number, k.YesCount, k.ApplicableCount, k.Percentage)));
        Assert.Equal((2, 4, "Fair"), (score.TotalPoints!.Value, score.MaxPoints, score.Overall!.Label));
        Assert.Equal(new[] { "1.1", "2.1" }, score.Standards.Select(s => s.Number));
    }

    [Fact]
    public void Typed_results_name_every_domain_standard_and_key_question_beside_the_generic_view()
    {
        var result = Inspection(discretion: true).Score();
        var results = _generated.CallStatic("SmallResults", "From", result)!;
        var casework = GeneratedCode.Get(results, "Casework")!;
        var assessment = GeneratedCode.Get(casework, "Assessment")!;

        // The figures worked out by hand above: 2.1 computed 'poor' (50%), moved to 'fair' by discretion;
        // 2.1.1 5 of 8, 62%; 2.1.2 1 of 2, 50%; 1.1 judged 'good'; total 1 + 2 = 3, 'good'.
        Assert.Equal(("Poor", "Fair", "Close to the threshold."), (((RatingLevel)GeneratedCode.Get(assessment, "Computed")!).Label, ((RatingLevel)GeneratedCode.Get(assessment, "Final")!).Label, (string?)GeneratedCode.Get(assessment, "Rationale")));
        var desistance = (KeyQuestionScore)GeneratedCode.Get(assessment, "Desistance")!;
        var safety = (KeyQuestionScore)GeneratedCode.Get(assessment, "Safety")!;
        Assert.Equal(("2.1.1", 5, 8, (decimal?)62m), (desistance.Number, desistance.YesCount, desistance.ApplicableCount, desistance.Percentage));
        Assert.Equal(("2.1.2", 1, 2, (decimal?)50m), (safety.Number, safety.YesCount, safety.ApplicableCount, safety.Percentage));
        var vision = GeneratedCode.Get(GeneratedCode.Get(results, "Leadership")!, "Vision")!;
        Assert.Equal((StandardRatingKind.Judgement, "Good"), ((StandardRatingKind)GeneratedCode.Get(vision, "Kind")!, ((RatingLevel)GeneratedCode.Get(vision, "Final")!).Label));
        Assert.Equal("1.1.1", ((KeyQuestionScore)GeneratedCode.Get(vision, "Strategy")!).Number);
        Assert.Equal((3, "Good"), ((int)GeneratedCode.Get(results, "TotalPoints")!, ((RatingLevel)GeneratedCode.Get(results, "Overall")!).Label));

        // Beside the generic view tools read: the same score, member for member.
        Assert.Same(result.Score, GeneratedCode.Get(results, "Score"));
        Assert.Same(result.Score!.Standards.Single(s => s.Number == "2.1"), GeneratedCode.Get(assessment, "Score"));

        // No score, no typed results.
        var refused = Inspection(discretion: false);
        GeneratedCode.Call(GeneratedCode.Get(refused.Scorer, "Judgements")!, "Clear");
        Assert.Null(_generated.CallStatic("SmallResults", "From", refused.Score()));
    }

    [Fact]
    public void Discretion_within_its_rule_moves_the_rating_and_keeps_the_computed_one()
    {
        // Threshold of 'fair' is 60%; the deciding 50% is exactly 10 points away: allowed. Total 1 + 2 = 3: 'good'.
        var score = Inspection(discretion: true).Score().Score!;
        var assessment = score.Standards.Single(s => s.Number == "2.1");
        Assert.Equal(("Poor", "Fair", "Close to the threshold."), (assessment.Computed!.Label, assessment.Final!.Label, assessment.Rationale));
        Assert.Equal((3, "Good"), (score.TotalPoints!.Value, score.Overall!.Label));
    }

    [Theory]
    [InlineData("2.1", "Good", "Why.", "the framework does not allow moving 'Poor' to 'Good'")]
    [InlineData("2.1", "Fair", " ", "a rationale is required: record why the ratings panel moved the rating")]
    [InlineData("1.1", "Fair", "Why.", "the standard is rated by judgement; record the panel's rating as its judgement")]
    public void Discretion_outside_the_rules_is_a_finding_and_the_inspection_is_not_scored(string standard, string level, string rationale, string reason)
    {
        var inspection = Inspection(discretion: false);
        Assert.True(inspection.RequestDiscretion(standard, level, rationale));
        var result = inspection.Score();
        Assert.Null(result.Score);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Findings.DiscretionRefused(standard, level, reason), finding);
        Assert.Equal(("IV0006", string.Empty, $"standard {standard}"), (finding.Code, finding.CaseId, finding.Path));
    }

    [Fact]
    public void Discretion_is_recorded_once_per_existing_standard()
    {
        var inspection = Inspection(discretion: true);
        Assert.False(inspection.RequestDiscretion("2.1", "Good", "Again."));
        Assert.False(inspection.RequestDiscretion("9.9", "Fair", "No such standard."));
        Assert.Equal("Fair", inspection.Score().Score!.Standards.Single(s => s.Number == "2.1").Final!.Label);
    }

    [Fact]
    public void A_refused_request_can_be_withdrawn_or_replaced_keeping_the_cases()
    {
        var inspection = Inspection(discretion: false);
        Assert.True(inspection.RequestDiscretion("2.1", "Good", "Why."));
        Assert.Equal(new[] { "IV0006" }, inspection.Score().Findings.Select(f => f.Code));

        // Replaced by a request within the rules: scored with it, from the cases already added.
        Assert.True(inspection.WithdrawDiscretion("2.1"));
        Assert.True(inspection.RequestDiscretion("2.1", "Fair", "Close to the threshold."));
        var replaced = inspection.Score().Score!.Standards.Single(s => s.Number == "2.1");
        Assert.Equal(("Poor", "Fair"), (replaced.Computed!.Label, replaced.Final!.Label));

        // Withdrawn: the computed rating stands.
        Assert.True(inspection.WithdrawDiscretion("2.1"));
        Assert.Equal("Poor", inspection.Score().Score!.Standards.Single(s => s.Number == "2.1").Final!.Label);
        Assert.False(inspection.WithdrawDiscretion("2.1")); // nothing left to withdraw
        Assert.False(inspection.WithdrawDiscretion("9.9"));
    }

    [Fact]
    public void A_missing_judgement_is_a_finding_and_the_inspection_is_not_scored()
    {
        var inspection = Inspection(discretion: false);
        var judgements = GeneratedCode.Get(inspection.Scorer, "Judgements")!;
        GeneratedCode.Call(judgements, "Clear");
        var result = inspection.Score();
        Assert.Null(result.Score);
        Assert.Equal(new[] { Findings.MissingJudgement("1.1", "leadership.vision") }, result.Findings.ToArray());
    }

    [Fact]
    public void With_a_rejected_case_the_counts_are_not_used_for_discretion()
    {
        // Case findings come first; a missing judgement and discretion refused whatever the counts
        // follow in standard order; a request within the rules is not checked against incomplete counts.
        var inspection = Inspection(discretion: false);
        GeneratedCode.Call(GeneratedCode.Get(inspection.Scorer, "Judgements")!, "Clear");
        Assert.True(inspection.RequestDiscretion("1.1", "Good", "Why."));
        Assert.True(inspection.RequestDiscretion("2.1", "Fair", "Close to the threshold."));
        Assert.False(inspection.Add(NewCase("CourtAssessment", "bad", victim: false, risk: 0, kind: "plain")));
        Assert.Equal(
            new[] { ("IV0001", "bad", "2.1.1"), ("IV0001", "bad", "2.1.1 / prompt: strengths"), ("IV0005", "", "standard 1.1"), ("IV0006", "", "standard 1.1") },
            inspection.Score().Findings.Select(f => (f.Code, f.CaseId, f.Path)));
    }

    // An integer fact counts something: the case data readers refuse a negative one with IV0106
    // (IntegerFactRangeTests), and so does the generated validator, in the same words. The answers wait
    // for a count that can be (2.1.1 is unanswered here and not reported).
    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_negative_count_is_refused_as_the_case_data_readers_refuse_it(int risk)
    {
        var form = NewCase("CourtAssessment", "n", victim: false, risk: risk, kind: "violent");
        var findings = (System.Collections.Immutable.ImmutableArray<ValidationFinding>)_generated.CallStatic("SmallValidator", "Validate", form)!;

        var finding = Assert.Single(findings);
        Assert.Equal(
            $"case n: fact risk: IV0106: '{risk.ToString(System.Globalization.CultureInfo.InvariantCulture)}' is not a value of fact 'risk': it takes a whole number from 0 to 2147483647.",
            finding.ToString());
        var inspection = new GeneratedInspection(_generated, "SmallScorer");
        inspection.Judge("1.1", "Good");
        Assert.False(inspection.Add(form));
        Assert.Equal(new[] { finding }, inspection.Score().Findings.ToArray());
    }

    [Fact]
    public void A_count_of_zero_or_more_is_taken()
    {
        foreach (var risk in new[] { 0, int.MaxValue })
        {
            var form = ValidCase("CourtAssessment", "z", victim: false, risk: risk, kind: "plain", Answer.Yes, Answer.None);
            Assert.Empty((System.Collections.Immutable.ImmutableArray<ValidationFinding>)_generated.CallStatic("SmallValidator", "Validate", form)!);
        }
    }

    [Fact]
    public void Applicability_members_follow_the_facts()
    {
        var form = NewCase("CourtAssessment", "a", victim: false, risk: 2, kind: "plain");
        Assert.True(GeneratedInspection.Item(form, "2.1.1").Applies);
        Assert.False(GeneratedInspection.Item(form, "2.1.1(b)").Applies);
        Assert.False(GeneratedInspection.Item(form, "2.1.2").Applies); // plain: not serious
        GeneratedInspection.SetFact(form, "kind", "violent");
        GeneratedInspection.SetFact(form, "victim", true);
        Assert.True(GeneratedInspection.Item(form, "2.1.1(b)").Applies);
        Assert.True(GeneratedInspection.Item(form, "2.1.2").Applies);
        Assert.True((bool)GeneratedCode.Get(GeneratedCode.Get(form, "Profile")!, "Serious")!);
        GeneratedInspection.SetFact(form, "risk", 1);
        Assert.False(GeneratedInspection.Item(form, "2.1.2").Applies);
    }

    [Fact]
    public void Validation_reports_each_rule_with_the_item_path_in_framework_order()
    {
        // Case v: no victim, risk 0 (2.1.2 does not apply).
        // 2.1.1 'not applicable' on a yes/no key question, no rationale: IV0003 (rationale), then IV0004 (answer).
        // 2.1.1(a) unanswered: IV0001. 2.1.1(b) answered without a victim: IV0002.
        // 2.1.2 answered 'not applicable' although it does not apply: IV0002 (the answer is allowed there).
        var form = NewCase("CommunityAssessment", "v", victim: false, risk: 0, kind: "plain");
        GeneratedInspection.Answer(form, "2.1.1", Answer.NotApplicable, null);
        GeneratedInspection.Answer(form, "2.1.1(b)", Answer.Yes, null);
        GeneratedInspection.Answer(form, "2.1.2", Answer.NotApplicable, null);
        var findings = (System.Collections.Immutable.ImmutableArray<ValidationFinding>)_generated.CallStatic("SmallValidator", "Validate", form)!;
        Assert.Equal(
            new[]
            {
                ("IV0003", "2.1.1"),
                ("IV0004", "2.1.1"),
                ("IV0001", "2.1.1 / prompt: strengths"),
                ("IV0002", "2.1.1 / prompt: victims"),
                ("IV0002", "2.1.2"),
            },
            findings.Select(f => (f.Code, f.Path)));
        Assert.All(findings, f => Assert.Equal("v", f.CaseId));
        Assert.Equal(Findings.PathOf("2.1.1", "victims"), findings[3].Path);
        Assert.Equal(Findings.AnswerNotAllowed("v", "2.1.1", Answer.NotApplicable), findings[1]);

        // Nothing may be recorded for an item that does not apply, not even a rationale; an applicable
        // item without an answer is IV0001 only, even where a rationale is required too.
        var other = NewCase("CommunityAssessment", "w", victim: false, risk: 0, kind: "plain");
        GeneratedInspection.Item(other, "2.1.2").Rationale = "A note.";
        Assert.Equal(
            new[] { ("IV0001", "2.1.1"), ("IV0001", "2.1.1 / prompt: strengths"), ("IV0002", "2.1.2") },
            ((System.Collections.Immutable.ImmutableArray<ValidationFinding>)_generated.CallStatic("SmallValidator", "Validate", other)!).Select(f => (f.Code, f.Path)));

        var inspection = new GeneratedInspection(_generated, "SmallScorer");
        Assert.False(inspection.Add(form));
        var result = inspection.Score();
        Assert.False(result.IsScored);
        Assert.Equal(findings.ToArray(), result.Findings.Take(findings.Length).ToArray());
    }

    // The validator first tests the answers alone (a fast path that accepts only what certainly has no
    // finding) and goes through the full checks otherwise: every value near the edge of its tests must
    // come out as the full checks (and the evaluator) decide.
    [Theory]
    [InlineData("Because.", null)]
    [InlineData(" Because.", null)]
    [InlineData("\u00A0Because.", null)]
    [InlineData("\u00C9valuation faite.", null)]
    [InlineData("~", null)]
    [InlineData("", "IV0003")]
    [InlineData(" ", "IV0003")]
    [InlineData("\u00A0", "IV0003")]
    [InlineData("\u2028\t\u3000", "IV0003")]
    [InlineData(null, "IV0003")]
    public void A_required_rationale_is_judged_by_the_full_rule(string? rationale, string? finding)
    {
        var form = ValidCase("CourtAssessment", "r", victim: false, risk: 0, kind: "plain", Answer.Yes, Answer.None);
        GeneratedInspection.Item(form, "2.1.1").Rationale = rationale;
        Assert.Equal(finding is null ? Array.Empty<string>() : new[] { finding + " 2.1.1" }, Outcome(form));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" ", null)]
    [InlineData("\u00A0\u2029", null)]
    [InlineData("A note.", "IV0002")]
    [InlineData("\u00A0A note.", "IV0002")]
    public void A_rationale_for_an_item_that_does_not_apply_counts_only_when_not_blank(string? rationale, string? finding)
    {
        var form = ValidCase("CommunityAssessment", "n", victim: false, risk: 0, kind: "plain", Answer.No, Answer.None);
        GeneratedInspection.Item(form, "2.1.1(b)").Rationale = rationale;
        GeneratedInspection.Item(form, "2.1.2").Rationale = rationale;
        Assert.Equal(finding is null ? Array.Empty<string>() : new[] { finding + " 2.1.1 / prompt: victims", finding + " 2.1.2" }, Outcome(form));
    }

    [Theory]
    [InlineData("2.1.1", 3, "IV0004 2.1.1")]
    [InlineData("2.1.1", 4, "IV0004 2.1.1")]
    [InlineData("2.1.1", -1, "IV0004 2.1.1")]
    [InlineData("2.1.1(a)", 3, null)]
    [InlineData("2.1.1(a)", 4, "IV0004 2.1.1 / prompt: strengths")]
    [InlineData("2.1.1(a)", int.MinValue, "IV0004 2.1.1 / prompt: strengths")]
    [InlineData("2.1.1(b)", 4, "IV0002 2.1.1 / prompt: victims")]
    [InlineData("2.1.2", -1, "IV0002 2.1.2")]
    public void Answers_outside_those_an_item_allows_are_reported(string item, int answer, string? finding)
    {
        // No victim and risk 0: 2.1.1(b) and 2.1.2 do not apply. Values that are no member of Answer can
        // only come from a cast, and are no answer the item allows.
        var form = ValidCase("CourtAssessment", "x", victim: false, risk: 0, kind: "plain", Answer.Yes, Answer.None);
        ((ChoiceItem)GeneratedInspection.Item(form, item)).Answer = (Answer)answer;
        Assert.Equal(finding is null ? Array.Empty<string>() : new[] { finding }, Outcome(form));
    }

    [Fact]
    public void Every_item_records_in_a_slot_of_its_own()
    {
        // Items keep what is recorded in their section's answer sheet; two sharing a slot would overwrite each other.
        var form = NewCase("CourtAssessment", "s", victim: true, risk: 3, kind: "violent");
        var items = (IReadOnlyList<FormItem>)GeneratedCode.Get(form, "Items")!;
        for (var i = 0; i < items.Count; i++)
        {
            ((ChoiceItem)items[i]).Answer = i % 2 == 0 ? Answer.Yes : Answer.No;
            items[i].Rationale = "Note " + i;
        }

        Assert.Equal(Enumerable.Range(0, items.Count).Select(i => ((i % 2 == 0 ? Answer.Yes : Answer.No), (string?)("Note " + i))), items.Select(item => (((ChoiceItem)item).Answer, item.Rationale)));
        Assert.Equal(new[] { "2.1.1", "2.1.1(a)", "2.1.1(b)", "2.1.2" }, items.Select(item => item.Number));

        // Every form has sheets of its own: nothing recorded above shows in another form (2.1.1(b) and
        // 2.1.2 do not apply to this one, so an answer or rationale there would be IV0002).
        Assert.Equal(new[] { "IV0001 2.1.1", "IV0001 2.1.1 / prompt: strengths" }, Outcome(NewCase("CourtAssessment", "t", victim: false, risk: 0, kind: "plain")));
    }

    // The case's findings, as the scorer reports them when adding it ("IV0003 2.1.1"); empty when accepted.
    private string[] Outcome(object form)
    {
        var inspection = new GeneratedInspection(_generated, "SmallScorer");
        var accepted = inspection.Add(form);
        var findings = ((IEnumerable<ValidationFinding>)GeneratedCode.Get(inspection.Scorer, "Findings")!).Select(f => f.Code + " " + f.Path).ToArray();
        Assert.Equal(findings.Length == 0, accepted);
        return findings;
    }

    [Fact]
    public void Adding_valid_cases_allocates_nothing()
    {
        var inspection = Inspection(discretion: false);
        var form = ValidCase("CourtAssessment", "z", true, 3, "violent", Answer.Yes, Answer.No);
        var add = inspection.Scorer.GetType().GetMethod("Add", new[] { form.GetType() })!;
        var parameter = System.Linq.Expressions.Expression.Parameter(typeof(object));
        var addCase = System.Linq.Expressions.Expression.Lambda<Func<object, bool>>(
            System.Linq.Expressions.Expression.Call(System.Linq.Expressions.Expression.Constant(inspection.Scorer), add, System.Linq.Expressions.Expression.Convert(parameter, form.GetType())),
            parameter).Compile();
        addCase(form);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            addCase(form);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
