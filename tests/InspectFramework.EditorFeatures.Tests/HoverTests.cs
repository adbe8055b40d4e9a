using InspectFramework.EditorFeatures.Hover;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests;

public class HoverTests
{
    [Fact]
    public void A_recorded_fact_says_its_label_its_type_and_the_items_it_decides_directly_or_through_derived_facts()
    {
        AssertHover(("= harm and", "= [|h$$arm|] and"), """
            **fact** `harm`: There are factors related to harm

            Yes or no.

            Decides whether 1 item applies (directly or through `serious`):

            - key question 1.1.1 `safe`
            """);
    }

    [Fact]
    public void A_fact_with_values_lists_them_with_their_labels()
    {
        AssertHover(("fact disposal", "fact [|disposal$$|]"), """
            **fact** `disposal`: Type of disposal

            One of:

            - Custody `custody`
            - Referral order `referral`
            - Caution `caution`

            Decides whether 2 items apply (directly or through `serious`):

            - key question 1.1.1 `safe`
            - key question 1.1.2 `plans`
            """);
    }

    [Fact]
    public void A_derived_fact_reads_its_definition_in_plain_english_as_the_standards_document_does()
    {
        AssertHover(("when serious", "when [|$$serious|]"), """
            **fact** `serious`: The harm is serious

            Yes where there are factors related to harm and the type of disposal is Custody; no otherwise (worked out, not recorded).

            Decides whether 1 item applies:

            - key question 1.1.1 `safe`
            """);
    }

    [Fact]
    public void A_value_names_its_fact_and_the_items_it_decides()
    {
        AssertHover(("in {custody, referral}", "in {[|cust$$ody|], referral}"), """
            **value** `custody`: Custody

            A value of the fact `disposal`: Type of disposal.

            Decides whether 2 items apply (directly or through `serious`):

            - key question 1.1.1 `safe`
            - key question 1.1.2 `plans`
            """);

        AssertHover(("caution \"Caution\"", "[|caution|]$$ \"Caution\""), """
            **value** `caution`: Caution

            A value of the fact `disposal`: Type of disposal.

            No item's applicability depends on it.
            """);
    }

    [Fact]
    public void A_key_question_says_its_number_wording_applicability_and_answers()
    {
        AssertHover(("1.1.1 safe", "1.1.1 [|sa$$fe|]"), """
            **key question 1.1.1** `safe`

            Is the child kept safe?

            *Applies only to court disposal cases where the harm is serious.*

            Answer: yes or no.
            """);
    }

    [Fact]
    public void A_prompt_and_a_domain_say_their_provenance_and_case_sample()
    {
        AssertHover(("(a) victims", "(a) [|$$victims|]"), """
            **prompt 1.1.1(a)** `victims`

            Are victims considered?

            *Applies only to court disposal cases where there is an identifiable victim.*

            Answer: yes, no or not applicable.
            """);

        AssertHover(("1 cases", "1 [|cases$$|]"), """
            **domain 1** `cases`

            Cases

            Case sample: court disposal cases.

            **Verbatim** from The report: Annexe
            """);

        AssertHover(("1.1 assessment", "1.1 [|as$$sessment|]"), """
            **standard 1.1** `assessment`

            Assessment

            > Assessment is good.

            Rated from its key questions: each key question's percentage of applicable cases answered yes is banded by the Key question bands, and the standard takes the lowest band among its applicable key questions.
            """);
    }

    [Fact]
    public void Band_tables_say_their_bands_and_who_uses_them()
    {
        AssertHover(("in kq", "in [|k$$q|]"), """
            **band table** `kq`: Key question bands

            Bands of percentages, rounded half up to 0 decimal places first; edges included.

            - Poor: 0% to 49%
            - Good: 50% to 100%

            Used by:

            - standard 1.1 `assessment`
            """);

        AssertHover(("bands totals", "bands [|$$totals|]"), """
            **band table** `totals`: Overall bands

            Bands of points; edges included.

            - Poor: 0 to 0
            - Good: 1 to 1

            Used by:

            - the overall rating
            """);
    }

    [Fact]
    public void The_scale_levels_scores_sources_and_case_types_say_their_content_and_users()
    {
        AssertHover(("scale rating", "scale [|rat$$ing|]"), """
            **rating scale** `rating`: Rating

            Levels, lowest first:

            - Poor `poor`: 0 points
            - Good `good`: 1 point

            Used by:

            - band table `kq`
            - band table `totals`
            """);

        AssertHover(("allow poor", "allow [|po$$or|]"), """
            **level** `poor`: Poor

            0 points on the rating scale.

            Named 3 times in band tables and discretion rules.
            """);

        AssertHover(("to safety", "to [|safety$$|]"), """
            **score** `safety`: Safety

            The percentage of yes among yes and no answers, rounded half up to 0 decimal places.

            Pooled from:

            - key question 1.1.1 `safe`
            """);

        AssertHover(("verbatim report", "verbatim [|$$report|]"), """
            **source** `report`

            The report

            Cited by 1 item.
            """);

        AssertHover(("for court", "for [|cou$$rt|]"), """
            **case type** `court`: Court disposal

            Its cases are sampled by:

            - domain 1 `cases`
            """);
    }

    [Fact]
    public void Text_from_the_framework_never_becomes_markup()
    {
        AssertHover(("\"There is an identifiable victim\"", "\"A *victim* <b>named</b> [here](https://example.org) # _x_\""), ("fact victim", "fact [|vic$$tim|]"), """
            **fact** `victim`: A \*victim\* \<b\>named\</b\> \[here\](https\://example.org) \# \_x\_

            Yes or no.

            Decides whether 1 item applies:

            - prompt 1.1.1(a) `victims`
            """);
    }

    [Fact]
    public void A_derived_fact_of_the_youth_2019_framework_reads_as_the_standards_document_reads_it()
    {
        // The document's table of facts (inspect docs) and the five key questions whose conditions
        // name safety_concerns (grep -n "when safety_concerns" frameworks/hmip-youth-2019.inspect).
        var compilation = BundledFrameworks.Get("hmip-youth-2019.inspect");
        var hover = HoverService.Hover(compilation, BundledFrameworks.OffsetOf(compilation, "fact safety_concerns") + "fact ".Length);
        Assert.NotNull(hover);
        Assert.Equal("""
            **fact** `safety_concerns`: Safety and wellbeing concerns were identified

            Yes where the safety and wellbeing classification as judged by the inspector is Medium, High or Very high; no otherwise (worked out, not recorded).

            Decides whether 5 items apply:

            - key question 2.2.2 `child_safety`
            - key question 2.3.2 `child_safety`
            - key question 2.4.2 `child_safety`
            - key question 3.2.2 `child_safety`
            - key question 3.3.2 `child_safety`
            """.ReplaceLineEndings("\n"), hover.Markdown);
    }

    [Fact]
    public void Nothing_shows_off_a_name()
    {
        var marked = Demo.Mark(("rated by lowest", "rated b$$y lowest"));
        Assert.Null(HoverService.Hover(marked.Compile(), marked.Cursor));
    }

    private static void AssertHover((string Find, string Marked) mark, string expected) => AssertHover(mark, mark, expected);

    private static void AssertHover((string Find, string Marked) first, (string Find, string Marked) second, string expected)
    {
        var marked = first == second ? Demo.Mark(first) : Demo.Mark(first, second);
        var hover = HoverService.Hover(marked.Compile(), marked.Cursor);
        Assert.NotNull(hover);
        Assert.Equal(expected.ReplaceLineEndings("\n"), hover.Markdown);
        Assert.Equal(marked.Spans[0], hover.Span);
    }
}
