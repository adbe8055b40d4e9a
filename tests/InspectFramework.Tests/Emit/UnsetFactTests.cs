using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Runtime;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// Generated profiles hold facts unset until they are set: an unset fact that decides whether items
/// apply is a finding (IV0108, as the evaluator reports it), never a silent default value.
/// </summary>
public sealed class UnsetFactTests
{
    // Issue 18's case: before, an unset disposal read as "Community resolution" and an unset risk of
    // harm classification as "Low", so this court case lost its risk-of-harm key questions and its
    // custody prompt and validated with no finding.
    [Fact]
    public void A_court_case_without_disposal_or_risk_of_harm_is_refused_naming_the_facts_and_items()
    {
        var compilation = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"));
        using var generated = GeneratedAssembly.Load(compilation.Model!);
        var form = generated.New("CourtAssessment", "court-1");
        GeneratedInspection.SetFact(form, "safety_wellbeing_inspector", "low");
        GeneratedInspection.SetFact(form, "safety_circumstances_changed", false);
        GeneratedInspection.SetFact(form, "harm_circumstances_changed", false);
        GeneratedInspection.SetFact(form, "identifiable_victim", false);
        GeneratedInspection.SetFact(form, "did_not_comply", false);
        GeneratedInspection.SetFact(form, "mappa_eligible", false);
        var items = (IReadOnlyList<FormItem>)GeneratedCode.Get(form, "Items")!;
        foreach (var item in items.Where(i => i.Applies))
        {
            ((ChoiceItem)item).Answer = Answer.Yes;
            item.Rationale = "Recorded.";
        }

        // Unset facts leave an item's applicability undecided, and Applies says only what certainly applies.
        Assert.False(((FormItem)GeneratedCode.Call(form, "FindItem", "2.2.3")!).Applies);
        Assert.False(((FormItem)GeneratedCode.Call(form, "FindItem", "2.2.1(h)")!).Applies);

        var findings = (ImmutableArray<ValidationFinding>)generated.CallStatic("HmipYouth2019Validator", "Validate", form)!;

        // Expected from the framework: 2.2.1(h) applies "when disposal == custody"; 2.2.3 and 2.3.3 "when
        // harm_factors" (derived from risk_of_serious_harm_inspector); 2.4.3 also needs
        // harm_circumstances_changed, recorded false, so it is decided: it does not apply.
        Assert.Equal(
            new[]
            {
                "case court-1: fact disposal: IV0108: Fact 'disposal' is not recorded, but it decides whether prompt 2.2.1(h) applies to this case. Record it.",
                "case court-1: fact risk_of_serious_harm_inspector: IV0108: Fact 'risk_of_serious_harm_inspector' is not recorded, but it decides whether key question 2.2.3 and key question 2.3.3 apply to this case. Record it.",
            },
            findings.Select(f => f.ToString()));

        // The scorer refuses the case rather than counting it with a value picked for the facts.
        var inspection = new GeneratedInspection(generated, "HmipYouth2019Scorer");
        Assert.False(inspection.Add(form));

        // Recorded, the facts decide: with disposal custody and a low risk of harm the custody prompt
        // applies and is unanswered; nothing else is missing.
        GeneratedInspection.SetFact(form, "disposal", "custody");
        GeneratedInspection.SetFact(form, "risk_of_serious_harm_inspector", "low");
        findings = (ImmutableArray<ValidationFinding>)generated.CallStatic("HmipYouth2019Validator", "Validate", form)!;
        Assert.Equal(new[] { "IV0001 2.2.1 / prompt: resettlement" }, findings.Select(f => $"{f.Code} {f.Path}"));
    }

    [Fact]
    public void A_fact_can_be_unset_again_and_is_null_until_set()
    {
        var compilation = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"));
        using var generated = GeneratedAssembly.Load(compilation.Model!);
        var form = generated.New("CourtAssessment", "court-2");
        var profile = GeneratedCode.Get(form, "Profile")!;
        Assert.Null(GeneratedCode.Get(profile, "Disposal"));
        Assert.Null(GeneratedCode.Get(profile, "HarmFactors")); // derived from an unset fact: undecided
        GeneratedInspection.SetFact(form, "risk_of_serious_harm_inspector", "high");
        Assert.Equal(true, GeneratedCode.Get(profile, "HarmFactors"));
        profile.GetType().GetProperty("RiskOfSeriousHarmInspector")!.SetValue(profile, null);
        Assert.Null(GeneratedCode.Get(profile, "HarmFactors"));
    }
}
