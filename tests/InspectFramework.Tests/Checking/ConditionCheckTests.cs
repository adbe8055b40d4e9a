using System.Linq;
using InspectFramework.Compiler.Diagnostics;
using static InspectFramework.Tests.Checking.ConditionFrameworks;

namespace InspectFramework.Tests.Checking;

public sealed class ConditionCheckTests
{
    // ---- IF0205: conditions that can never hold -------------------------------------------------------

    [Theory]
    [InlineData("harm and not harm")]
    [InlineData("sanctions > 3 and sanctions < 2")]
    [InlineData("disposal in {custody} and disposal == referral_order")]
    [InlineData("disposal not in {custody, referral_order, yro}")]
    [InlineData("disposal == custody and disposal != custody")]
    [InlineData("(harm or victim) and not harm and not victim")]
    [InlineData("not (harm or not harm)")]
    [InlineData("harm == true and harm == false")]
    [InlineData("false")]
    [InlineData("3 > 5")]
    [InlineData("sanctions == 2 and sanctions != 2")]
    [InlineData("sanctions > 2147483646 and sanctions < 2147483647")]
    [InlineData("sanctions > others and others > sanctions")]
    [InlineData("sanctions > others and others > 5 and sanctions < 7")]
    public void A_condition_that_can_never_hold_is_reported_at_the_condition(string condition)
    {
        var source = WithQuestion(condition);
        Assert.Equal(new[] { At(source, "IF0205", condition) }, ConditionFindings(source));
    }

    [Fact]
    public void Integer_facts_count_from_zero_so_below_zero_never_holds()
    {
        var source = WithQuestion("sanctions < 0");
        Assert.Equal(new[] { At(source, "IF0205", "sanctions < 0") }, ConditionFindings(source));
    }

    [Fact]
    public void Three_integer_facts_in_a_row_need_room_between_the_constants()
    {
        // a < b < c with c < 2 forces a = 0, b = 1, c >= 2: impossible; with c < 3 it is possible (0, 1, 2).
        var facts = "fact third \"Third count\" integer\n";
        var never = WithQuestion("sanctions < others and others < third and third < 2", facts);
        Assert.Equal(new[] { At(never, "IF0205", "sanctions < others and others < third and third < 2") }, ConditionFindings(never));
        Assert.Empty(ConditionFindings(WithQuestion("sanctions < others and others < third and third < 3", facts)));
    }

    [Fact]
    public void The_message_names_the_item_and_says_what_to_do()
    {
        var diagnostic = Single(WithQuestion("harm and not harm"), "IF0205");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("The condition of key question 1.1.1 can never be true, so it never applies. Check the condition.", diagnostic.Message);
    }

    // ---- IF0206: conditions that always hold ---------------------------------------------------------

    [Theory]
    [InlineData("harm or not harm")]
    [InlineData("disposal in {custody, referral_order, yro}")]
    [InlineData("disposal == custody or disposal != custody")]
    [InlineData("not (harm and not harm)")]
    [InlineData("true")]
    [InlineData("sanctions >= 0")]
    [InlineData("sanctions < 3 or sanctions > 2")]
    [InlineData("sanctions <= others or others <= sanctions")]
    [InlineData("harm == victim or harm != victim")]
    public void A_condition_that_always_holds_is_reported_at_the_condition(string condition)
    {
        var source = WithQuestion(condition);
        Assert.Equal(new[] { At(source, "IF0206", condition) }, ConditionFindings(source));
    }

    [Theory]
    [InlineData("harm")]
    [InlineData("not harm")]
    [InlineData("harm and victim")]
    [InlineData("harm or victim")]
    [InlineData("harm == victim")]
    [InlineData("disposal == custody")]
    [InlineData("disposal in {referral_order, yro}")]
    [InlineData("disposal not in {custody}")]
    [InlineData("sanctions > 0")]
    [InlineData("sanctions >= 3 and sanctions <= 3")]
    [InlineData("sanctions > 2147483646")]
    [InlineData("sanctions > others")]
    [InlineData("sanctions == others")]
    [InlineData("sanctions > others and others > 5 and sanctions < 8")]
    [InlineData("(harm or victim) and (not harm or disposal == custody)")]
    public void An_ordinary_condition_is_not_reported(string condition)
    {
        Assert.Empty(ConditionBindingErrors(WithQuestion(condition)));
        Assert.Empty(ConditionFindings(WithQuestion(condition)));
    }

    // ---- derived facts -------------------------------------------------------------------------------

