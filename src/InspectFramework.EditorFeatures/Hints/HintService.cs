using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.EditorFeatures.Symbols;

namespace InspectFramework.EditorFeatures.Hints;

/// <summary>The rating rule and applicability of every standard and key question, in source order.</summary>
public static class HintService
{
    public static ImmutableArray<ItemHint> Hints(FrameworkCompilation compilation)
    {
        var conditions = new PlainConditions(compilation);
        var result = ImmutableArray.CreateBuilder<ItemHint>();
        foreach (var item in FrameworkFacts.Items(compilation))
        {
            var rating = item switch
            {
                StandardSymbol standard => RatingRules.Sentence(standard),
                KeyQuestionSymbol question => Counts(question),
                _ => null,
            };
            if (rating is null)
            {
                continue;
            }

            var applicability = item.Condition is null ? null : conditions.Applicability(item) ?? "Applies only where its condition holds; the condition has errors.";
            result.Add(new ItemHint(item.Syntax.Name.Span, rating, applicability));
        }

        return result.ToImmutable();
    }

    private static string Counts(KeyQuestionSymbol question)
    {
        var standard = question.Standard;
        if (!question.AnsweredYesOrNo)
        {
            return standard.RatingRule == RatingRule.Judgement
                ? $"Evidence for the inspectors' judgement of standard {standard.Number}."
                : "Not counted: only answers yes or no are counted.";
        }

        return standard.RatingRule switch
        {
            RatingRule.LowestKeyQuestion =>
                $"Its percentage of applicable cases answered yes is banded by the {RatingRules.Bands(standard)}; the lowest band among the applicable key questions rates standard {standard.Number}.",
            RatingRule.Judgement => $"Evidence for the inspectors' judgement of standard {standard.Number}.",
            RatingRule.NotRated => "Reported as the percentage of applicable cases answered yes.",
            _ => "Its standard has no rating rule yet.",
        };
    }
}
