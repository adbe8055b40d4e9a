using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Fuzzing;

/// <summary>
/// Scores random cases with a fuzzed framework's plan: random case types (some unknown), facts
/// (some left out), answers of every kind to every item (whether it applies or not), rationales,
/// repeated and empty identifiers, judgements and discretion requests. Whatever the cases, nothing
/// throws and the account is exact: every case read is scored or rejected, every rejected case has
/// a problem naming it, and the inspection is scored exactly when there is no problem.
/// </summary>
internal static class ScoringProbe
{
    private static readonly RecordedAnswer[] AnswerKinds =
    {
        RecordedAnswer.None, RecordedAnswer.Yes, RecordedAnswer.Yes, RecordedAnswer.No, RecordedAnswer.NotApplicable, RecordedAnswer.Value,
    };

    public static void Run(ScoringPlan plan, Random random, Findings findings)
    {
        findings.Ran("scoring");
        var session = new InspectionSession(plan);
        var record = session.NewRecord();
        var count = random.Next(12);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            record.Clear();
            record.Id = random.Next(10) switch
            {
                0 => string.Empty,
                1 when ids.Count > 0 => ids[random.Next(ids.Count)],
                _ => "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            ids.Add(record.Id);
            record.CaseType = random.Next(8) == 0 || plan.CaseTypes.IsEmpty ? -1 : random.Next(plan.CaseTypes.Length);

            foreach (var fact in plan.Facts.Where(f => !f.IsDerived && random.Next(6) != 0))
            {
                record.SetFact(fact.Index, fact.Kind switch
                {
                    FactKind.Boolean => random.Next(2),
                    FactKind.Integer => random.Next(-2, 6),
                    _ => random.Next(Math.Max(1, fact.Members.Length)),
                });
            }

            // Mostly a plausible answer for every item, sometimes none or one it does not take.
            foreach (var item in plan.Items)
            {
                var answer = AnswerKinds[random.Next(AnswerKinds.Length)];
                if (answer != RecordedAnswer.None)
                {
                    record.SetAnswer(item.Index, answer);
                }

                if (random.Next(20) == 0)
                {
                    record.SetInvalidAnswer(item.Index, "maybe");
                }

                if (random.Next(2) == 0)
                {
                    record.SetRationale(item.Index);
                }
            }

            session.AddCase(record);
        }

        // A framework of pooled scores only has no levels to judge or move to.
        foreach (var standard in plan.Levels.Length == 0 ? Enumerable.Empty<PlanStandard>() : plan.Standards)
        {
            var level = plan.Levels[random.Next(plan.Levels.Length)].Name;
            if (standard.Kind == Runtime.StandardRatingKind.Judgement ? random.Next(5) != 0 : random.Next(6) == 0)
            {
                session.RecordJudgement(standard.Path, level, random.Next(2) == 0 ? "Recorded." : null, null);
            }

            if (random.Next(8) == 0)
            {
                session.RequestDiscretion(standard.Path, level, random.Next(2) == 0 ? "Panel decision." : null, null);
            }
        }

        var result = session.Complete();
        findings.Require(result.CasesRead == count, $"scoring: {count} cases added, {result.CasesRead} read");
        findings.Require(result.CasesRejected >= 0 && result.CasesRejected <= result.CasesRead, "scoring: rejected cases are some of the cases read");
        findings.Require(!result.IsScored || (result.CasesRejected == 0 && result.CasesScored == result.CasesRead), "scoring: a scored inspection scored every case it read");
        findings.Require(result.IsScored == (result.ProblemCount == 0), "scoring: the inspection is scored exactly when there is no problem");
        findings.Require(result.ProblemCount == result.Problems.Length, "scoring: every problem is listed");
        var rejectedIds = result.Problems.Where(p => p.CaseId is not null).Select(p => p.CaseId!).Distinct(StringComparer.Ordinal).Count();
        findings.Require(result.CasesRejected == 0 || rejectedIds > 0, "scoring: a rejected case has a problem naming it");
        if (result.Score is { } score)
        {
            findings.Require(score.Standards.Length == plan.Standards.Length, "scoring: every standard is rated or explains why not");
        }
    }
}