    [Fact]
    public void Derived_facts_are_expanded_into_their_definitions()
    {
        var facts = "fact custodial \"The sentence is custodial\" = disposal == custody\n";
        var source = WithQuestion("custodial and disposal in {referral_order, yro}", facts);
        Assert.Equal(new[] { At(source, "IF0205", "custodial and disposal in {referral_order, yro}") }, ConditionFindings(source));
    }

    [Fact]
    public void Derived_facts_built_on_derived_facts_are_expanded_all_the_way()
    {
        var facts = """
            fact custodial "The sentence is custodial" = disposal == custody
            fact serious "Serious case" = custodial and sanctions > 2
            fact high "High concern" = serious or harm

            """;
        var never = WithQuestion("serious and sanctions < 3", facts);
        Assert.Equal(new[] { At(never, "IF0205", "serious and sanctions < 3") }, ConditionFindings(never));
        var always = WithQuestion("high or not harm", facts);
        Assert.Equal(new[] { At(always, "IF0206", "high or not harm") }, ConditionFindings(always));
        Assert.Empty(ConditionFindings(WithQuestion("high and not harm", facts)));
    }

    [Fact]
    public void A_derived_fact_whose_definition_never_or_always_holds_is_reported_at_the_definition()
    {
        var facts = """
            fact custodial "The sentence is custodial" = disposal == custody
            fact odd "Odd" = custodial and disposal == yro
            fact any "Any" = custodial or disposal != custody

            """;
        var source = WithQuestion("odd or any", facts);
        var findings = ConditionFindings(source);
        Assert.Equal(
            new[]
            {
                At(source, "IF0205", "custodial and disposal == yro"),
                At(source, "IF0206", "custodial or disposal != custody"),
            },
            findings.Take(2));

        var diagnostic = Single(source, "IF0205");
        Assert.Equal("The definition of fact 'odd' can never be true, so the fact is false for every case. Check the definition.", diagnostic.Message);
    }

    [Fact]
    public void A_long_chain_of_derived_facts_is_followed_without_recursion()
    {
        // f0 = f1, f1 = f2, ... f199 = harm: f0 means harm.
        var facts = string.Concat(Enumerable.Range(0, 200).Select(i => $"fact f{i} \"F{i}\" = f{i + 1}\n")) + "fact f200 \"F200\" = harm\n";
        var source = WithQuestion("f0 and not harm", facts);
        Assert.Equal(new[] { At(source, "IF0205", "f0 and not harm") }, ConditionFindings(source));
    }

