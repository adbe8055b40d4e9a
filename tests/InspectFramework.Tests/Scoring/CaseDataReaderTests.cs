using System;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Reports;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>Reading inspection data files: every problem named with its file, line and column.</summary>
public sealed class CaseDataReaderTests
{
    private readonly TinyInspection _tiny = new();

    private string Header => $$"""
        {
          "format": "inspect-inspection-data/1",
          "inspection": { "service": "Test service", {{_tiny.Stamp}} },
          "judgements": [ { "standard": "organisation.leadership", "rating": "good" } ],

        """;

    private const string GoodAnswers = """
        "answers": {
              "court_work.assessment.desistance": { "answer": "yes", "rationale": "Because." },
              "court_work.assessment.desistance.strengths": "yes",
              "court_work.assessment.review": "yes"
            }
        """;

    [Fact]
    public void Malformed_json_is_reported_at_its_line_and_column()
    {
        var result = _tiny.ScoreText(Header + """
              "cases": [
                { "id": "A", "case_type": "other" }
                { "id": "B", "case_type": "other" }
              ]
            }
            """);

        Assert.False(result.IsScored);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0301", problem.Code);
        Assert.Equal(Location.AtLine("inspection.json", 7, 5), problem.Location);
        Assert.Contains("Nothing after this point was read", problem.Message);
        Assert.Equal(1, result.CasesRead);
    }

    [Fact]
    public void A_truncated_file_is_reported()
    {
        var result = _tiny.ScoreText(Header + """
              "cases": [
                { "id": "A", "case_type": "other"
            """);

        Assert.Equal("IV0301", Assert.Single(result.Problems).Code);
        Assert.False(result.IsScored);
    }

    [Fact]
    public void Unknown_names_and_wrong_fact_values_are_reported_where_they_are()
    {
        var result = _tiny.ScoreText(Header + $$"""
              "cases": [
                {
                  "id": "A",
                  "case_type": "cort",
                  "facts": { "harms": true }
                },
                {
                  "id": "B",
                  "case_type": "court",
                  "facts": { "harm": "yes", "risk": "medium", "sanctions": 2.5, "risky": true },
                  {{GoodAnswers}}
                },
                {
                  "id": "C",
                  "case_type": "court",
                  "facts": { "harm": false, "risk": "low", "sanctions": 0 },
                  "answers": { "court_work.assessment.desistanse": "yes" }
                }
              ]
            }
            """);

        Assert.Equal(
            new[]
            {
                "inspection.json(8,7): error IV0103: case A: case type: There is no case type 'cort' in this framework. Did you mean 'court'? Case types: court, other.",
                "inspection.json(9,18): error IV0105: case A: fact harms: There is no fact 'harms' in this framework. Did you mean 'harm'? Correct the name or remove the value.",
                "inspection.json(14,26): error IV0106: case B: fact harm: 'yes' is not a value of fact 'harm': it takes true or false.",
                "inspection.json(14,41): error IV0106: case B: fact risk: 'medium' is not a value of fact 'risk': it takes one of low, high.",
                "inspection.json(14,64): error IV0106: case B: fact sanctions: '2.5' is not a value of fact 'sanctions': it takes a whole number from 0 to 2147483647.",
                "inspection.json(14,69): error IV0107: case B: fact risky: Fact 'risky' is derived from other facts by the framework; it cannot be recorded. Remove it and record the facts it is derived from.",
            },
            result.Problems.Take(6).Select(p => p.ToCanonicalString()));
        var unknownItem = result.Problems.Single(p => p.Code == "IV0109");
        Assert.Equal("C", unknownItem.CaseId);
        Assert.Equal(Location.AtLine("inspection.json", 25, 20), unknownItem.Location);
        Assert.Contains("Did you mean 'court_work.assessment.desistance'?", unknownItem.Message);
        Assert.Equal(3, result.CasesRejected);
    }

