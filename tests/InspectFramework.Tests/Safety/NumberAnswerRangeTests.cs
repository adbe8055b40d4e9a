using System.IO;
using InspectFramework.Tests.Scoring;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// A number answer is held by the generated forms as a C# <c>decimal</c>; the evaluator takes from
/// JSON exactly the numbers a decimal holds, so a number the generated code cannot hold is refused by
/// both, not scored by one.
/// </summary>
public sealed class NumberAnswerRangeTests
{
    // The tiny framework with the strengths prompt answered by a number.
    private readonly ScoringPlan _plan = Scoring.Scoring.Plan(TinyInspection.Framework.Replace("ROUNDING", "half_up").Replace("prompt (a) strengths \"Strengths?\"", "prompt (a) strengths \"Strengths?\" { answers number }", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("12.5")]
    [InlineData("-3")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1e-40")]
    public void A_number_a_decimal_holds_is_taken(string number)
    {
        var result = Score(Json(number));

        Assert.True(result.IsScored, Scoring.Scoring.Problems(result));
    }

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e29")]
    [InlineData("-1e400")]
    public void A_number_a_decimal_cannot_hold_is_refused_where_it_is(string number)
    {
        var result = Score(Json(number));

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith($"inspection.json(6,", problem.ToCanonicalString(), System.StringComparison.Ordinal);
        Assert.Contains($"error IV0004: case A: 2.1.1 / prompt: strengths: '{number}' is not an allowed answer here.", problem.ToCanonicalString(), System.StringComparison.Ordinal);
    }

    private InspectionResult Score(string json)
    {
        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "inspection.json"), json);
            return Scoring.Scoring.File(_plan, Path.Combine(directory, "inspection.json")).Result;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private string Json(string number) => $$"""
        {
          "format": "inspect-inspection-data/1",
          "inspection": { "service": "Test service", "framework": { "name": "tiny", "version": "1", "content_hash": "{{_plan.Model.ContentHash}}" } },
          "judgements": [ { "standard": "organisation.leadership", "rating": "good" } ],
          "cases": [
            { "id": "A", "case_type": "court", "facts": { "harm": false, "risk": "low", "sanctions": 0 }, "answers": { "court_work.assessment.desistance": { "answer": "yes", "rationale": "Because." }, "court_work.assessment.desistance.strengths": {{number}}, "court_work.assessment.review": "yes" } }
          ]
        }
        """;
}
