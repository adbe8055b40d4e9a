using System.Linq;
using InspectFramework.EditorFeatures.Completion;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests;

public class CompletionTests
{
    private const string Facts = "disposal harm serious victim";

    [Fact]
    public void A_condition_offers_the_facts_and_the_words_that_start_an_operand()
    {
        AssertLabels(Demo.Mark(("when serious {", "when $$ {")), Facts + " not true false");
        AssertLabels(Demo.Mark(("= harm and", "= harm and $$")), Facts + " not true false");
        AssertLabels(Demo.Mark(("fact victim \"There is an identifiable victim\" boolean", "fact victim \"Victim\" = $$")), Facts + " not true false");
    }

    [Fact]
    public void A_word_being_typed_is_replaced_and_the_place_is_read_before_it()
    {
        var marked = Demo.Mark(("when serious {", "when [|ser$$|] {"));
        var list = CompletionService.Complete(marked.Compile(), marked.Cursor);
        Assert.Equal(marked.Spans[0], list.ReplaceSpan);
        Assert.Equal(Facts + " not true false", Labels(list));

        // The cursor in the middle of a word replaces the whole word.
        var middle = Demo.Mark(("when serious {", "when [|se$$rious|] {"));
        Assert.Equal(middle.Spans[0], CompletionService.Complete(middle.Compile(), middle.Cursor).ReplaceSpan);
    }

    [Fact]
    public void A_value_set_offers_the_facts_values_not_yet_listed()
    {
        AssertLabels(Demo.Mark(("in {custody, referral}", "in {$$")), "custody referral caution");
        AssertLabels(Demo.Mark(("in {custody, referral}", "in {custody, $$")), "referral caution");
        AssertLabels(Demo.Mark(("in {custody, referral}", "in {custody, ref$$")), "referral caution");
        AssertLabels(Demo.Mark(("when disposal in {custody, referral}", "when disposal not in { caution,$$ }")), "custody referral");
    }

    [Fact]
    public void A_comparison_offers_the_values_of_the_fact_on_its_left()
    {
        AssertLabels(Demo.Mark(("disposal == custody", "disposal == $$")), "custody referral caution");
        AssertLabels(Demo.Mark(("disposal == custody", "disposal != cu$$")), "custody referral caution");
        AssertLabels(Demo.Mark(("when victim", "when victim == $$")), "true false");
    }

    [Fact]
    public void After_a_fact_come_the_operators_its_type_allows_and_what_may_follow_a_condition()
    {
        // Only a true-or-false fact is a condition by itself; a prompt's braces are optional, so
        // after a whole condition the next member of its key question may follow.
        const string afterCondition = "prompt contributes to guidance provenance verbatim provenance reconstructed answers rationale required";
        AssertLabels(Demo.Mark(Sanctions, ("when victim", "when sanctions $$")), "== != < <= > >=");
        AssertLabels(Demo.Mark(("when victim", "when disposal $$")), "== != in not in");
        AssertLabels(Demo.Mark(("when victim", "when disposal not $$")), "in");
        AssertLabels(Demo.Mark(("when victim", "when victim $$")), "and or == != " + afterCondition);
        AssertLabels(Demo.Mark(("when victim", "when serious $$")), "and or == != " + afterCondition);

        // A fact on the right of a comparison completes it.
        AssertLabels(Demo.Mark(Sanctions, ("when victim", "when 2 < sanctions $$")), "and or " + afterCondition);
    }

    [Fact]
    public void Operators_are_offered_as_operators()
    {
        var marked = Demo.Mark(Sanctions, ("when victim", "when sanctions $$"));
        Assert.All(CompletionService.Complete(marked.Compile(), marked.Cursor).Items, i => Assert.Equal(CompletionItemKind.Operator, i.Kind));
    }

