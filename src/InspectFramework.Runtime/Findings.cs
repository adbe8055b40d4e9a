using System.Collections.Generic;
using System.Linq;

namespace InspectFramework.Runtime;

/// <summary>The catalogue of case validation findings (documented in docs/case-data.md).</summary>
public static class Findings
{
    /// <summary>An applicable item has no answer.</summary>
    public const string MissingAnswerCode = "IV0001";

    /// <summary>An answer is recorded for an item that does not apply to the case.</summary>
    public const string AnswerForInapplicableItemCode = "IV0002";

    /// <summary>The item requires a rationale and none is recorded.</summary>
    public const string MissingRationaleCode = "IV0003";

    /// <summary>The answer is not one the item allows (for example "not applicable" to a yes/no key question).</summary>
    public const string AnswerNotAllowedCode = "IV0004";

    /// <summary>A standard rated by judgement has no recorded rating.</summary>
    public const string MissingJudgementCode = "IV0005";

    /// <summary>A professional discretion request is outside the framework's rules.</summary>
    public const string DiscretionRefusedCode = "IV0006";

    /// <summary>A fact that decides whether items apply to the case is not recorded (a case-data problem of
    /// the evaluator, IV0108, which generated validators report alike).</summary>
    public const string MissingFactCode = "IV0108";

    /// <summary>A fact's value is one the framework allows only for other case types (a court case with a youth caution).</summary>
    public const string ValueNotForCaseTypeCode = "IV0007";

    /// <summary>A fact's value is not one the fact takes (shared with the case data readers' IV0106).</summary>
    public const string InvalidFactValueCode = "IV0106";

    /// <summary>What an integer fact takes, as findings and case data problems say it: a count, from 0 up
    /// to the largest a generated profile's <c>int</c> holds.</summary>
    public const string IntegerFactRange = "it takes a whole number from 0 to 2147483647";

    /// <summary>The path of an item as methodology staff read it: "2.1.1" or "2.1.1 / prompt: victims".</summary>
    public static string PathOf(string keyQuestionNumber, string? promptName = null) =>
        promptName is null ? keyQuestionNumber : $"{keyQuestionNumber} / prompt: {promptName}";

    /// <summary>IV0001.</summary>
    public static ValidationFinding MissingAnswer(string caseId, string path) =>
        new(MissingAnswerCode, caseId, path, "This item applies to the case but has no answer. Record an answer.");

    /// <summary>IV0002.</summary>
    public static ValidationFinding AnswerForInapplicableItem(string caseId, string path) =>
        new(AnswerForInapplicableItemCode, caseId, path, "An answer is recorded, but this item does not apply to the case. Remove the answer or correct the case facts.");

    /// <summary>IV0003.</summary>
    public static ValidationFinding MissingRationale(string caseId, string path) =>
        new(MissingRationaleCode, caseId, path, "This item requires a rationale with its answer. Record why it was answered so.");

    /// <summary>IV0004.</summary>
    public static ValidationFinding AnswerNotAllowed(string caseId, string path, Answer answer) =>
        new(AnswerNotAllowedCode, caseId, path, $"'{Describe(answer)}' is not an allowed answer here. Answer yes or no.");

    /// <summary>IV0004, for a recorded value of the wrong kind (text where yes or no is expected, an
    /// unknown word, a number for a yes/no item). <paramref name="allowed"/> lists what the item takes.</summary>
    public static ValidationFinding AnswerNotAllowed(string caseId, string path, string given, string allowed) =>
        new(AnswerNotAllowedCode, caseId, path, $"'{given}' is not an allowed answer here. Answer {allowed}.");

    /// <summary>IV0108: fact <paramref name="fact"/> (its stable name) is not recorded and leaves the
    /// applicability of <paramref name="items"/> ("key question 2.1.3", "prompt 2.2.1(h)") undecided.</summary>
    public static ValidationFinding MissingFact(string caseId, string fact, IReadOnlyList<string> items) =>
        new(MissingFactCode, caseId, $"fact {fact}", $"Fact '{fact}' is not recorded, but it decides whether {ItemList(items)} {(items.Count == 1 ? "applies" : "apply")} to this case. Record it.");

    /// <summary>The path of a fact in findings: "fact sanctions".</summary>
    public static string FactPath(string fact) => $"fact {fact}";

    /// <summary>IV0106, for a negative integer fact in a generated profile, worded as the case data
    /// readers word it for the same value.</summary>
    public static ValidationFinding NegativeIntegerFact(string caseId, string fact, int value) =>
        new(InvalidFactValueCode, caseId, FactPath(fact), $"'{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}' is not a value of fact '{fact}': {IntegerFactRange}.");

    /// <summary>The path of a standard in inspection-level findings: "standard 1.1".</summary>
    public static string StandardPath(string standardNumber) => $"standard {standardNumber}";

    /// <summary>IV0005 (inspection level).</summary>
    public static ValidationFinding MissingJudgement(string standardNumber, string standardName) =>
        new(MissingJudgementCode, string.Empty, StandardPath(standardNumber), $"Standard {standardNumber} is rated by inspectors' judgement, but no rating is recorded for it. Record the rating for '{standardName}' in the inspection's judgements.");

    /// <summary>IV0006 (inspection level). <paramref name="reason"/> comes from <see cref="Ratings.CheckDiscretion"/>.</summary>
    public static ValidationFinding DiscretionRefused(string standardNumber, string requested, string reason) =>
        new(DiscretionRefusedCode, string.Empty, StandardPath(standardNumber), $"Professional discretion to rate standard {standardNumber} '{requested}' is refused: {reason}. Correct or remove the request.");

    /// <summary>IV0007. <paramref name="allowed"/> lists the values the case type allows.</summary>
    public static ValidationFinding ValueNotForCaseType(string caseId, string fact, string value, string caseType, string allowed) =>
        new(ValueNotForCaseTypeCode, caseId, $"fact {fact}", $"'{value}' is not a value of fact '{fact}' for a case of type '{caseType}': it allows {allowed}. Correct the value or the case type.");

    /// <summary>True when <paramref name="text"/> is null, empty or white space: a blank rationale or
    /// written answer counts as none.</summary>
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    // The first few items, so that a fact deciding a whole domain does not give a page-long message.
    private static string ItemList(IReadOnlyList<string> items)
    {
        const int Shown = 6;
        var names = items.Take(Shown).ToList();
        var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
        return items.Count > Shown ? $"{string.Join(", ", names)} and {items.Count - Shown} more items" : list;
    }

    private static string Describe(Answer answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        Answer.NotApplicable => "not applicable",
        _ => "no answer",
    };
}
