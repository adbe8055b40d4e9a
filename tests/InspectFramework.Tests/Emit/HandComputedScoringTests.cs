using System;
using System.Collections.Generic;
using System.Linq;
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

    private readonly GeneratedAssembly _generated = GeneratedAssembly.FromText(Framework);

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
            Assert.True(inspection.Add(form), string.Join("\n", (IEnumerable<ValidationFinding>)GeneratedAssembly.Get(inspection.Scorer, "Findings")!));
        }

        inspection.Judge("1.1", "Good");
        if (discretion)
        {
            inspection.RequestDiscretion("2.1", "fair", "Close to the threshold.");
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
        Assert.Empty(vision.KeyQuestions);
        Assert.Equal((2, 4, "Fair"), (score.TotalPoints!.Value, score.MaxPoints, score.Overall!.Label));
        Assert.Equal(new[] { "1.1", "2.1" }, score.Standards.Select(s => s.Number));
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
    [InlineData("2.1", "good", "Why.", "the framework does not allow moving 'Poor' to 'Good'")]
    [InlineData("2.1", "fair", " ", "a rationale is required")]
    [InlineData("1.1", "fair", "Why.", "standard 1.1 is rated by judgement")]
    [InlineData("9.9", "fair", "Why.", "the framework has no standard '9.9'")]
    [InlineData("2.1", "excellent", "Why.", "'excellent' is not a level of the rating scale")]
    public void Discretion_outside_the_rules_is_refused_and_the_inspection_not_scored(string standard, string level, string rationale, string reason)
    {
        var inspection = Inspection(discretion: false);
        inspection.RequestDiscretion(standard, level, rationale);
        var result = inspection.Score();
        Assert.Null(result.Score);
        var refusal = Assert.Single(result.Refusals);
        Assert.StartsWith(reason, refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_request_for_a_standard_is_refused()
    {
        var inspection = Inspection(discretion: true);
        inspection.RequestDiscretion("2.1", "fair", "Again.");
        var refusal = Assert.Single(inspection.Score().Refusals);
        Assert.Equal("Again.", refusal.Request.Rationale);
        Assert.StartsWith("standard 2.1 already has a discretion request", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_judgement_leaves_the_standard_and_the_inspection_without_a_rating()
    {
        var inspection = Inspection(discretion: false);
        var judgements = GeneratedAssembly.Get(inspection.Scorer, "Judgements")!;
        GeneratedAssembly.Call(judgements, "Clear");
        var score = inspection.Score().Score!;
        Assert.Null(score.Standards.Single(s => s.Number == "1.1").Final);
        Assert.Null(score.TotalPoints);
        Assert.Null(score.Overall);
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
        Assert.True((bool)GeneratedAssembly.Get(GeneratedAssembly.Get(form, "Profile")!, "Serious")!);
        GeneratedInspection.SetFact(form, "risk", 1);
        Assert.False(GeneratedInspection.Item(form, "2.1.2").Applies);
    }

    [Fact]
    public void Validation_reports_each_rule_with_the_item_path_in_framework_order()
    {
        // Case v: no victim, risk 0 (2.1.2 does not apply).
        // 2.1.1 'not applicable' on a yes/no key question, no rationale: IV0003 (rationale), IV0004 (answer).
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

        var inspection = new GeneratedInspection(_generated, "SmallScorer");
        Assert.False(inspection.Add(form));
        var result = inspection.Score();
        Assert.False(result.IsScored);
        Assert.Equal(findings.ToArray(), result.Findings.ToArray());
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
