using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>One case sample (court or out of court) and the facts its cases carry, in counts.</summary>
/// <param name="SafetyConcerns">Cases the inspector classified medium or above for safety and wellbeing.</param>
/// <param name="HarmFactors">Cases the inspector classified medium or above for risk of serious harm.</param>
/// <param name="SafetyChanged">Of the safety cases, those whose circumstances changed (reviewing applies).</param>
/// <param name="HarmChanged">Of the harm cases, those whose risk factors changed.</param>
/// <param name="SafetyUnderestimated">Cases where the practitioner's safety classification is a level below the inspector's.</param>
/// <param name="HarmUnderestimated">The same for risk of serious harm.</param>
/// <param name="NotApplicable">Cases answering 'not applicable' to the inspection's not-applicable key questions.</param>
/// <param name="PractitionerClassifications">False where the service's tool recorded none (Sefton out of court).</param>
internal sealed record SampleSpec(
    string CaseType,
    int Count,
    string IdPrefix,
    (string Disposal, int Cases)[] Disposals,
    int SafetyConcerns,
    int HarmFactors,
    int SafetyChanged,
    int HarmChanged,
    int SafetyUnderestimated,
    int HarmUnderestimated,
    int Mappa,
    int IdentifiableVictims,
    int DidNotComply,
    int PoliceInvolved,
    int NotApplicable,
    bool PractitionerClassifications = true);

/// <summary>A published inspection: what the report prints, as the generator's input.</summary>
/// <param name="KeyQuestions">Published (yes, applicable) per key question number: the annex
/// percentage with the denominator the narrative prints, or the only one the percentage allows.</param>
internal sealed record PublishedInspection(
    string Name,
    string FrameworkFile,
    InspectionMetadata Metadata,
    RatingDecision[] Judgements,
    RatingDecision[] Discretion,
    SampleSpec[] Samples,
    IReadOnlyDictionary<string, (int Yes, int Applicable)> KeyQuestions,
    string[] NotApplicableKeyQuestions);

/// <summary>
/// Generates case-level data whose counts give exactly a published inspection's key-question
/// figures: facts are assigned from the sample's counts, applicability is worked out with
/// <see cref="ConditionInterpreter"/> (not the evaluator), and each key question's applicable cases
/// are answered yes and no in the published numbers, the "no" answers spread over the sample.
/// Throws when the counts cannot give a published denominator, naming the key question.
/// The checked-in files under samples/ are its output (see samples/README.md).
/// </summary>
internal static class FixtureGenerator
{
    private static readonly string[] Elevated = { "medium", "high", "medium", "very_high" };

    public static IReadOnlyList<RecordedCase> Cases(PublishedInspection inspection, ScoringPlan plan)
    {
        var model = plan.Model;
        var cases = new List<RecordedCase>();
        foreach (var sample in inspection.Samples)
        {
            var facts = Enumerable.Range(0, sample.Count).Select(i => Facts(sample, i)).ToList();
            var caseType = plan.FindCaseType(sample.CaseType);
            var domains = plan.Domains.Where(d => d.CaseTypes[caseType]).Select(d => d.Index).ToHashSet();
            var items = plan.Items.Where(i => domains.Contains(i.Domain)).ToList();

            bool Applies(PlanItem item, int i)
            {
                var domain = model.Domains[item.Domain];
                var standard = domain.Standards.Single(s => s.Number == plan.Standards[item.Standard].Number);
                var question = standard.KeyQuestions.Single(q => q.Number == plan.Items[item.KeyQuestionItem].Number);
                var own = item.IsPrompt ? question.Prompts.Single(p => p.Name == item.Name).Condition : null;
                return ConditionInterpreter.Holds(domain.Condition, model, facts[i])
                    && ConditionInterpreter.Holds(standard.Condition, model, facts[i])
                    && ConditionInterpreter.Holds(question.Condition, model, facts[i])
                    && ConditionInterpreter.Holds(own, model, facts[i]);
            }

            // The cases answering "not applicable": the first that all those key questions apply to.
            var questions = items.Where(i => !i.IsPrompt).ToList();
            var naQuestions = questions.Where(q => inspection.NotApplicableKeyQuestions.Contains(q.Number)).ToList();
            var naCases = naQuestions.Count == 0
                ? new HashSet<int>()
                : Enumerable.Range(0, sample.Count).Where(i => naQuestions.All(q => Applies(q, i))).Take(sample.NotApplicable).ToHashSet();
            if (naCases.Count != (naQuestions.Count == 0 ? 0 : sample.NotApplicable))
            {
                throw new InvalidOperationException($"{inspection.Name}: too few {sample.CaseType} cases to which {string.Join(", ", naQuestions.Select(q => q.Number))} all apply.");
            }

            var yes = new Dictionary<(int Item, int Case), bool>();
            foreach (var question in questions)
            {
                var applicable = Enumerable.Range(0, sample.Count).Where(i => Applies(question, i) && !(naCases.Contains(i) && naQuestions.Contains(question))).ToList();
                if (!inspection.KeyQuestions.TryGetValue(question.Number, out var published))
                {
                    throw new InvalidOperationException($"{inspection.Name}: no published figure for key question {question.Number}.");
                }

                if (applicable.Count != published.Applicable)
                {
                    throw new InvalidOperationException($"{inspection.Name}: key question {question.Number} applies to {applicable.Count} generated {sample.CaseType} cases, but the report's denominator is {published.Applicable}. Adjust the sample's fact counts.");
                }

                // Spread the "no" answers: start at a different case for each key question.
                var noCount = published.Applicable - published.Yes;
                var start = applicable.Count == 0 ? 0 : (question.KeyQuestionSlot * 5) % applicable.Count;
                for (var j = 0; j < applicable.Count; j++)
                {
                    yes[(question.Index, applicable[(start + j) % applicable.Count])] = j >= noCount;
                }
            }

            for (var i = 0; i < sample.Count; i++)
            {
                var answers = new List<CaseAnswer>();
                foreach (var question in questions.Where(q => Applies(q, i)))
                {
                    var prompts = items.Where(p => p.IsPrompt && p.KeyQuestionItem == question.Index && Applies(p, i)).ToList();
                    var notApplicable = naCases.Contains(i) && naQuestions.Contains(question);
                    var isYes = !notApplicable && yes[(question.Index, i)];
                    var unmet = prompts.Count == 0 ? null : prompts[i % prompts.Count];
                    var rationale = notApplicable
                        ? "Not applicable in this case, in the inspector's judgement; the case is left out of this key question's figures."
                        : isYes
                            ? "Sufficient: the work met what the prompts ask."
                            : unmet is null ? "Not sufficient." : $"Not sufficient: prompt {unmet.Number} was not met.";
                    answers.Add(new CaseAnswer(question.Path, notApplicable ? "not_applicable" : isYes ? "yes" : "no", rationale));
                    foreach (var prompt in prompts)
                    {
                        var answer = notApplicable ? "not_applicable" : isYes || prompt != unmet ? "yes" : "no";
                        answers.Add(new CaseAnswer(prompt.Path, answer));
                    }
                }

                cases.Add(new RecordedCase(
                    $"{sample.IdPrefix}{i + 1:00}",
                    sample.CaseType,
                    facts[i].Where(f => plan.FindFact(f.Key) >= 0).Select(f => new FactValue(f.Key, f.Value)).ToList(),
                    answers));
            }
        }

        return cases;
    }

