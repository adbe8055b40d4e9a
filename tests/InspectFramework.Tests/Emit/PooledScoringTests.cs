using System;
using System.Linq;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Runtime;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// The generated scorer on the framework of pooled scores of <see cref="Scoring.PooledScoreTests"/>
/// (two scores, key question 1.1.2 feeding both, no scale), with the same hand-computed cases.
/// </summary>
public sealed class PooledScoringTests : IDisposable
{
    private readonly GeneratedCode _generated = GeneratedAssembly.FromText(Scoring.PooledScoreTests.Framework);

    public void Dispose() => _generated.Dispose();

    private object Case(string id, Answer screening, Answer rosh, bool mappa, Answer referral = Answer.None)
    {
        var form = _generated.New("CommunityAssessment", id);
        GeneratedInspection.SetFact(form, "mappa", mappa);
        GeneratedInspection.Answer(form, "1.1.1", screening, null);
        GeneratedInspection.Answer(form, "1.1.2", rosh, null);
        ((TextItem)GeneratedInspection.Item(form, "1.1.4")).Evidence = "Notes.";
        if (referral != Answer.None)
        {
            GeneratedInspection.Answer(form, "1.1.3", referral, null);
        }

        return form;
    }

    [Fact]
    public void The_generated_scorer_pools_contributing_key_questions_over_cases()
    {
        var inspection = new GeneratedInspection(_generated, "PooledTinyScorer");

        // As in Scoring.PooledScoreTests: 1.1.1 3 of 5, 1.1.2 3 of 4 (B not applicable), 1.1.3 1 of 3.
        // Safeguarding (1.1.1 + 1.1.2) 6 of 9 = 66.67%: 67%; Risk (1.1.2 + 1.1.3) 4 of 7 = 57.14%: 57.1%.
        foreach (var form in new[]
        {
            Case("A", Answer.Yes, Answer.Yes, mappa: true, referral: Answer.No),
            Case("B", Answer.No, Answer.NotApplicable, mappa: false),
            Case("C", Answer.Yes, Answer.No, mappa: true, referral: Answer.Yes),
            Case("D", Answer.Yes, Answer.Yes, mappa: false),
            Case("E", Answer.No, Answer.Yes, mappa: true, referral: Answer.No),
        })
        {
            Assert.True(inspection.Add(form));
        }

        var result = inspection.Score();
        Assert.Empty(result.Findings);
        var score = result.Score!;
        Assert.Equal(
            new[] { new PooledScore("safeguarding", "Safeguarding", 6, 9, 67m), new PooledScore("risk", "Risk of Harm to others", 4, 7, 57.1m) },
            score.Scores);
        Assert.Null(score.TotalPoints);
        Assert.Null(score.Overall);
        Assert.Equal(0, score.MaxPoints);
        var standard = Assert.Single(score.Standards);
        Assert.Equal(StandardRatingKind.NotRated, standard.Kind);
        Assert.Equal(new decimal?[] { 60m, 75m, 33m, null }, standard.KeyQuestions.Select(k => k.Percentage));
        Assert.All(standard.KeyQuestions, k => Assert.Null(k.Band));
    }

    [Fact]
    public void A_framework_that_rates_nothing_gets_an_empty_scale_and_no_judgements()
    {
        var scale = _generated.Type("Rating");
        Assert.True(scale.IsEnum);
        Assert.Empty(Enum.GetNames(scale));
        var judgements = GeneratedCode.Get(_generated.New("PooledTinyScorer"), "Judgements")!;
        Assert.DoesNotContain(judgements.GetType().GetProperties(), p => p.CanWrite);
    }
}
