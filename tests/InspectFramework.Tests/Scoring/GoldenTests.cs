using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Runtime;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// The sample inspections score to exactly what the inspectorate published. Every expected value
/// is copied from the reports (<see cref="PublishedResults"/>; Luton's narratives and footnotes here),
/// never from the code's output.
/// </summary>
public sealed class GoldenTests
{
    private const string RI = "Requires improvement";
    private const string G = "Good";

    // Luton narratives: counts printed as "n of m".
    private static readonly Dictionary<string, (int Yes, int Of)> LutonPrintedCounts = new()
    {
        ["2.1.3"] = (13, 21), // "in just 13 of 21 cases"
        ["2.2.1"] = (18, 21), // "in 18 of 21 cases"
        ["2.2.2"] = (12, 19), // "in 12 of 19 cases"
        ["2.3.2"] = (12, 18), // "in 12 of 18 cases"
        ["2.3.3"] = (11, 18), // "in 11 of 18 cases"
        ["2.4.1"] = (19, 21), // "in 19 of the 21 cases"
        ["2.4.2"] = (14, 16), // "in 14 of 16 cases where circumstances had changed"
        ["2.4.3"] = (9, 13),  // "Of the 13 cases where changes had occurred, 9"
        ["3.2.2"] = (6, 13),  // "in 13 relevant cases; it was done sufficiently well in six"
        ["3.2.3"] = (4, 9),   // "the nine cases" with factors related to harm
        ["3.3.2"] = (8, 13),  // "In 8 out of 13 relevant cases"
        ["3.3.3"] = (6, 9),   // "In six of the nine cases"
        ["3.4.1"] = (8, 15),  // "in just eight cases" of the 15
    };

    [Fact]
    public void Luton_2020_scores_as_published()
    {
        var (result, _) = Scoring.File(Scoring.Bundled("hmip-youth-2019.inspect"), Sample("luton-2020.json"));
        Assert.True(result.IsScored, Scoring.Problems(result));
        var score = result.Score!;

        Assert.Equal(PublishedResults.LutonRatings, score.Standards.ToDictionary(s => s.Number, s => s.Final!.Label));
        Assert.Equal(16, score.TotalPoints);
        Assert.Equal(36, score.MaxPoints);
        Assert.Equal(RI, score.Overall!.Label);

        // Court sample 21, out-of-court 15; nothing rejected.
        Assert.Equal(36, result.CasesRead);
        Assert.Equal(36, result.CasesScored);
        Assert.Equal(0, result.CasesRejected);
        Assert.Equal(new long[] { 21, 15 }, result.CasesByType.ToArray());
        Assert.Equal(new[] { "court", "out_of_court" }, result.Plan.CaseTypes.ToArray());

        var questions = score.Standards.SelectMany(s => s.KeyQuestions).Where(k => k.Percentage is not null).ToDictionary(k => k.Number, k => k.Percentage!.Value);
        Assert.Equal(PublishedResults.LutonPercentages.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value), questions);
        foreach (var (number, (yes, of)) in LutonPrintedCounts)
        {
            var question = score.Standards.SelectMany(s => s.KeyQuestions).Single(k => k.Number == number);
            Assert.Equal((yes, of), (question.YesCount, question.ApplicableCount));
        }

        // 3.4.2: "Not applicable for the cases inspected"; 3.4 is rated on 3.4.1 alone.
        var police = score.Standards.Single(s => s.Number == "3.4").KeyQuestions.Single(k => k.Number == "3.4.2");
        Assert.True(police.NotApplicableForCasesInspected);
        Assert.Null(police.Percentage);
        Assert.Null(police.Band);
    }

    [Theory]
    [InlineData("2.1")]
    [InlineData("3.3")]
    public void Luton_2020_discretion_raised_requires_improvement_to_good_within_five_points(string number)
    {
        var (result, _) = Scoring.File(Scoring.Bundled("hmip-youth-2019.inspect"), Sample("luton-2020.json"));
        var standard = result.Score!.Standards.Single(s => s.Number == number);

        // Footnotes 13 and 19: "the lowest score (62 per cent) came within the 'Requires
        // improvement' band, ... within five percentage points of the threshold for 'Good' (65 per cent)".
        Assert.Equal(RI, standard.Computed!.Label);
        Assert.Equal(G, standard.Final!.Label);
        Assert.True(standard.DiscretionApplied);
        Assert.Equal(62m, standard.DecidingPercentage);
        Assert.True(65m - standard.DecidingPercentage <= 5m);
        Assert.False(string.IsNullOrWhiteSpace(standard.Rationale));
    }

    [Fact]
    public void Sefton_2019_scores_as_published_from_its_csv_cases()
    {
        var (result, _) = Scoring.File(Scoring.Bundled("hmip-youth-2018.inspect"), Sample("sefton-2019.json"));
        Assert.True(result.IsScored, Scoring.Problems(result));
        var score = result.Score!;

        Assert.Equal(PublishedResults.SeftonRatings, score.Standards.ToDictionary(s => s.Number, s => s.Final!.Label));
        Assert.All(score.Standards, s => Assert.False(s.DiscretionApplied));
        Assert.Equal(12, score.TotalPoints);
        Assert.Equal(RI, score.Overall!.Label);

        // "We examined 24 post-court cases"; "We examined 15 out-of-court disposals".
        Assert.Equal(new long[] { 24, 15 }, result.CasesByType.ToArray());
        Assert.Equal(39, result.CasesScored);

        var questions = score.Standards.SelectMany(s => s.KeyQuestions).ToDictionary(k => k.Number, k => k.Percentage);
        Assert.Equal(PublishedResults.SeftonPercentages, questions.Where(q => q.Value is not null).ToDictionary(q => q.Key, q => q.Value!.Value));

        // "In 16 out of 24 assessed cases" (2.1.1); Sefton 2.3.2 is exactly on the Good threshold.
        var desistance = score.Standards.SelectMany(s => s.KeyQuestions).Single(k => k.Number == "2.1.1");
        Assert.Equal((16, 24), (desistance.YesCount, desistance.ApplicableCount));
        Assert.Equal(G, score.Standards.SelectMany(s => s.KeyQuestions).Single(k => k.Number == "2.3.2").Band!.Label);
    }

    private static string Sample(string name) => Path.Combine(RepositoryPaths.Root, "samples", name);
}
