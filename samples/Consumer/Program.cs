using System;
using System.Globalization;
using System.Linq;
using Consumer.HmipYouth2019;
using InspectFramework.Runtime;

namespace Consumer;

/// <summary>
/// Validates and scores a small inspection with the types generated from
/// frameworks/hmip-youth-2019.inspect at build time. Exits with 1 if the results are not the expected
/// ones, so CI notices when generation or scoring changes.
/// </summary>
internal static class Program
{
    private static int Main()
    {
        Console.WriteLine($"{HmipYouth2019Framework.Title} {HmipYouth2019Framework.Version} ({HmipYouth2019Framework.ContentHash})");

        // A form left incomplete: validation lists what is missing, in the framework's numbering.
        var incomplete = new CourtAssessment("C-000");
        var findings = HmipYouth2019Validator.Validate(incomplete);
        Console.WriteLine($"Incomplete case C-000: {findings.Length} finding(s), first: {findings.FirstOrDefault()}");

        var scorer = new HmipYouth2019Scorer();
        for (var i = 1; i <= 3; i++)
        {
            // Case 3 gets "no" everywhere, so key questions land at 67% (2 of 3).
            var form = new CourtAssessment(string.Format(CultureInfo.InvariantCulture, "C-{0:000}", i));
            Record(form.Profile, Disposal.ReferralOrder);
            form.Profile.IdentifiableVictim = true;
            Answer(form.Items, i == 3 ? InspectFramework.Runtime.Answer.No : InspectFramework.Runtime.Answer.Yes);
            if (!scorer.Add(form))
            {
                Console.WriteLine($"Case {form.CaseId} not accepted: {string.Join("; ", scorer.Findings)}");
                return 1;
            }
        }

        // Domain 3 is rated from out-of-court cases.
        for (var i = 1; i <= 2; i++)
        {
            var form = new OutOfCourtAssessment(string.Format(CultureInfo.InvariantCulture, "O-{0:000}", i));
            Record(form.Profile, Disposal.YouthCaution);
            Answer(form.Items, InspectFramework.Runtime.Answer.Yes);
            if (!scorer.Add(form))
            {
                Console.WriteLine($"Case {form.CaseId} not accepted: {string.Join("; ", scorer.Findings)}");
                return 1;
            }
        }

        foreach (var standard in new[] { "1.1", "1.2", "1.3", "1.4" })
        {
            scorer.Judgements.TrySet(standard, Rating.Good);
        }

        var result = scorer.Score();
        if (result.Score is not { } score)
        {
            Console.WriteLine("Not scored: " + string.Join("; ", result.Findings.Select(f => f.ToString())));
            return 1;
        }

        foreach (var standard in score.Standards)
        {
            Console.WriteLine($"  {standard.Number} {standard.Name}: {standard.Final?.Label ?? "no rating"}");
        }

        var total = score.TotalPoints?.ToString(CultureInfo.InvariantCulture) ?? "-";
        Console.WriteLine($"Overall: {score.Overall?.Label ?? "no rating"} ({total} of {score.MaxPoints.ToString(CultureInfo.InvariantCulture)} points)");
        return findings.Length > 0 && score.Overall is not null ? 0 : 1;
    }

    /// <summary>Records the facts that decide which items apply: a fact left unset is a finding (IV0108).</summary>
    private static void Record(CaseProfile profile, Disposal disposal)
    {
        profile.Disposal = disposal;
        profile.SafetyWellbeingInspector = Classification.Low;
        profile.RiskOfSeriousHarmInspector = Classification.Low;
        profile.SafetyCircumstancesChanged = false;
        profile.HarmCircumstancesChanged = false;
        profile.IdentifiableVictim = false;
        profile.DidNotComply = false;
        profile.MappaEligible = false;
        profile.PoliceInvolvedInDelivery = false;
    }

    /// <summary>Answers every item that applies: choices with <paramref name="answer"/>, text with evidence,
    /// a rationale where one is required.</summary>
    private static void Answer(System.Collections.Generic.IEnumerable<FormItem> items, Answer answer)
    {
        foreach (var item in items.Where(item => item.Applies))
        {
            switch (item)
            {
                case ChoiceItem choice:
                    choice.Answer = choice.Allows(answer) ? answer : InspectFramework.Runtime.Answer.Yes;
                    break;
                case TextItem text:
                    text.Evidence = "Seen in the case record.";
                    break;
                case NumberItem number:
                    number.Value = 1;
                    break;
            }

            if (item.RationaleRequired)
            {
                item.Rationale = "Inspector's note.";
            }
        }
    }
}
