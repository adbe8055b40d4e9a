using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Runtime;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// Reproduces Luton's published ratings (HM Inspectorate of Probation, May 2020; seed
/// 003_fb10c8a401d5e381.txt) with the code generated from hmip-youth-2019.inspect. The expected figures
/// are the PUBLISHED ones (Annexe 2 percentages, the Ratings table, footnotes on discretion), never
/// output of the code under test. The case tables below are a sample consistent with the report's
/// narrative counts (21 court cases: 19 with safety concerns, 19 with risk-of-harm factors, 16 safety
/// reviews and 13 harm reviews needed; 15 out-of-court cases: 13 and 9; no police involvement).
/// </summary>
public sealed class LutonScoringTests : IDisposable
{
    private readonly GeneratedCode _generated;

    public LutonScoringTests()
    {
        var compilation = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"));
        Assert.False(compilation.HasErrors);
        _generated = GeneratedAssembly.Load(compilation.Model!);
    }

    public void Dispose() => _generated.Dispose();

    // Columns: case, inspector's safety classification, inspector's risk-of-harm classification (L = low,
    // M = medium), safety circumstances changed, harm circumstances changed (y/n), then the answers to
    // 2.1.1-2.1.3, 2.2.1-2.2.3, 2.3.1-2.3.3, 2.4.1-2.4.3 (Y yes, N no, - not applicable: no answer).
    // Case c19 ('*') is left out of the implementation sample (see below).
    private static readonly string[] CourtCases =
    {
        "c01  M M y y | Y Y Y | Y Y Y | Y Y Y | Y Y Y",
        "c02  M M y y | Y Y Y | Y Y Y | Y Y Y | Y Y Y",
        "c03  M M y y | Y Y Y | Y Y Y | Y Y Y | Y Y Y",
        "c04  M M y y | Y Y Y | Y Y Y | Y Y Y | Y Y Y",
        "c05  M M y y | Y Y Y | Y Y Y | Y Y Y | Y Y Y",
        "c06  M M y y | Y Y Y | Y Y Y | Y Y Y | Y Y Y",
        "c07  M M y y | Y Y Y | Y Y Y | Y Y Y | Y Y Y",
        "c08  M M y y | Y Y Y | Y Y Y | Y Y Y | Y Y Y",
        "c09  M M y y | Y Y Y | Y Y N | Y Y Y | Y Y Y",
        "c10  M M y y | Y Y Y | Y Y N | Y Y Y | Y Y N",
        "c11  M M y y | Y Y Y | Y Y N | Y Y Y | Y Y N",
        "c12  M M y y | Y Y Y | Y Y N | Y Y N | Y Y N",
        "c13  M M y y | Y Y Y | Y N N | Y N N | Y Y N",
        "c14  M M y n | Y Y N | Y N N | Y N N | Y Y -",
        "c15  M M y n | Y Y N | Y N N | Y N N | Y N -",
        "c16  M M y n | Y N N | Y N N | Y N N | Y N -",
        "c17  M M n n | Y N N | Y N N | Y N N | Y - -",
        "c18  M M n n | Y N N | Y N N | N N N | Y - -",
        "c19* M M n n | Y N N | N N N | Y N N | Y - -",
        "c20  L L n n | Y N N | N - - | N - - | N - -",
        "c21  L L n n | N N N | N - - | N - - | N - -",
    };

    private static readonly string[] CourtQuestions =
    {
        "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3",
    };