    [Fact]
    public void A_very_long_chain_of_derived_facts_neither_overflows_nor_gives_false_warnings()
    {
        var facts = string.Concat(Enumerable.Range(0, 5000).Select(i => $"fact f{i} \"F{i}\" = f{i + 1}\n")) + "fact f5000 \"F5000\" = harm\n";
        var compilation = Compile(WithQuestion("f0 and harm", facts));
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code is "IF0205" or "IF0206" or "IF0207" or "IF0208");
        Assert.False(compilation.HasErrors);
    }

    // ---- IF0208: cycles among derived facts -----------------------------------------------------------

    [Fact]
    public void A_cycle_is_reported_once_at_its_first_fact_listing_the_cycle_in_order()
    {
        var facts = """
            fact a "A" = b and harm
            fact b "B" = not a

            """;
        var source = WithQuestion("a", facts);
        var name = source.IndexOf("a \"A\"", System.StringComparison.Ordinal);
        Assert.Equal(new[] { new Finding("IF0208", name, 1, "a") }, ConditionFindings(source));
        var diagnostic = Single(source, "IF0208");
        Assert.True(diagnostic.IsError);
        Assert.Equal("Derived facts depend on each other in a cycle: a -> b -> a. Define one of them from recorded facts only.", diagnostic.Message);
    }

    [Fact]
    public void A_fact_defined_from_itself_is_a_cycle()
    {
        var source = WithQuestion("harm", "fact loop \"Loop\" = loop or harm\n");
        var diagnostic = Single(source, "IF0208");
        Assert.Equal(source.IndexOf("loop \"Loop\"", System.StringComparison.Ordinal), diagnostic.Location.Span.Start);
        Assert.Equal("loop".Length, diagnostic.Location.Span.Length);
        Assert.Contains("cycle: loop -> loop.", diagnostic.Message);
    }

    [Fact]
    public void The_cycle_is_reported_at_its_first_fact_in_source_order_whatever_leads_into_it()
    {
        // 'lead' uses the cycle but is not on it; the cycle is y -> z -> y, reported at y.
        var facts = """
            fact lead "Lead" = y
            fact z "Z" = y
            fact y "Y" = z and harm

            """;
        var source = WithQuestion("lead", facts);
        var diagnostic = Single(source, "IF0208");
        Assert.Equal(source.IndexOf("z \"Z\"", System.StringComparison.Ordinal), diagnostic.Location.Span.Start);
        Assert.Contains("cycle: z -> y -> z.", diagnostic.Message);
    }

    [Fact]
    public void Each_separate_cycle_is_reported_and_a_tangle_only_once()
    {
        var facts = """
            fact p "P" = q or r
            fact q "Q" = p
            fact r "R" = p and q
            fact s "S" = s

            """;
        var diagnostics = Compile(WithQuestion("harm", facts)).Diagnostics.Where(d => d.Code == "IF0208").ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("cycle: p -> q -> p.", diagnostics[0].Message);
        Assert.Contains("cycle: s -> s.", diagnostics[1].Message);
    }

    [Fact]
    public void Facts_on_a_cycle_are_opaque_to_the_other_checks()
    {
        var facts = """
            fact a "A" = b and harm
            fact b "B" = not a

            """;

        // Whatever 'a' would mean, "a and not a" cannot hold; "a" alone may.
        var never = WithQuestion("a and not a", facts);
        Assert.Contains(At(never, "IF0205", "a and not a"), ConditionFindings(never));
        Assert.DoesNotContain(ConditionFindings(WithQuestion("a or harm", facts)), f => f.Code != "IF0208");
    }

    // ---- IF0207: items that can never apply under their ancestors -------------------------------------

    [Fact]
    public void A_prompt_whose_condition_contradicts_its_key_question_is_reported_naming_the_key_question()
    {
        var source = Preamble + """
            domain 1 court_disposals "Court disposals" for court {
              standard 1.1 assessment "Assessment" {
                rated by judgement
                key question 1.1.1 others_safe "Does assessment analyse how to keep other people safe?" when harm {
                  prompt (a) victims "Does assessment consider the victims?" when not harm
                }
              }
            }

            """;
        Assert.Equal(new[] { At(source, "IF0207", "not harm") }, ConditionFindings(source));
        var diagnostic = Single(source, "IF0207");
        Assert.Equal("Prompt 1.1.1(a) victims can never apply: its condition contradicts that of key question 1.1.1. Check both conditions.", diagnostic.Message);
    }

    [Fact]
    public void Conditions_are_inherited_from_the_domain_and_standard_and_the_nearest_contradicting_one_is_named()
    {
        var source = Preamble + """
            domain 1 court_disposals "Court disposals" for court when disposal != custody {
              standard 1.1 assessment "Assessment" when sanctions > 3 {
                rated by judgement
                key question 1.1.1 custody_plan "Does planning prepare for release?" when disposal == custody
                key question 1.1.2 first_time "Does assessment suit a first offence?" when sanctions == 0
                key question 1.1.3 many "Does assessment reflect many sanctions?" when sanctions > 5 {
                  prompt (a) few "Does it consider few sanctions?" when sanctions < 5
                }
              }
            }

            """;
        var diagnostics = Compile(source).Diagnostics.Where(d => d.Code == "IF0207").ToList();
        Assert.Equal(
            new[] { At(source, "IF0207", "disposal == custody"), At(source, "IF0207", "sanctions == 0"), At(source, "IF0207", "sanctions < 5") },
            ConditionFindings(source));
        Assert.Contains("contradicts that of domain 1.", diagnostics[0].Message);
        Assert.Contains("contradicts that of standard 1.1.", diagnostics[1].Message);
        Assert.Contains("contradicts that of key question 1.1.3.", diagnostics[2].Message);
    }

    [Fact]
    public void A_contradiction_that_needs_several_ancestors_names_the_farthest_one_needed()
    {
        var source = Preamble + """
            domain 1 court_disposals "Court disposals" for court {
              standard 1.1 assessment "Assessment" when harm {
                rated by judgement
                key question 1.1.1 victims "Does assessment consider the victims?" when victim {
                  prompt (a) neither "Does it consider cases without both?" when not (harm and victim)
                }
              }
            }

            """;
        Assert.Equal(new[] { At(source, "IF0207", "not (harm and victim)") }, ConditionFindings(source));
        Assert.Contains("contradicts that of standard 1.1.", Single(source, "IF0207").Message);
    }

    [Fact]
    public void An_item_whose_own_condition_never_holds_gets_IF0205_only_and_its_children_nothing()
    {
        var source = Preamble + """
            domain 1 court_disposals "Court disposals" for court {
              standard 1.1 assessment "Assessment" when harm {
                rated by judgement
                key question 1.1.1 odd "Does it?" when not harm and harm {
                  prompt (a) child "Does the child?" when victim
                  prompt (b) other "Does the other?" when not harm
                }
                key question 1.1.2 unsafe "Does it also?" when not harm {
                  prompt (a) below "Does it below?" when victim and harm
                }
              }
            }

            """;
        Assert.Equal(
            new[] { At(source, "IF0205", "not harm and harm"), At(source, "IF0207", "not harm", occurrence: 2) },
            ConditionFindings(source));
    }

    [Fact]
    public void Case_types_are_not_part_of_the_condition()
    {
        var source = Preamble + """
            case type out_of_court "Out-of-court disposal"
            domain 1 court_disposals "Court disposals" for court {
              standard 1.1 assessment "Assessment" {
                rated by judgement
                key question 1.1.1 custody_plan "Does planning prepare for release?" when disposal == custody
              }
            }
            domain 2 out_of_court_disposals "Out-of-court disposals" for out_of_court {
              standard 2.1 planning "Planning" {
                rated by judgement
                key question 2.1.1 harm_plan "Does planning keep people safe?" when harm
              }
            }

            """;
        Assert.Empty(ConditionBindingErrors(source));
        Assert.Empty(ConditionFindings(source));
    }

    // ---- conditions whose binding failed -------------------------------------------------------------

    [Theory]
    [InlineData("hram and harm and not harm", "IF0109")]
    [InlineData("harm and not harm and disposal == custdy", "IF0201")]
    [InlineData("sanctions and not sanctions", "IF0203")]
    [InlineData("disposal > custody and harm and not harm", "IF0204")]
    [InlineData("harm == 3 or harm or not harm", "IF0202")]
    public void A_condition_whose_binding_failed_is_not_reported(string condition, string bindingError)
    {
        var compilation = Compile(WithQuestion(condition));
        Assert.Contains(compilation.Diagnostics, d => d.Code == bindingError);
        Assert.Empty(ConditionFindings(WithQuestion(condition)));
    }

    [Fact]
    public void A_condition_using_a_derived_fact_whose_definition_failed_to_bind_is_not_reported()
    {
        var facts = """
            fact broken "Broken" = hram
            fact uses "Uses" = broken or harm

            """;
        Assert.Empty(ConditionFindings(WithQuestion("uses and not uses", facts)));
    }

    [Fact]
    public void An_ancestor_condition_that_failed_to_bind_is_left_out_and_the_rest_still_checked()
    {
        var source = Preamble + """
            domain 1 court_disposals "Court disposals" for court {
              standard 1.1 assessment "Assessment" when hram {
                rated by judgement
                key question 1.1.1 others_safe "Does assessment keep others safe?" when harm {
                  prompt (a) none "Does it without harm?" when not harm
                }
              }
            }

            """;
        Assert.Equal(new[] { At(source, "IF0207", "not harm") }, ConditionFindings(source));
        Assert.Contains("contradicts that of key question 1.1.1.", Single(source, "IF0207").Message);
    }

    // ---- size guards ---------------------------------------------------------------------------------

    private static string ManyFacts(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"fact b{i} \"B{i}\" boolean\n"));

    [Fact]
    public void A_condition_over_forty_independent_facts_is_decided_part_by_part()
    {
        var all = string.Join(" and ", Enumerable.Range(1, 40).Select(i => $"b{i}"));
        Assert.Empty(ConditionFindings(WithQuestion(all, ManyFacts(40))));

        var contradiction = "harm and not harm and " + all;
        var source = WithQuestion(contradiction, ManyFacts(40));
        Assert.Equal(new[] { At(source, "IF0205", contradiction) }, ConditionFindings(source));
    }

    [Fact]
    public void A_condition_tying_forty_facts_together_is_left_undecided_rather_than_guessed()
    {
        // (b1 or b2) and (b2 or b3) ... and (b40 or b1): one group of 2^40 cases, too many to try.
        var ring = string.Join(" and ", Enumerable.Range(1, 40).Select(i => $"(b{i} or b{(i % 40) + 1})"));
        Assert.Empty(ConditionFindings(WithQuestion(ring, ManyFacts(40))));

        // Even when it cannot hold: the checker says nothing rather than risk a false warning.
        Assert.Empty(ConditionFindings(WithQuestion(ring + " and not b1 and not b2", ManyFacts(40))));
    }

    [Fact]
    public void Deeply_nested_negations_are_walked_without_overflowing_the_stack()
    {
        // The parser allows 100 'not's in a row at each of 100 levels of parentheses.
        var depth = 99;
        var condition = string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat("not ", 100)) + "(", depth))
            + "harm and not harm" + new string(')', depth);
        var source = WithQuestion(condition);
        Assert.Equal(new[] { At(source, "IF0205", condition) }, ConditionFindings(source));
    }

    // ---- a realistic framework ----------------------------------------------------------------------

    [Fact]
    public void The_youth_framework_conditions_give_no_warnings()
    {
        var source = """
            framework hmip_youth_2019 {
              title "Inspection of youth offending services"
              version "2019.1"
              publisher "HM Inspectorate of Probation"
              effective 2019-06-01
            }
            scale rating "Rating" {
              level inadequate "Inadequate" points 0
              level requires_improvement "Requires improvement" points 1
              level good "Good" points 2
              level outstanding "Outstanding" points 3
            }
            bands key_question_bands "Key question rating bands" {
              of percentage rounded half_up to 0 decimals
              inadequate 0% to 49%
              requires_improvement 50% to 64%
              good 65% to 79%
              outstanding 80% to 100%
            }
            bands overall_bands "Overall rating bands" {
              of points
              inadequate 0 to 1
              requires_improvement 2 to 4
              good 5 to 7
              outstanding 8 to 9
            }
            overall rated by total points in overall_bands
            case type court "Court disposal"
            case type out_of_court "Out-of-court disposal"
            fact disposal "Disposal type" one of {
              community_resolution "Community resolution", caution "Youth caution", conditional_caution "Youth conditional caution",
              referral_order "Referral order", youth_rehabilitation_order "Youth rehabilitation order", custody "Custody"
            }
            fact harm_factors "There are factors related to harm" boolean
            fact identifiable_victim "There is an identifiable victim" boolean
            fact complied "The child complied with the order" boolean
            fact mappa_eligible "The child is eligible for MAPPA" boolean
            fact previous_sanctions "Number of previous sanctions" integer
            fact safety_wellbeing "Safety and wellbeing classification" one of {
              low "Low", medium "Medium", high "High", very_high "Very high"
            }
            fact safety_concerns "Safety and wellbeing concerns were identified" = safety_wellbeing in {medium, high, very_high}
            fact custodial "The sentence is custodial" = disposal == custody
            domain 1 court_disposals "Court disposals" for court {
              standard 1.1 assessment "Assessment" {
                rated by lowest key question in key_question_bands
                key question 1.1.1 desistance "Does assessment sufficiently analyse how to support the child's desistance?" {
                  prompt (a) strengths "Does assessment focus on the child's strengths and protective factors?"
                  prompt (b) victims "Does assessment give sufficient attention to the needs and wishes of victims?" when identifiable_victim
                  prompt (c) history "Does assessment consider previous offending?" when previous_sanctions > 0
                }
                key question 1.1.2 child_safe "Does assessment sufficiently analyse how to keep the child safe?" when safety_concerns
                key question 1.1.3 others_safe "Does assessment sufficiently analyse how to keep other people safe?" when harm_factors {
                  prompt (a) mappa "Is MAPPA eligibility considered?" when mappa_eligible
                  prompt (b) custody_harm "Does assessment consider harm in custody?" when custodial and safety_wellbeing in {high, very_high}
                }
              }
              standard 1.2 reviewing "Reviewing" when disposal in {referral_order, youth_rehabilitation_order, custody} {
                rated by lowest key question in key_question_bands
                key question 1.2.1 enforcement "Does reviewing respond to non-compliance?" when not complied {
                  prompt (a) release "Does reviewing prepare for release?" when custodial
                  prompt (b) breach "Was breach action considered?" when disposal != custody and previous_sanctions >= 1
                }
              }
            }
            domain 2 out_of_court_disposals "Out-of-court disposals" for out_of_court when disposal in {community_resolution, caution, conditional_caution} {
              standard 2.1 assessment "Assessment" {
                rated by lowest key question in key_question_bands
                key question 2.1.1 others_safe "Does assessment sufficiently analyse how to keep other people safe?" when harm_factors
                key question 2.1.2 child_safe "Does assessment sufficiently analyse how to keep the child safe?" when safety_concerns and not custodial
              }
            }

            """;
        Assert.Empty(ConditionBindingErrors(source));
        Assert.Empty(ConditionFindings(source));
    }
}
