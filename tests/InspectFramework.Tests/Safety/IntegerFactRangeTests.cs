using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using InspectFramework.Tests.Scoring;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// An integer fact counts something (docs/language.md), so it is a whole number from 0 up to the
/// largest the generated profiles hold (int.MaxValue). The JSON Schema, the JSON reader and the CSV
/// reader take exactly those values; the checker reasons over the same range
/// (ConditionCheckTests.Integer_facts_count_from_zero_so_below_zero_never_holds).
/// </summary>
public sealed class IntegerFactRangeTests
{
    private readonly TinyInspection _tiny = new();

    private const string Answers = """
        "answers": { "court_work.assessment.desistance": { "answer": "yes", "rationale": "Because." }, "court_work.assessment.desistance.strengths": "yes", "court_work.assessment.review": "yes"
        """;

    [Fact]
    public void The_schema_gives_the_range_the_readers_take()
    {
        using var schema = JsonDocument.Parse(CaseDataSchema.Generate(_tiny.Plan));
        var sanctions = schema.RootElement.GetProperty("$defs").GetProperty("facts").GetProperty("properties").GetProperty("sanctions");

        Assert.Equal(0, sanctions.GetProperty("minimum").GetInt64());
        Assert.Equal(int.MaxValue, sanctions.GetProperty("maximum").GetInt64());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")] // JSON's negative zero is zero, as a schema validator reads it
    [InlineData("1")]
    [InlineData("2147483647")]
    public void A_count_in_range_is_taken_from_json(string value)
    {
        var result = _tiny.ScoreText(Json(value));

        Assert.True(result.IsScored, Scoring.Scoring.Problems(result));
    }

    [Theory]
    [InlineData("-1", 94)]
    [InlineData("-2147483648", 94)]
    [InlineData("2147483648", 94)]
    [InlineData("3.0", 94)]
    [InlineData("1e2", 94)]
    public void A_count_out_of_range_is_refused_in_json_where_it_is(string value, int column)
    {
        var result = _tiny.ScoreText(Json(value));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            $"inspection.json(6,{column}): error IV0106: case A: fact sanctions: '{value}' is not a value of fact 'sanctions': it takes a whole number from 0 to 2147483647.",
            problem.ToCanonicalString());
        Assert.Equal((1, 1), (result.CasesRead, result.CasesRejected));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("2147483647")]
    public void A_count_in_range_is_taken_from_csv(string value)
    {
        var result = ScoreWithCsv(value);

        Assert.True(result.IsScored, Scoring.Scoring.Problems(result));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("+3")]
    [InlineData("-0")]
    [InlineData("\u0663")]
    [InlineData("2147483648")]
    [InlineData("3.0")]
    public void A_count_out_of_range_or_with_a_sign_is_refused_in_csv_where_it_is(string value)
    {
        var result = ScoreWithCsv(value);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            $"cases.csv(2,19): error IV0106: row 2, column 5 (E): case A: fact sanctions: '{value}' is not a value of fact 'sanctions': it takes a whole number from 0 to 2147483647.",
            problem.ToCanonicalString());
        Assert.Equal((1, 1), (result.CasesRead, result.CasesRejected));
    }

    private string Header => $$"""
        {
          "format": "inspect-inspection-data/1",
          "inspection": { "service": "Test service", {{_tiny.Stamp}} },
          "judgements": [ { "standard": "organisation.leadership", "rating": "good" } ],

        """;

    // 2.2.1 applies from 2 previous sanctions: answered where a value from 2 is taken.
    private static bool Repeat(string sanctions) => sanctions == "2147483647";

    private string Json(string sanctions) => Header + $$"""
          "cases": [
            { "id": "A", "case_type": "court", "facts": { "harm": false, "risk": "low", "sanctions": {{sanctions}} }, {{Answers}}{{(Repeat(sanctions) ? ", \"court_work.planning.repeat\": \"yes\"" : "")}} } }
          ]
        }
        """;

    private InspectionResult ScoreWithCsv(string sanctions)
    {
        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "cases.csv"),
                "id,case_type,harm,risk,sanctions,court_work.assessment.desistance,court_work.assessment.desistance:rationale,court_work.assessment.desistance.strengths,court_work.assessment.review,court_work.planning.repeat\n"
                + $"A,court,false,low,{sanctions},yes,Because.,yes,yes,{(Repeat(sanctions) ? "yes" : "")}\n");
            File.WriteAllText(Path.Combine(directory, "inspection.json"), Header + """
                  "case_files": [ "cases.csv" ]
                }
                """);
            var session = new InspectionSession(_tiny.Plan);
            InspectionReader.Read(Path.Combine(directory, "inspection.json"), session, display: "inspection.json");
            return session.Complete();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
