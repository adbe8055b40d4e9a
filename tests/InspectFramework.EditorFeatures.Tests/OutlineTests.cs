using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.EditorFeatures.Outline;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests;

public class OutlineTests
{
    [Fact]
    public void The_outline_has_the_declarations_and_the_items_with_numbers_and_wording()
    {
        var outline = OutlineService.Outline(MarkedText.Parse(Demo.Text).Compile());
        Assert.Equal(
            """
            Framework demo (Demo)
            Source report (The report)
            Scale rating (Rating)
              Level poor (Poor)
              Level good (Good)
            BandTable kq (Key question bands)
            BandTable totals (Overall bands)
            Overall overall (totals)
            Discretion discretion
            CaseType court (Court disposal)
            Fact disposal (Type of disposal)
              Value custody (Custody)
              Value referral (Referral order)
              Value caution (Caution)
            Fact harm (There are factors related to harm)
            Fact serious (The harm is serious)
            Fact victim (There is an identifiable victim)
            Score safety (Safety)
            Domain 1 Cases (cases)
              Standard 1.1 Assessment (assessment)
                KeyQuestion 1.1.1 Is the child kept safe? (safe)
                  Prompt (a) Are victims considered? (victims)
                KeyQuestion 1.1.2 Is there a plan? (plans)

            """.ReplaceLineEndings("\n"),
            Render(outline));
    }

    [Fact]
    public void An_entry_spans_its_declaration_and_selects_its_name()
    {
        var marked = Demo.Mark(("key question 1.1.2 plans \"Is there a plan?\" when disposal in {custody, referral}", "[|key question 1.1.2 [|plans|] \"Is there a plan?\" when disposal in {custody, referral}|]"));
        var question = OutlineService.Outline(marked.Compile()).Single(i => i.Kind == OutlineItemKind.Domain).Children[0].Children[1];
        Assert.Equal((marked.Spans[0], marked.Spans[1]), (question.Span, question.SelectionSpan));
    }

    [Fact]
    public void The_youth_2019_outline_shows_its_three_domains_and_twelve_standards()
    {
        // The framework's own guidance: "Three domains, 12 standards."
        var outline = OutlineService.Outline(BundledFrameworks.Get("hmip-youth-2019.inspect"));
        var domains = outline.Where(i => i.Kind == OutlineItemKind.Domain).ToList();
        Assert.Equal(new[] { "1 Organisational delivery", "2 Court disposals", "3 Out-of-court disposals" }, domains.Select(d => d.Name));
        Assert.Equal(12, domains.Sum(d => d.Children.Count(c => c.Kind == OutlineItemKind.Standard)));
    }

    [Fact]
    public void A_file_cut_off_while_typing_still_has_an_outline()
    {
        var outline = OutlineService.Outline(MarkedText.Parse("fact harm \"Harm\" boolean\ndomain 1 cases \"Cases\" {\n  standard 1.1 assessment \"Assess").Compile());
        Assert.Equal("Fact harm (Harm)\nDomain 1 Cases (cases)\n", Render(outline).Split("  Standard")[0]);
    }

    private static string Render(ImmutableArray<OutlineItem> items)
    {
        var lines = new List<string>();
        void Add(OutlineItem item, int depth)
        {
            lines.Add(new string(' ', depth * 2) + item.Kind + " " + item.Name + (item.Detail is null ? string.Empty : $" ({item.Detail})"));
            foreach (var child in item.Children)
            {
                Add(child, depth + 1);
            }
        }

        foreach (var item in items)
        {
            Add(item, 0);
        }

        return string.Join("\n", lines) + "\n";
    }
}
