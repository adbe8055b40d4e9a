using System.Linq;
using InspectFramework.EditorFeatures.Hints;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests;

public class HintTests
{
    [Fact]
    public void Standards_and_key_questions_show_their_rating_rule_and_applicability_in_plain_english()
    {
        var marked = Demo.Mark(("1.1 assessment", "1.1 [|assessment|]"), ("1.1.1 safe", "1.1.1 [|safe|]"), ("1.1.2 plans", "1.1.2 [|plans|]"));
        Assert.Equal(
            new[]
            {
                new ItemHint(marked.Spans[0], "Rated from its key questions: each key question's percentage of applicable cases answered yes is banded by the Key question bands, and the standard takes the lowest band among its applicable key questions.", null),
                new ItemHint(marked.Spans[1], "Its percentage of applicable cases answered yes is banded by the Key question bands; the lowest band among the applicable key questions rates standard 1.1.", "Applies only to court disposal cases where the harm is serious."),
                new ItemHint(marked.Spans[2], "Its percentage of applicable cases answered yes is banded by the Key question bands; the lowest band among the applicable key questions rates standard 1.1.", "Applies only to court disposal cases where the type of disposal is Custody or Referral order."),
            },
            HintService.Hints(marked.Compile()));
    }

    [Fact]
    public void Judged_standards_of_the_youth_2019_framework_say_so()
    {
        // Standard 1.1 is 'rated by judgement' and its key questions are answered with text.
        var hints = HintService.Hints(BundledFrameworks.Get("hmip-youth-2019.inspect"));
        Assert.Equal("Rated by inspectors' judgement.", hints[0].Rating);
        Assert.Equal("Evidence for the inspectors' judgement of standard 1.1.", hints[1].Rating);

        // 12 standards and their key questions: every one has a hint.
        Assert.Equal(12, hints.Count(h => h.Rating.StartsWith("Rated", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_condition_with_errors_is_not_read_aloud()
    {
        var marked = Demo.Mark(("when disposal in {custody, referral}", "when disposal in {custody, referal}"));
        var hint = HintService.Hints(marked.Compile()).Last();
        Assert.Equal("Applies only where its condition holds; the condition has errors.", hint.Applicability);
    }
}
