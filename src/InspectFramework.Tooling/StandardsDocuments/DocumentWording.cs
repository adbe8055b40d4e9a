using System.Globalization;
using InspectFramework.Compiler.Model;

namespace InspectFramework.Tooling.StandardsDocuments;

/// <summary>
/// The standards document's sentences that need no whole framework model, public so that other
/// readers of a framework (an editor's hover and hints) say what <c>inspect docs</c> says, word for word.
/// </summary>
public static class DocumentWording
{
    /// <param name="rule">The standard's rating rule.</param>
    /// <param name="bands">The band table's name, already formatted (a link) by the renderer; the rest of the sentence needs no escaping.</param>
    public static string RuleSentence(RatingRule rule, string bands) => rule switch
    {
        RatingRule.Judgement => "Rated by inspectors' judgement.",
        RatingRule.NotRated => "Not rated: each key question answered yes or no is reported as the percentage of applicable cases answered yes.",
        _ => $"Rated from its key questions: each key question's percentage of applicable cases answered yes is banded by the {bands}, and the standard takes the lowest band among its applicable key questions.",
    };

    /// <summary>"Answer: yes or no, with a written rationale."</summary>
    public static string Answers(AnswerKind kind, bool rationale)
    {
        var answer = kind switch
        {
            AnswerKind.YesNo => "Answer: yes or no",
            AnswerKind.YesNoNotApplicable => "Answer: yes, no or not applicable",
            AnswerKind.Text => "Answer: written evidence",
            _ => "Answer: a number",
        };
        return rationale ? answer + ", with a written rationale." : answer + ".";
    }

    /// <summary>A decimal as written in a framework, without trailing zeros: "65", "65.5".</summary>
    public static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