    // Columns as above, then the answers to 3.1.1-3.1.3, 3.2.1-3.2.3, 3.3.1-3.3.3, 3.4.1-3.4.2.
    private static readonly string[] OutOfCourtCases =
    {
        "o01  M M n n | Y Y Y | Y Y Y | Y Y Y | Y -",
        "o02  M M n n | Y Y Y | Y Y Y | Y Y Y | Y -",
        "o03  M M n n | Y Y Y | Y Y Y | Y Y Y | Y -",
        "o04  M M n n | Y Y Y | Y Y Y | Y Y Y | Y -",
        "o05  M M n n | Y Y Y | Y Y N | Y Y Y | Y -",
        "o06  M M n n | Y Y Y | Y Y N | Y Y Y | Y -",
        "o07  M M n n | Y Y N | Y N N | Y Y N | Y -",
        "o08  M M n n | Y Y N | Y N N | Y Y N | Y -",
        "o09  M M n n | Y Y N | Y N N | Y N N | N -",
        "o10  M L n n | Y Y N | Y N - | Y N - | N -",
        "o11  M L n n | Y N N | Y N - | Y N - | N -",
        "o12  M L n n | Y N N | Y N - | Y N - | N -",
        "o13  M L n n | Y N N | N N - | N N - | N -",
        "o14  L L n n | N N N | N - - | N - - | N -",
        "o15  L L n n | N N N | N - - | N - - | N -",
    };

    private static readonly string[] OutOfCourtQuestions =
    {
        "3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.2.2", "3.2.3", "3.3.1", "3.3.2", "3.3.3", "3.4.1", "3.4.2",
    };

    // The report's narrative counts behind those percentages (yes / applicable), e.g. 2.1.3 '13 of 21'.
    private static readonly Dictionary<string, (int Yes, int Applicable)> PublishedCounts = new()
    {
        ["2.1.3"] = (13, 21), ["2.2.2"] = (12, 19), ["2.2.3"] = (8, 19), ["2.3.1"] = (17, 20),
        ["2.3.2"] = (12, 18), ["2.3.3"] = (11, 18), ["2.4.2"] = (14, 16), ["2.4.3"] = (9, 13),
        ["3.1.1"] = (13, 15), ["3.3.2"] = (8, 13), ["3.3.3"] = (6, 9), ["3.4.2"] = (0, 0),
    };

    private const string Panel = "Within five percentage points of the threshold for 'Good' (65 per cent); other scores and qualitative evidence from interviews.";

    [Fact]
    public void Reproduces_the_published_ratings_score_and_discretion()
    {
        var result = ScoreLuton(includeImplementationOutlier: true);
        Assert.True(result.IsScored, string.Join("\n", result.Findings));
        var score = result.Score!;
        foreach (var (number, label) in PublishedResults.LutonRatings)
        {
            Assert.Equal(label, score.Standards.Single(s => s.Number == number).Final?.Label);
        }

        Assert.Equal(16, score.TotalPoints);
        Assert.Equal(36, score.MaxPoints);
        Assert.Equal("Requires improvement", score.Overall?.Label);

        // Footnotes 13 and 19: the lowest score (62 per cent) was 'Requires improvement'; the panel raised it to 'Good'.
        foreach (var number in new[] { "2.1", "3.3" })
        {
            var standard = score.Standards.Single(s => s.Number == number);
            Assert.Equal("Requires improvement", standard.Computed?.Label);
            Assert.Equal(62m, standard.DecidingPercentage);
            Assert.Equal("Good", standard.Final?.Label);
            Assert.Equal(Panel, standard.Rationale);
            Assert.True(standard.DiscretionApplied);
        }

        Assert.Equal("hmip_youth_2019", score.Framework);
        Assert.Equal("2019.1", score.Version);
    }

    [Fact]
    public void Reproduces_the_published_key_question_percentages()
    {
        var all = ScoreLuton(includeImplementationOutlier: true).Score!.Standards.SelectMany(s => s.KeyQuestions).ToDictionary(k => k.Number);

        // The implementation and delivery questions (2.3.x) were answered for one court case fewer than
        // the others (20, 18, 18 against 21, 19, 19); the seeds do not say why, so they are checked on the
        // sample without that case (frameworks/README.md, 'Open points for test fixtures').
        var implementation = ScoreLuton(includeImplementationOutlier: false, requestDiscretion: false).Score!.Standards.Single(s => s.Number == "2.3").KeyQuestions.ToDictionary(k => k.Number);
        foreach (var (number, published) in PublishedResults.LutonPercentages)
        {
            var question = number.StartsWith("2.3.", StringComparison.Ordinal) ? implementation[number] : all[number];
            Assert.True(published == question.Percentage, $"{number}: published {published?.ToString() ?? "not applicable"}, scored {question.Percentage?.ToString() ?? "not applicable"}");
        }

        foreach (var (number, (yes, applicable)) in PublishedCounts)
        {
            var question = number.StartsWith("2.3.", StringComparison.Ordinal) ? implementation[number] : all[number];
            Assert.Equal((yes, applicable), (question.YesCount, question.ApplicableCount));
        }

        Assert.True(all["3.4.2"].NotApplicableForCasesInspected);
        Assert.Null(all["3.4.2"].Band);
        Assert.Equal("Requires improvement", all["2.1.3"].Band?.Label); // 13/21 = 61.9% shown as 62%
    }

