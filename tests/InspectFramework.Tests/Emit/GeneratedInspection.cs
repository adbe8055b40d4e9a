using System;
using System.Linq;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Runtime;

namespace InspectFramework.Tests.Emit;

/// <summary>Drives a generated scorer by reflection: forms by case type, facts and answers by stable
/// name and published number (the generated code's own generic entry points).</summary>
internal sealed class GeneratedInspection
{
    private readonly GeneratedCode _generated;

    public GeneratedInspection(GeneratedCode generated, string scorerClass, string scaleEnum = "Rating")
    {
        _generated = generated;
        Scorer = generated.New(scorerClass);
        ScaleEnum = scaleEnum;
    }

    public object Scorer { get; }

    public string ScaleEnum { get; }

    public object NewForm(string formClass, string caseId) => _generated.New(formClass, caseId);

    public static void SetFact(object form, string fact, object value)
    {
        var profile = GeneratedCode.Get(form, "Profile")!;
        Assert.True((bool)GeneratedCode.Call(profile, "TrySetFact", fact, value)!, $"No recorded fact '{fact}' taking {value.GetType().Name}.");
    }

    public static FormItem Item(object form, string number) =>
        (FormItem?)GeneratedCode.Call(form, "FindItem", number) ?? throw new InvalidOperationException($"The form has no item {number}.");

    public static void Answer(object form, string number, Answer answer, string? rationale = "Recorded.")
    {
        var item = (ChoiceItem)Item(form, number);
        item.Answer = answer;
        item.Rationale = rationale;
    }

    /// <summary>Answers every prompt that the form says applies (prompts do not count in scoring).</summary>
    public static void AnswerApplicablePrompts(object form, Answer answer = Runtime.Answer.Yes)
    {
        foreach (var item in ((System.Collections.Generic.IReadOnlyList<FormItem>)GeneratedCode.Get(form, "Items")!).Where(i => i.Number.Contains('(')))
        {
            if (item.Applies)
            {
                ((ChoiceItem)item).Answer = answer;
                item.Rationale = "Recorded.";
            }
        }
    }

    public bool Add(object form) => (bool)GeneratedCode.Call(Scorer, "Add", form)!;

    public void Judge(string standard, string level)
    {
        var judgements = GeneratedCode.Get(Scorer, "Judgements")!;
        var method = judgements.GetType().GetMethod("TrySet")!;
        Assert.True((bool)method.Invoke(judgements, new[] { standard, _generated.Enum(ScaleEnum, level) })!, $"No judgement standard {standard}.");
    }

    /// <summary>A discretion decision; <paramref name="level"/> is a member of the generated scale enum.</summary>
    public bool RequestDiscretion(string standard, string level, string? rationale)
    {
        var method = Scorer.GetType().GetMethod("RequestDiscretion")!;
        return (bool)method.Invoke(Scorer, new[] { standard, _generated.Enum(ScaleEnum, level), rationale })!;
    }

    public bool WithdrawDiscretion(string standard) => (bool)GeneratedCode.Call(Scorer, "WithdrawDiscretion", standard)!;

    public ScoringResult Score() => (ScoringResult)GeneratedCode.Call(Scorer, "Score")!;
}