    [Fact]
    public void Data_recorded_under_another_framework_version_is_refused_before_any_case_is_read()
    {
        var other = Header.Replace(_tiny.Plan.Model.ContentHash, "sha256:0000");
        var result = _tiny.ScoreText(other + """
              "cases": [ { "id": "A", "case_type": "other" } ]
            }
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0201", problem.Code);
        Assert.Contains("recorded under tiny version 1 (sha256:0000)", problem.Message);
        Assert.Equal(0, result.CasesRead);
    }

    [Fact]
    public void Cases_before_the_inspection_entry_are_refused()
    {
        var result = _tiny.ScoreText($$"""
            {
              "cases": [ { "id": "A", "case_type": "other" } ],
              "inspection": { "service": "Test service", {{_tiny.Stamp}} }
            }
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0303", problem.Code);
        Assert.Contains("put the inspection entry (with its framework stamp) first", problem.Message);
    }

    [Fact]
    public void A_case_larger_than_the_read_buffer_is_read_whole()
    {
        _tiny.Cases.Add(new RecordedCase("A", "court", new[] { new FactValue("harm", false), new FactValue("risk", "low"), new FactValue("sanctions", 0) }, new[]
        {
            new CaseAnswer("court_work.assessment.desistance", "yes", new string('x', 300_000)),
            new CaseAnswer("court_work.assessment.desistance.strengths", "yes"),
            new CaseAnswer("court_work.assessment.review", "yes"),
        }));
        var result = _tiny.Score();

        Assert.True(result.IsScored, Scoring.Problems(result));
        Assert.Equal(1, TinyInspection.Question(result, "2.1.1").YesCount);
    }

    [Fact]
    public void Problems_deep_in_a_large_file_point_at_their_case()
    {
        // The Luton sample is several read buffers long; break one answer in its last case.
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "luton-2020.json"));
        var start = text.IndexOf("\"id\": \"LUT-O15\"", StringComparison.Ordinal);
        const string Key = "\"out_of_court_disposals.assessment.desistance.strengths\": ";
        var value = text.IndexOf(Key, start, StringComparison.Ordinal) + Key.Length;
        var broken = text.Substring(0, value) + "\"maybe\"" + text.Substring(text.IndexOf('"', value + 1) + 1);
        var caseLine = text.Substring(0, start).Count(c => c == '\n'); // the line before "id" opens the case
        var luton = Scoring.Bundled("hmip-youth-2019.inspect");
        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "luton.json"), broken);
            var (result, _) = Scoring.File(luton, Path.Combine(directory, "luton.json"));
            var problem = Assert.Single(result.Problems);
            Assert.Equal("luton.json(" + caseLine + ",5): error IV0004: case LUT-O15: 3.1.1 / prompt: strengths: 'maybe' is not an allowed answer here. Answer yes, no or not_applicable.", problem.ToCanonicalString());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Csv_cases_are_read_with_rfc_4180_quoting()
    {
        var csv = "id,case_type,harm,risk,sanctions,court_work.assessment.desistance,court_work.assessment.desistance:rationale,court_work.assessment.desistance.strengths,court_work.assessment.desistance.victims,court_work.assessment.others,court_work.assessment.review,court_work.planning.repeat\r\n"
            + "A,court,TRUE,high,3,Yes,\"Planning, delivery and \"\"review\"\"\r\non two lines\",yes,No,no,NOT_APPLICABLE,yes\r\n"
            + "B,court,false,low,0,no,Because.,yes,,,yes,\r\n"
            + "\r\n";
        var result = ScoreWithCsv(csv);

        Assert.True(result.IsScored, Scoring.Problems(result));
        Assert.Equal(2, result.CasesRead);
        Assert.Equal((1, 2), (TinyInspection.Question(result, "2.1.1").YesCount, TinyInspection.Question(result, "2.1.1").ApplicableCount));
        Assert.Equal(1, TinyInspection.Question(result, "2.1.3").ApplicableCount);
        Assert.Equal((1, 1), (TinyInspection.Question(result, "2.2.1").YesCount, TinyInspection.Question(result, "2.2.1").ApplicableCount));
    }

    [Fact]
    public void Malformed_csv_is_reported_at_its_line_and_column_and_the_row_is_rejected()
    {
        var csv = "id,case_type,harm,risk,sanctions,court_work.assessment.desistanse\n"
            + "A,court,false,low,0\n"
            + "B,court,false,low,0,y\"es\n"
            + "C,court,false,low,0,\"yes\n";
        var result = ScoreWithCsv(csv);

        Assert.False(result.IsScored);
        Assert.Equal(
            new[]
            {
                "cases.csv(1,34): error IV0109: row 1, column 6 (F): court_work.assessment.desistanse: There is no key question or prompt 'court_work.assessment.desistanse' in this framework. Did you mean 'court_work.assessment.desistance'? Answers are named by the path of names from the domain down, e.g. 'court_work.assessment.desistance'.",
                "cases.csv(2,1): error IV0302: row 2: case A: This row has 5 fields but the header has 6; every row needs one field per column (quote fields that contain commas).",
                "cases.csv(3,22): error IV0302: row 3, column 6 (F): case B: A double quote inside a field that does not start with one; put the whole field in quotes and double the quote.",
                "cases.csv(4,21): error IV0302: row 4, column 6 (F): case C: The quoted field that starts here is never closed; close it with a double quote.",
            },
            result.Problems.Select(p => p.ToCanonicalString()).ToArray());
        Assert.Equal(3, result.CasesRead);
        Assert.Equal(3, result.CasesRejected);
    }

    [Fact]
    public void Csv_columns_count_characters_across_non_ascii_text_and_the_read_buffer()
    {
        // Unquoted fields are copied a buffer's worth at a time; columns still count characters
        // (a surrogate pair is one), also in a field longer than the 32K-character read buffer.
        var csv = "id,case_type,harm,risk,sanctions,court_work.assessment.desistance\n"
            + "\u00e9\U0001F600,court,false,low,0,y\"es\n"
            + "B,court,false,low,0," + new string('x', 40_000) + "\"\n"
            + "C,court,false,low,0,yes\n";
        var result = ScoreWithCsv(csv);

        Assert.Equal(
            new[] { Location.AtLine("cases.csv", 2, 23), Location.AtLine("cases.csv", 3, 40_021) },
            result.Problems.Where(p => p.Code == "IV0302").Select(p => p.Location).ToArray());
        Assert.Equal(3, result.CasesRead);
    }

    [Fact]
    public void The_same_cases_as_json_or_as_csv_score_the_same()
    {
        var luton = Scoring.Bundled("hmip-youth-2019.inspect");
        var cases = FixtureGenerator.Cases(PublishedInspections.Luton, luton);
        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            var csv = new StringWriter();
            var table = new CaseCsvWriter(csv, luton);
            foreach (var recorded in cases)
            {
                table.WriteCase(recorded);
            }

            File.WriteAllText(Path.Combine(directory, "cases.csv"), csv.ToString());
            var metadata = PublishedInspections.Luton.Metadata;
            using (var stream = File.Create(Path.Combine(directory, "inspection.json")))
            using (new InspectionWriter(stream, luton, metadata, PublishedInspections.Luton.Judgements, PublishedInspections.Luton.Discretion, new[] { "cases.csv" }))
            {
            }

            var fromCsv = Scoring.File(luton, Path.Combine(directory, "inspection.json"));
            var fromJson = Scoring.File(luton, Path.Combine(RepositoryPaths.Root, "samples", "luton-2020.json"));
            Assert.True(fromCsv.Result.IsScored, Scoring.Problems(fromCsv.Result));
            Assert.Equal(Json(fromJson.Result, fromJson.Metadata), Json(fromCsv.Result, fromCsv.Metadata));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Json(InspectionResult result, InspectionMetadata metadata)
    {
        using var stream = new MemoryStream();
        JsonReport.Write(stream, result, metadata, result.Problems);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private InspectionResult ScoreWithCsv(string csv)
    {
        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "cases.csv"), csv);
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