    [Fact]
    public void Discretion_beyond_five_points_is_refused_and_nothing_is_scored()
    {
        // 2.2's deciding score is 42% (Inadequate), 8 points below 'Requires improvement' at 50%.
        var result = ScoreLuton(includeImplementationOutlier: true, extra: i => i.RequestDiscretion("2.2", "RequiresImprovement", "Panel view."));
        Assert.False(result.IsScored);
        var refusal = Assert.Single(result.Findings);
        Assert.Equal(("IV0006", "standard 2.2"), (refusal.Code, refusal.Path));
        Assert.Contains("42% is 8 points from the 'Requires improvement' threshold of 50%", refusal.Message, StringComparison.Ordinal);
    }

    private ScoringResult ScoreLuton(bool includeImplementationOutlier, bool requestDiscretion = true, Action<GeneratedInspection>? extra = null)
    {
        var inspection = new GeneratedInspection(_generated, "HmipYouth2019Scorer");
        foreach (var row in CourtCases.Where(r => includeImplementationOutlier || !r.Contains('*')))
        {
            Assert.True(inspection.Add(Case(inspection, "CourtAssessment", "referral_order", row, CourtQuestions)));
        }

        foreach (var row in OutOfCourtCases)
        {
            Assert.True(inspection.Add(Case(inspection, "OutOfCourtAssessment", "community_resolution", row, OutOfCourtQuestions)));
        }

        inspection.Judge("1.1", "RequiresImprovement");
        inspection.Judge("1.2", "Good");
        inspection.Judge("1.3", "Good");
        inspection.Judge("1.4", "Outstanding");
        if (requestDiscretion)
        {
            Assert.True(inspection.RequestDiscretion("2.1", "Good", Panel));
            Assert.True(inspection.RequestDiscretion("3.3", "Good", Panel));
        }

        extra?.Invoke(inspection);
        return inspection.Score();
    }

    private static object Case(GeneratedInspection inspection, string formClass, string disposal, string row, string[] questions)
    {
        var parts = row.Replace("|", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var form = inspection.NewForm(formClass, parts[0].TrimEnd('*'));
        GeneratedInspection.SetFact(form, "disposal", disposal);
        GeneratedInspection.SetFact(form, "safety_wellbeing_inspector", parts[1] == "M" ? "medium" : "low");
        GeneratedInspection.SetFact(form, "risk_of_serious_harm_inspector", parts[2] == "M" ? "medium" : "low");
        GeneratedInspection.SetFact(form, "safety_circumstances_changed", parts[3] == "y");
        GeneratedInspection.SetFact(form, "harm_circumstances_changed", parts[4] == "y");
        GeneratedInspection.SetFact(form, "police_involved_in_delivery", false);
        // The seeds do not give these facts, which decide only prompts (no count depends on them): recorded
        // false, as they read before facts were unset until set.
        GeneratedInspection.SetFact(form, "identifiable_victim", false);
        GeneratedInspection.SetFact(form, "did_not_comply", false);
        GeneratedInspection.SetFact(form, "mappa_eligible", false);
        Assert.Equal(questions.Length, parts.Length - 5);
        for (var i = 0; i < questions.Length; i++)
        {
            var answer = parts[5 + i];
            if (answer != "-")
            {
                GeneratedInspection.Answer(form, questions[i], answer == "Y" ? Answer.Yes : Answer.No);
            }
        }

        GeneratedInspection.AnswerApplicablePrompts(form);
        return form;
    }
}
