using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;

namespace InspectFramework.Tests.Model;

public sealed class LoweringTests
{
    internal const string Framework = """
        framework tiny {
          title "Tiny"
          version "1"
          publisher "Test"
          effective 2020-01-01
        }
        source s "Source document"
        scale rating {
          level inadequate "Inadequate" points 0
          level good "Good" points 1
        }
        bands kq "Key question bands" {
          of percentage rounded half_up to 0 decimals
          inadequate 0% to 64%
          good 65% to 100%
        }
        bands overall_bands "Overall" {
          of points
          inadequate 0 to 0
          good 1 to 1
        }
        overall rated by total points in overall_bands
        discretion {
          rationale required
          allow inadequate -> good when within 5 points
        }
        case type court "Court"
        fact harm "Harm" boolean
        fact disposal "Disposal" one of { custody "Custody", referral_order "Referral order" }
        fact sanctions "Previous sanctions" integer
        fact risky "Risky" = harm and disposal != custody or sanctions >= 2
        domain 1 court_work "Court work" for court {
          standard 1.1 assessment "Assessment" {
            statement "Assessment is good."
            rated by lowest key question in kq
            key question 1.1.1 desistance "Does assessment support desistance?" {
              provenance verbatim s "p. 1"
              prompt (a) strengths "Strengths?"
              prompt (b) victims "Victims?" when risky
            }
          }
        }
        """;

