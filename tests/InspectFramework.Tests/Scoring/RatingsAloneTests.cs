using System.IO;
using System.Linq;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// Scoring from ratings alone (issue 18): an inspection that records only its twelve standard ratings
/// scores to its total and overall rating. The expected ratings, totals and overall ratings are the
/// published ones, copied from /work/shared/reference/inspection-domain.md ("Published results to
/// reproduce exactly"), not from the code's output.
/// </summary>
public sealed class RatingsAloneTests
{
    [Theory]
    [InlineData("hmip-youth-2019.inspect", "luton-2020-ratings.json", "1.1 RI, 1.2 G, 1.3 G, 1.4 O; 2.1 G, 2.2 I, 2.3 RI, 2.4 G; 3.1 I, 3.2 I, 3.3 G, 3.4 RI", 16, "Requires improvement")]
    [InlineData("hmip-youth-2018.inspect", "sefton-2019-ratings.json", "1.1 RI, 1.2 G, 1.3 RI, 1.4 RI; 2.1 RI, 2.2 I, 2.3 G, 2.4 RI; 3.1 I, 3.2 I, 3.3 RI, 3.4 G", 12, "Requires improvement")]
    public void The_published_standard_ratings_score_to_the_published_total_and_overall_rating(string framework, string sample, string published, int total, string overall)
    {
        var result = Scoring.File(Scoring.Bundled(framework), Path.Combine(RepositoryPaths.Root, "samples", sample)).Result;

        Assert.True(result.IsScored, Scoring.Problems(result));
        Assert.True(result.FromRatingsAlone);
        Assert.Equal(0, result.CasesRead);
        var expected = published.Split(';', ',').Select(p => p.Trim().Split(' ')).Select(p => (p[0], Level(p[1]))).ToArray();
        Assert.Equal(expected, result.Score!.Standards.Select(s => (s.Number, s.Final!.Label)).ToArray());
        Assert.Equal(total, result.Score.TotalPoints);
        Assert.Equal(36, result.Score.MaxPoints);
        Assert.Equal(overall, result.Score.Overall!.Label);
        Assert.All(result.Score.Standards.Where(s => s.Kind == Runtime.StandardRatingKind.LowestKeyQuestion), s => Assert.Empty(s.KeyQuestions));
    }

    [Fact]
    public void Ratings_beside_cases_are_refused()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "luton-2020.json"));
        var ratings = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "luton-2020-ratings.json"));
        var ratingsArray = ratings.Substring(ratings.IndexOf("\"ratings\"", System.StringComparison.Ordinal)).TrimEnd().TrimEnd('}');
        var both = json.TrimEnd().TrimEnd('}') + "," + ratingsArray + "}";

        var result = Score("hmip-youth-2019.inspect", both);

        Assert.False(result.IsScored);
        Assert.Contains(result.Problems, p => p.Code == "IV0303" && p.Message.Contains("scored from those ratings alone"));
    }

    [Fact]
    public void A_missing_rating_a_rating_for_a_judgement_standard_and_one_given_twice_are_reported()
    {
        var ratings = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "luton-2020-ratings.json"))
            .Replace("\"standard\": \"court_disposals.planning\"", "\"standard\": \"court_disposals.assessment\"")
            .Replace("\"ratings\": [", "\"ratings\": [ { \"standard\": \"organisational_delivery.staff\", \"rating\": \"good\" },");

        var result = Score("hmip-youth-2019.inspect", ratings);

        Assert.False(result.IsScored);
        Assert.Equal(new[] { "IV0206", "IV0205", "IV0005" }, result.Problems.Select(p => p.Code));
        Assert.Contains("in \"judgements\", not in \"ratings\"", result.Problems[0].Message);
        Assert.Contains("Standard 2.2 has no recorded rating", result.Problems[2].Message);
    }

    private static string Level(string abbreviation) => abbreviation switch
    {
        "I" => "Inadequate",
        "RI" => "Requires improvement",
        "G" => "Good",
        _ => "Outstanding",
    };

    private static InspectionResult Score(string framework, string json)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"inspect-ratings-{System.Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "inspection.json");
            File.WriteAllText(path, json);
            return Scoring.File(Scoring.Bundled(framework), path).Result;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
