using System.Linq;
using InspectFramework.EditorFeatures.Navigation;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests;

public class NavigationTests
{
    [Fact]
    public void A_fact_is_found_at_its_declaration_and_at_every_use_in_a_condition()
    {
        var marked = Demo.Mark(("fact harm", "fact [|harm|]"), ("= harm and", "= [|ha$$rm|] and"));
        AssertReferences(marked);
    }

    [Fact]
    public void A_value_is_found_in_its_fact_after_equals_and_in_a_value_set()
    {
        var marked = Demo.Mark(
            ("{ custody \"Custody\"", "{ [|custody|] \"Custody\""),
            ("disposal == custody", "disposal == [|custody|]"),
            ("in {custody, referral}", "in {[|cus$$tody|], referral}"));
        AssertReferences(marked);
    }

    [Fact]
    public void A_level_is_found_in_band_rows_and_discretion_rules()
    {
        var marked = Demo.Mark(
            ("level poor", "level [|poor|]"),
            ("  poor  0% to", "  [|poor|]  0% to"),
            ("  poor 0 to 0", "  [|poor|] 0 to 0"),
            ("allow poor ->", "allow [|poor|]$$ ->"));
        AssertReferences(marked);
    }

    [Fact]
    public void Band_tables_sources_scores_and_case_types_are_found_where_they_are_named()
    {
        AssertReferences(Demo.Mark(("bands kq", "bands [|kq|]"), ("question in kq", "question in [|$$kq|]")));
        AssertReferences(Demo.Mark(("bands totals", "bands [|totals|]"), ("points in totals", "points in [|tot$$als|]")));
        AssertReferences(Demo.Mark(("source report", "source [|report|]"), ("verbatim report", "verbatim [|rep$$ort|]")));
        AssertReferences(Demo.Mark(("score safety", "score [|safety|]"), ("contributes to safety", "contributes to [|$$safety|]")));
        AssertReferences(Demo.Mark(("case type court", "case type [|court|]"), ("for court", "for [|co$$urt|]")));
    }

    [Fact]
    public void Items_and_the_scale_are_found_at_their_declaration()
    {
        AssertReferences(Demo.Mark(("key question 1.1.1 safe", "key question 1.1.1 [|sa$$fe|]")));
        AssertReferences(Demo.Mark(("prompt (a) victims", "prompt (a) [|$$victims|]")));
        AssertReferences(Demo.Mark(("scale rating", "scale [|rating$$|]")));
    }

    [Fact]
    public void Definition_goes_from_a_use_to_the_declaration_and_stays_on_a_declaration()
    {
        var fromUse = Demo.Mark(("fact serious", "fact [|serious|]"), ("when serious", "when ser$$ious"));
        Assert.Equal(new SymbolLocation("test.inspect", fromUse.Spans.Single()), NavigationService.Definition(fromUse.Compile(), fromUse.Cursor));

        var fromDeclaration = Demo.Mark(("fact serious", "fact [|$$serious|]"));
        Assert.Equal(new SymbolLocation("test.inspect", fromDeclaration.Spans.Single()), NavigationService.Definition(fromDeclaration.Compile(), fromDeclaration.Cursor));
    }

    [Fact]
    public void Highlights_tell_the_declaration_from_uses()
    {
        var marked = Demo.Mark(("fact victim", "fact [|victim|]"), ("when victim", "when [|vic$$tim|]"));
        var highlights = NavigationService.Highlights(marked.Compile(), marked.Cursor);
        Assert.Equal(new[] { new DocumentHighlight(marked.Spans[0], true), new DocumentHighlight(marked.Spans[1], false) }, highlights);
    }

    [Fact]
    public void References_without_the_declaration_are_the_uses()
    {
        var marked = Demo.Mark(("fact harm", "fact $$harm"), ("= harm and", "= [|harm|] and"));
        Assert.Equal(Locations(marked), NavigationService.References(marked.Compile(), marked.Cursor, includeDeclaration: false));
    }

    [Fact]
    public void Nothing_is_found_off_a_name_or_on_a_keyword_text_or_comment()
    {
        foreach (var (find, marked) in new[] { ("fact victim", "fa$$ct victim"), ("\"Safety\"", "\"Saf$$ety\""), ("score safety", "score safety $$"), ("domain 1", "domain$$ 1") })
        {
            var text = Demo.Mark((find, marked));
            Assert.Null(NavigationService.Definition(text.Compile(), text.Cursor));
            Assert.Empty(NavigationService.References(text.Compile(), text.Cursor, includeDeclaration: true));
        }
    }

    [Fact]
    public void Names_that_resolve_still_navigate_in_a_file_with_errors()
    {
        // A misspelt fact, an unknown band table and an unfinished declaration: the misspelt name
        // has no target, the rest still navigate.
        var misspelt = Demo.Mark(
            ("fact harm", "fact [|harm|]"),
            ("= harm and", "= [|harm|] and harmm and"),
            ("when victim", "when vic$$tim"),
            ("question in kq", "question in kqq"),
            ("  }\n}\n", "  }\n}\nfact broken \"Broken\" =\n"));
        var compilation = misspelt.Compile();
        Assert.True(compilation.HasErrors);
        Assert.Null(NavigationService.Definition(compilation, misspelt.Text.IndexOf("harmm", System.StringComparison.Ordinal) + 2));
        var cursorOnHarm = misspelt.Spans[1].Start + 1;
        Assert.Equal(Locations(misspelt), NavigationService.References(compilation, cursorOnHarm, includeDeclaration: true));
        Assert.NotNull(NavigationService.Definition(compilation, misspelt.Cursor));
    }

    [Fact]
    public void A_file_without_a_framework_header_still_navigates()
    {
        var marked = MarkedText.Parse("""
            fact [|harm|] "There are factors related to harm" boolean
            fact serious "Serious" = [|$$harm|]
            """);
        var compilation = marked.Compile();
        Assert.Null(compilation.Framework);
        AssertReferences(marked);
    }

    [Fact]
    public void The_victim_fact_of_the_youth_2019_framework_is_used_by_four_prompts()
    {
        // grep -n identifiable_victim frameworks/hmip-youth-2019.inspect: declared on line 163, used
        // in conditions on lines 318, 394, 646 and 712 (its other mentions are in comments).
        var compilation = BundledFrameworks.Get("hmip-youth-2019.inspect");
        var offset = BundledFrameworks.OffsetOf(compilation, "when identifiable_victim") + "when ".Length;
        var lines = NavigationService.References(compilation, offset, includeDeclaration: true)
            .Select(l => compilation.Source.GetLinePosition(l.Span.Start).Line + 1);
        Assert.Equal(new[] { 152, 307, 383, 635, 701 }, lines);
    }

    private static void AssertReferences(MarkedText marked)
    {
        Assert.Equal(Locations(marked), NavigationService.References(marked.Compile(), marked.Cursor, includeDeclaration: true));
    }

    private static SymbolLocation[] Locations(MarkedText marked) =>
        marked.Spans.Select(s => new SymbolLocation("test.inspect", s)).ToArray();
}