    private static FrameworkModel Lower(string text)
    {
        var compilation = FrameworkCompilation.Create(new SourceText("tiny.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }

    [Fact]
    public void Lowers_conditions_into_the_normal_form()
    {
        var model = Lower(Framework);
        var risky = model.Facts.Single(f => f.Name == "risky").Derivation;
        var expected = new AnyCondition(new ConditionModel[]
        {
            new AllCondition(new ConditionModel[]
            {
                new FactIsTrueCondition("harm"),
                new NotCondition(new MembershipCondition("disposal", new[] { "custody" }.ToEquatableArray())),
            }.ToEquatableArray()),
            new IntegerComparisonCondition(new IntegerFactOperand("sanctions"), Comparison.GreaterOrEqual, new IntegerConstantOperand(2)),
        }.ToEquatableArray());
        Assert.Equal(expected, risky);
        var prompt = model.Domains[0].Standards[0].KeyQuestions[0].Prompts[1];
        Assert.Equal("1.1.1(b)", prompt.Number);
        Assert.Equal(new FactIsTrueCondition("risky"), prompt.Condition);
    }

    [Fact]
    public void Layout_and_comments_change_neither_the_model_nor_its_hash()
    {
        var original = Lower(Framework);
        var relaidOut = Lower("// a comment\n" + Framework.Replace("\n", "\n\n").Replace("  ", "    "));
        Assert.Equal(original, relaidOut);
        Assert.Equal(original.ContentHash, relaidOut.ContentHash);
        Assert.StartsWith("sha256:", original.ContentHash);
    }

    [Fact]
    public void A_wording_change_changes_the_model_and_its_hash()
    {
        var original = Lower(Framework);
        var reworded = Lower(Framework.Replace("Strengths?", "Strengths and protective factors?"));
        Assert.NotEqual(original, reworded);
        Assert.NotEqual(original.ContentHash, reworded.ContentHash);
    }

    [Fact]
    public void A_key_question_contributes_its_own_its_standards_and_its_domains_scores_once_each_in_declaration_order()
    {
        var model = Lower(Checking.ScoresCheckTests.Pooled
            .Replace("    not rated\n", "    not rated\n    contributes to risk\n", System.StringComparison.Ordinal));
        Assert.Equal(
            new[] { new ScoreModel("safeguarding", "Safeguarding", RoundingMode.HalfUp, 0), new ScoreModel("risk", "Risk of Harm to others", RoundingMode.HalfUp, 0), new ScoreModel("planning", "Assessment and planning", RoundingMode.HalfEven, 1) },
            model.Scores);
        var questions = model.Domains[0].Standards[0].KeyQuestions;

        // 1.1.2 names `risk, safeguarding` itself, `risk` again through its standard, `planning` through its domain.
        Assert.Equal(new[] { "safeguarding", "risk", "planning" }, questions[0].Scores);
        Assert.Equal(new[] { "safeguarding", "risk", "planning" }, questions[1].Scores);
        Assert.Equal(new[] { "risk", "planning" }, questions[2].Scores);
        Assert.Equal(RatingRule.NotRated, model.Domains[0].Standards[0].Rule);
        Assert.Null(model.Domains[0].Standards[0].Discretion);
    }

    [Fact]
    public void A_framework_that_rates_nothing_has_no_scale_and_no_overall_rule()
    {
        var model = Lower(Checking.ScoresCheckTests.Pooled);
        Assert.Null(model.Scale);
        Assert.Null(model.Overall);
        Assert.Empty(model.BandTables);
    }

    [Fact]
    public void Where_a_contribution_is_written_changes_neither_the_model_nor_its_hash()
    {
        var pooled = Checking.ScoresCheckTests.Pooled;
        var onTheDomain = Lower(pooled);
        var onEachQuestion = Lower(pooled
            .Replace("  contributes to planning\n\n", string.Empty, System.StringComparison.Ordinal)
            .Replace("contributes to safeguarding\n", "contributes to safeguarding, planning\n", System.StringComparison.Ordinal)
            .Replace("contributes to risk, safeguarding\n", "contributes to planning, risk, safeguarding\n", System.StringComparison.Ordinal)
            .Replace("      answers yes_no_na\n", "      answers yes_no_na\n      contributes to planning\n", System.StringComparison.Ordinal));
        Assert.Equal(onTheDomain, onEachQuestion);
        Assert.Equal(onTheDomain.ContentHash, onEachQuestion.ContentHash);
    }

    [Theory]
    [InlineData("score risk \"Risk of Harm to others\"", "score risk \"Risk of harm to others\"")]
    [InlineData("rounded half_even to 1 decimals", "rounded half_even to 2 decimals")]
    [InlineData("contributes to risk, safeguarding", "contributes to risk")]
    public void A_change_to_a_score_or_what_feeds_it_changes_the_hash(string find, string replace)
    {
        var pooled = Checking.ScoresCheckTests.Pooled;
        Assert.Contains(find, pooled, System.StringComparison.Ordinal);
        Assert.NotEqual(Lower(pooled).ContentHash, Lower(pooled.Replace(find, replace, System.StringComparison.Ordinal)).ContentHash);
    }

    [Fact]
    public void A_framework_without_scores_hashes_as_before_scores_existed()
    {
        // The canonical text of a framework that uses no pooled score has no trace of them, so the
        // identity its case data was stamped with does not change (docs/change-control.md).
        var canonical = ContentHash.Canonical(Lower(Framework));
        Assert.DoesNotContain("\"Scores\"", canonical, System.StringComparison.Ordinal);
        Assert.Contains("\"format\": \"inspect-model-1\"", canonical, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_facts_are_ordered_each_after_those_it_uses_and_the_order_is_not_hashed()
    {
        var chained = Framework.Replace(
            "fact risky \"Risky\" = harm and disposal != custody or sanctions >= 2\n",
            "fact risky \"Risky\" = serious or sanctions >= 2\nfact serious \"Serious\" = custodial and harm\nfact custodial \"Custodial\" = disposal == custody\n",
            System.StringComparison.Ordinal);
        var model = Lower(chained);
        Assert.Equal(new[] { "custodial", "serious", "risky" }, model.DerivedFactOrder);

        // Written in the reverse order, the facts get the same order and the model the same hash.
        var reversed = Lower(chained.Replace(
            "fact risky \"Risky\" = serious or sanctions >= 2\nfact serious \"Serious\" = custodial and harm\nfact custodial \"Custodial\" = disposal == custody\n",
            "fact custodial \"Custodial\" = disposal == custody\nfact serious \"Serious\" = custodial and harm\nfact risky \"Risky\" = serious or sanctions >= 2\n",
            System.StringComparison.Ordinal));
        Assert.Equal(model.DerivedFactOrder, reversed.DerivedFactOrder);
        Assert.DoesNotContain("DerivedFactOrder", ContentHash.Canonical(model), System.StringComparison.Ordinal);
        Assert.Equal(ContentHash.Compute(model), ContentHash.Compute(model with { DerivedFactOrder = EquatableArray<string>.Empty }));
    }

    [Fact]
    public void A_framework_with_errors_has_no_model()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("bad.inspect", Framework.Replace("when risky", "when riskyy")));
        Assert.True(compilation.HasErrors);
        Assert.Null(compilation.Model);
    }
}