    [Fact]
    public void Band_tables_levels_sources_scores_and_case_types_are_offered_where_they_are_named()
    {
        AssertLabels(Demo.Mark(("question in kq", "question in $$")), "kq totals");
        AssertLabels(Demo.Mark(("points in totals", "points in to$$")), "kq totals");
        AssertLabels(Demo.Mark(("allow poor -> good", "allow $$")), "poor good");
        AssertLabels(Demo.Mark(("allow poor -> good", "allow poor -> g$$")), "poor good");
        AssertLabels(Demo.Mark(("good 50% to 100%", "good 50% to 100%\n  $$")), "poor good");
        AssertLabels(Demo.Mark(("poor 0 to 0", "poor 0 to 0\n  g$$")), "poor good");
        AssertLabels(Demo.Mark(("verbatim report", "verbatim $$")), "report");
        AssertLabels(Demo.Mark(("contributes to safety", "contributes to $$")), "safety");
        AssertLabels(Demo.Mark(("for court", "for $$")), "court");
        AssertLabels(Demo.Mark(("when within 5", "when $$")), "within");
        AssertLabels(Demo.Mark(("      contributes to safety", "      answers $$\n      contributes to safety")), "yes_no yes_no_na text number");
    }

    [Fact]
    public void A_block_offers_the_keywords_its_members_may_start_with()
    {
        AssertLabels(Demo.Mark(("statement \"Assessment is good.\"", "statement \"Assessment is good.\"\n    $$")),
            "statement rated by judgement rated by lowest key question in not rated discretion key question key question with prompts contributes to guidance provenance verbatim provenance reconstructed answers rationale required");
        AssertLabels(Demo.Mark(("  effective 2020-01-01", "  effective 2020-01-01\n  $$")), "title version publisher effective guidance");
        AssertLabels(Demo.Mark(("score safety \"Safety\"", "score safety \"Safety\"\n$$")),
            "framework source scale bands case type values fact discretion overall rated by total points in score domain bands covering 0-100%");
        AssertLabels(Demo.Mark(("  rationale required\n  allow", "  rationale required\n  a$$\n  allow")), "rationale required allow");
    }

    [Fact]
    public void Nothing_is_offered_where_a_name_is_being_declared_or_in_text_and_comments()
    {
        AssertLabels(Demo.Mark(("fact harm", "fact h$$")), string.Empty);
        AssertLabels(Demo.Mark(("\"Safety\"", "\"Saf$$ety\"")), string.Empty);
        AssertLabels(Demo.Mark(("score safety \"Safety\"", "score safety \"Safety\" // when $$")), string.Empty);
        AssertLabels(Demo.Mark(("domain 1 cases", "domain 1 $$")), string.Empty);
    }

    [Fact]
    public void The_key_question_snippet_is_numbered_after_the_last_key_question_of_its_standard()
    {
        var marked = Demo.Mark(("when disposal in {custody, referral}", "when disposal in {custody, referral}\n    $$"));
        var snippet = CompletionService.Complete(marked.Compile(), marked.Cursor).Items.Single(i => i.Kind == CompletionItemKind.Snippet);
        Assert.True(snippet.IsSnippet);
        Assert.Equal(
            "key question ${1:1.1.3} ${2:name} \"${3:Key question?}\" {\n"
            + "  prompt (a) ${4:first_prompt} \"${5:Prompt?}\"\n"
            + "  prompt (b) ${6:second_prompt} \"${7:Prompt?}\"\n"
            + "}$0",
            snippet.InsertText);
    }

    [Fact]
    public void The_band_table_snippet_covers_0_to_100_percent_over_the_scales_levels_as_the_formatter_lays_it_out()
    {
        var marked = Demo.Mark(("score safety \"Safety\"", "score safety \"Safety\"\n$$"));
        var snippet = CompletionService.Complete(marked.Compile(), marked.Cursor).Items.Single(i => i.Kind == CompletionItemKind.Snippet);
        Assert.Equal(
            "bands ${1:name} \"${2:Label}\" {\n"
            + "  of percentage rounded half_up to 0 decimals\n"
            + "  poor  0% to  49%\n"
            + "  good 50% to 100%\n"
            + "}$0",
            snippet.InsertText);
    }

    // An integer fact added to the demo.
    private static readonly (string, string) Sanctions =
        ("fact victim \"There is an identifiable victim\" boolean", "fact victim \"There is an identifiable victim\" boolean\nfact sanctions \"Previous sanctions\" integer");

    private static void AssertLabels(MarkedText marked, string expected) =>
        Assert.Equal(expected, Labels(CompletionService.Complete(marked.Compile(), marked.Cursor)));

    private static string Labels(CompletionList list) => string.Join(" ", list.Items.Select(i => i.Label));
}
