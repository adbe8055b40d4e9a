using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InspectFramework.Runtime;
using PackagedConsumer.HmipYouth2019;

namespace PackagedConsumer;

/// <summary>
/// Built by PackageTests in a fresh project whose only package reference is the source generator:
/// validates forms and scores one court case and one out-of-court case answered "yes" throughout, with
/// every standard of domain 1 judged Good.
/// </summary>
internal static class Program
{
    private static int Main()
    {
        Console.WriteLine($"framework: {HmipYouth2019Framework.Title} {HmipYouth2019Framework.Version}");
        Console.WriteLine($"empty form valid: {HmipYouth2019Validator.Validate(new CourtAssessment("C-0")).Length == 0}");

        var court = new CourtAssessment("C-1");
        court.Profile.IdentifiableVictim = true;
        AnswerYes(court.Items);
        var outOfCourt = new OutOfCourtAssessment("O-1");
        AnswerYes(outOfCourt.Items);
        var findings = HmipYouth2019Validator.Validate(court).Concat(HmipYouth2019Validator.Validate(outOfCourt)).ToList();
        Console.WriteLine($"answered forms valid: {findings.Count == 0}");
        foreach (var finding in findings)
        {
            Console.WriteLine($"  {finding}");
        }

        var scorer = new HmipYouth2019Scorer();
        Console.WriteLine($"accepted: {scorer.Add(court)} {scorer.Add(outOfCourt)}");
        foreach (var standard in new[] { "1.1", "1.2", "1.3", "1.4" })
        {
            scorer.Judgements.TrySet(standard, Rating.Good);
        }

        var result = scorer.Score();
        if (result.Score is not { } score)
        {
            Console.WriteLine("not scored: " + string.Join("; ", result.Findings.Select(f => f.ToString())));
            return 1;
        }

        foreach (var standard in score.Standards)
        {
            Console.WriteLine($"standard {standard.Number}: {standard.Final?.Label ?? "no rating"}");
        }

        var total = score.TotalPoints?.ToString(CultureInfo.InvariantCulture) ?? "-";
        Console.WriteLine($"overall: {score.Overall?.Label ?? "no rating"}, {total} of {score.MaxPoints.ToString(CultureInfo.InvariantCulture)} points");
        return 0;
    }

    private static void AnswerYes(IEnumerable<FormItem> items)
    {
        foreach (var item in items.Where(item => item.Applies))
        {
            switch (item)
            {
                case ChoiceItem choice:
                    choice.Answer = Answer.Yes;
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