    /// <summary>The inspection file (and, with <paramref name="csvName"/>, its CSV of cases), as text.</summary>
    public static (string Json, string? Csv) Write(PublishedInspection inspection, ScoringPlan plan, string? csvName)
    {
        var cases = Cases(inspection, plan);
        var metadata = inspection.Metadata with { Framework = FrameworkIdentity.Of(plan.Model) };
        string? csv = null;
        using var json = new MemoryStream();
        using (var writer = new InspectionWriter(json, plan, metadata, inspection.Judgements, inspection.Discretion, csvName is null ? null : new[] { csvName }))
        {
            if (csvName is null)
            {
                foreach (var recorded in cases)
                {
                    writer.WriteCase(recorded);
                }
            }
            else
            {
                var text = new StringWriter();
                var table = new CaseCsvWriter(text, plan);
                foreach (var recorded in cases)
                {
                    table.WriteCase(recorded);
                }

                csv = text.ToString();
            }
        }

        return (Encoding.UTF8.GetString(json.ToArray()) + "\n", csv);
    }

    private static Dictionary<string, object> Facts(SampleSpec sample, int i)
    {
        var n = sample.Count;
        var facts = new Dictionary<string, object>(StringComparer.Ordinal);
        var cumulative = 0;
        foreach (var (disposal, count) in sample.Disposals)
        {
            cumulative += count;
            if (i < cumulative)
            {
                facts["disposal"] = disposal;
                break;
            }
        }

        // Safety concerns in the first cases, harm factors in the last: the two overlap partly,
        // as they do in the reports.
        var safety = i < sample.SafetyConcerns ? Elevated[i % Elevated.Length] : "low";
        var harmRank = i - (n - sample.HarmFactors);
        var harm = harmRank >= 0 ? Elevated[(i + 1) % Elevated.Length] : "low";
        facts["safety_wellbeing_inspector"] = safety;
        facts["risk_of_serious_harm_inspector"] = harm;
        if (sample.PractitionerClassifications)
        {
            facts["safety_wellbeing"] = i < sample.SafetyUnderestimated && safety != "low" ? Lower(safety) : safety;
            facts["risk_of_serious_harm"] = harmRank >= 0 && harmRank < sample.HarmUnderestimated ? Lower(harm) : harm;
        }

        facts["safety_circumstances_changed"] = i < sample.SafetyChanged;
        facts["harm_circumstances_changed"] = i >= n - sample.HarmChanged;
        facts["mappa_eligible"] = i >= n - sample.Mappa;
        var spread = Spread(n);
        facts["identifiable_victim"] = (i * spread) % n < sample.IdentifiableVictims;
        facts["did_not_comply"] = ((i * spread) + 3) % n < sample.DidNotComply;
        if (sample.CaseType == "out_of_court")
        {
            facts["police_involved_in_delivery"] = i < sample.PoliceInvolved;
        }

        // Recorded for analysis only; plausible spreads, not published figures.
        facts["age_band"] = (i % 5) switch { 0 or 3 => "aged_15_to_16", 1 => "aged_17_plus", _ => "aged_10_to_14" };
        facts["gender"] = i % 6 == 4 ? "female" : "male";
        facts["ethnic_group"] = (i % 7) switch { 1 => "black", 3 => "asian", 5 => "mixed", _ => "white" };
        facts["disability"] = i % 9 == 2;
        facts["looked_after"] = i % 8 == 5;
        facts["previous_sanctions"] = (i * 3) % 5;
        return facts;
    }

    private static string Lower(string level) => level switch
    {
        "very_high" => "high",
        "high" => "medium",
        _ => "low",
    };

    // A multiplier coprime to the sample size, so i * spread mod n visits every case once.
    private static int Spread(int n)
    {
        var m = 7;
        while (Gcd(m, n) != 1)
        {
            m++;
        }

        return m;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
