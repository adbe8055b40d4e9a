using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tests.Checking;

public sealed class ScoresCheckTests
{
    /// <summary>
    /// Pooled scores only, as the Core Case Inspection is scored: no scale, no bands, no overall rule,
    /// every standard `not rated`. Checks clean. Domain 1 feeds `planning`; 1.1.1 also feeds
    /// `safeguarding`, 1.1.2 `safeguarding` and `risk` (in the order written, not declared).
    /// </summary>
    internal const string Pooled = """
        framework pooled {
          title "Pooled"
          version "1"
          publisher "HM Inspectorate of Probation"
          effective 2009-04-01
        }

        score safeguarding "Safeguarding"
        score risk "Risk of Harm to others"
        score planning "Assessment and planning" rounded half_even to 1 decimals

        case type community "Community sentence"
        case type custody "Custodial sentence"

        fact mappa "MAPPA case" boolean

        domain 1 assessment "Assessment and planning" for community, custody {
          contributes to planning

          standard 1.1 vulnerability "Assessment of vulnerability" {
            statement "Vulnerability is assessed."
            not rated

            key question 1.1.1 screening "Was a vulnerability screening completed on time?" {
              contributes to safeguarding
            }

            key question 1.1.2 harm "Was a risk of harm screening completed on time?" {
              contributes to risk, safeguarding
            }

            key question 1.1.3 mappa_referral "Was the case referred to MAPPA?" when mappa {
              answers yes_no_na
            }
          }
        }
        """;

    private static IReadOnlyList<Diagnostic> Diagnostics(string text) =>
        FrameworkCompilation.Create(new SourceText("pooled.inspect", text)).Diagnostics;

    private static string Edit(string find, string replace) => Edit(Pooled, find, replace);

    private static string Edit(string text, string find, string replace)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    // `planning` fed by 1.1.1 only instead of the whole domain: 1.1.3 then feeds no score.
    private static string WithoutDomainContribution() =>
        Edit(Edit("  contributes to planning\n\n", string.Empty), "contributes to safeguarding\n", "contributes to safeguarding, planning\n");

    [Fact]
    public void A_framework_of_pooled_scores_needs_no_scale_bands_or_overall_rule()
    {
        Assert.Empty(Diagnostics(Pooled));
    }

    [Fact]
    public void A_score_nothing_contributes_to_is_an_error_at_its_name()
    {
        var text = Edit("score planning", "score outcomes \"Outcomes\"\nscore planning");
        var diagnostic = Assert.Single(Diagnostics(text));
        Assert.Equal("IF0321", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("outcomes", text.Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length));
        Assert.Contains("'contributes to outcomes'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_score_is_an_undefined_name_with_a_suggestion_and_nothing_more()
    {
        // Without the misspelt name nothing feeds `risk`; saying so as well would report one slip twice.
        var diagnostic = Assert.Single(Diagnostics(Edit("contributes to risk, safeguarding", "contributes to rsik, safeguarding")));
        Assert.Equal("IF0109", diagnostic.Code);
        Assert.Equal("There is no score called 'rsik'. Did you mean 'risk'?", diagnostic.Message);
    }

    [Theory]
    [InlineData("contributes to risk, safeguarding, risk")]
    [InlineData("contributes to risk, safeguarding\n      contributes to risk")]
    public void A_score_named_twice_on_one_item_is_reported_once(string clauses)
    {
        var diagnostic = Assert.Single(Diagnostics(Edit("contributes to risk, safeguarding", clauses)));
        Assert.Equal("IF0104", diagnostic.Code);
        Assert.Equal("Key question 1.1.2 has 'contributes to risk' twice. Keep one.", diagnostic.Message);
    }

    [Fact]
    public void A_score_named_again_below_where_it_is_inherited_is_allowed()
    {
        Assert.Empty(Diagnostics(Edit("contributes to safeguarding\n", "contributes to safeguarding, planning\n")));
    }

    [Theory]
    [InlineData("not rated")]
    [InlineData("rated by judgement")]
    public void A_key_question_whose_answers_count_towards_nothing_is_a_warning(string rule)
    {
        var text = Edit(WithoutDomainContribution(), "not rated", rule);
        if (rule != "not rated")
        {
            // A judged standard needs a scale and an overall rule.
            text = Edit(text, "score safeguarding", RatedParts + "\nscore safeguarding");
        }

        var diagnostic = Assert.Single(Diagnostics(text));
        Assert.Equal("IF0322", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Key question 1.1.3 contributes to no score and its standard is not rated from key questions, so its answers count towards nothing. Add 'contributes to <score>' to it, its standard or its domain.", diagnostic.Message);
    }

    private const string RatedParts = """
        scale rating "Rating" {
          level poor "Poor" points 0
          level good "Good" points 1
        }

        bands key_question_bands "Key question bands" {
          of percentage rounded half_up to 0 decimals
          poor 0% to 64%
          good 65% to 100%
        }

        bands overall_bands "Overall bands" {
          of points
          poor 0 to 0
          good 1 to 1
        }

        overall rated by total points in overall_bands

        """;

    [Fact]
    public void Key_questions_of_a_standard_rated_from_them_need_no_score()
    {
        var text = Edit(Edit(WithoutDomainContribution(), "not rated", "rated by lowest key question in key_question_bands"), "score safeguarding", RatedParts + "\nscore safeguarding");
        Assert.Empty(Diagnostics(text));
    }

    [Fact]
    public void A_key_question_answered_with_text_cannot_contribute_itself_and_is_left_out_of_inherited_scores()
    {
        var own = Assert.Single(Diagnostics(Edit("      contributes to safeguarding\n", "      answers text\n      contributes to safeguarding\n")));
        Assert.Equal("IF0323", own.Code);
        Assert.Equal("Key question 1.1.1 is answered with text, so it has no yes or no answers to pool into a score. Remove 'contributes to' from it, or answer it 'yes_no'.", own.Message);

        // `planning` comes from the domain: the text question is simply not one of its contributors,
        // and it is not warned about either (it has nothing to pool).
        var inherited = FrameworkCompilation.Create(new SourceText("pooled.inspect", Edit("      contributes to safeguarding\n", "      answers number\n")));
        Assert.Empty(inherited.Diagnostics);
        var question = inherited.Framework!.KeyQuestions.Single(q => q.Number == "1.1.1");
        Assert.Empty(question.Scores);
    }

    [Fact]
    public void Contributions_in_a_domain_without_a_case_sample_are_errors_one_per_clause()
    {
        var diagnostics = Diagnostics(Edit(" for community, custody {", " {"));

        // Three clauses (the domain's and two key questions'); nothing else, not even "nothing
        // contributes" for the scores they name.
        Assert.Equal(new[] { "IF0324", "IF0324", "IF0324" }, diagnostics.Select(d => d.Code));
        Assert.StartsWith("Domain 1 contributes to scores, but it has no case types to take a sample from", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Key question 1.1.1 contributes to scores, but domain 1 has no case types to take a sample from", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Band_tables_without_a_scale_still_need_one()
    {
        var text = Edit("score safeguarding", "bands kq \"Bands\" {\n  of percentage rounded half_up to 0 decimals\n  good 0% to 100%\n}\n\nscore safeguarding");
        var codes = Diagnostics(text).Select(d => d.Code).ToList();
        Assert.Contains("IF0113", codes);
    }

    [Fact]
    public void A_rated_standard_among_unrated_ones_needs_the_scale_and_overall_rule()
    {
        var text = Edit("    not rated\n", "    rated by judgement\n");
        var codes = Diagnostics(text).Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "IF0113", "IF0313" }, codes);
    }

    [Fact]
    public void Overall_bands_cover_only_the_rated_standards()
    {
        // Two standards, one not rated: the overall total reaches 1 point (one standard x 1 point).
        var text = Edit(Edit("score safeguarding", RatedParts + "\nscore safeguarding"), "    }\n  }\n}", "    }\n  }\n\n  standard 1.2 judged \"Judged\" {\n    statement \"Judged.\"\n    rated by judgement\n  }\n}");
        Assert.Empty(Diagnostics(text));

        var wrong = Edit(text, "  good 1 to 1\n", "  good 1 to 2\n");
        var diagnostic = Assert.Single(Diagnostics(wrong));
        Assert.Equal("IF0305", diagnostic.Code);
        Assert.Contains("must cover exactly 0 to 1 points (1 rated standard x 1 points)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_labels_are_checked_like_other_labels()
    {
        var codes = Diagnostics(Edit("score risk \"Risk of Harm to others\"", "score risk \"Safeguarding\"\nscore empty \"\"")).Select(d => d.Code).ToList();
        Assert.Contains("IF0402", codes);
        Assert.Contains("IF0401", codes);
    }

    [Theory]
    [InlineData("hmip-youth-2018")]
    [InlineData("hmip-youth-2019")]
    public void The_bundled_youth_frameworks_declare_no_scores_and_get_no_new_diagnostics(string name)
    {
        var compilation = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, name + ".inspect"));
        Assert.Empty(compilation.Framework!.Scores);
        Assert.DoesNotContain(compilation.Diagnostics, d => string.CompareOrdinal(d.Code, "IF0321") >= 0 && string.CompareOrdinal(d.Code, "IF0324") <= 0);
        Assert.Empty(compilation.Diagnostics);
    }
}
