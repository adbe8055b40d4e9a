using System;
using System.Linq;
using InspectFramework.Compiler.Text;
using InspectFramework.Tests.Scoring;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// A key given twice in any JSON object of case data is refused where its second occurrence is:
/// JSON readers differ on which of the two values counts, so keeping either would let the same file
/// give two ratings. The case, or for the inspection's own entries the inspection, is refused.
/// </summary>
public sealed class DuplicateKeyTests
{
    private readonly TinyInspection _tiny = new();

    // One valid case; the test texts put a duplicate into a copy of it or of the file around it.
    private const string CaseA = """{ "id": "A", "case_type": "court", "facts": { "harm": false, "risk": "low", "sanctions": 0 }, "answers": { "court_work.assessment.desistance": { "answer": "yes", "rationale": "Because." }, "court_work.assessment.desistance.strengths": "yes", "court_work.assessment.review": "yes" } }""";

    private const string CaseB = """{ "id": "B", "case_type": "other" }""";

    private string File(string inspection = "", string framework = "", string judgement = "", string caseA = CaseA, string root = "", string discretion = "") => $$"""
        {
          "format": "inspect-inspection-data/1",
          "inspection": { "service": "Test service", {{inspection}}"framework": { "name": "tiny", "version": "1", {{framework}}"content_hash": "{{_tiny.Plan.Model.ContentHash}}" } },
          "judgements": [ { "standard": "organisation.leadership", {{judgement}}"rating": "good" } ],
          {{discretion}}"cases": [
            {{caseA}},
            {{CaseB}}
          ]{{root}}
        }
        """;

    [Fact]
    public void The_file_without_a_duplicate_is_scored()
    {
        var result = _tiny.ScoreText(File());

        Assert.True(result.IsScored, Scoring.Scoring.Problems(result));
        Assert.Equal((2, 0), (result.CasesRead, result.CasesRejected));
    }

    public static TheoryData<string, string> CaseKeys => new()
    {
        // The marker § stands just before the second occurrence; the test removes it.
        { "id", CaseA.Replace("\"case_type\"", "§\"id\": \"Z\", \"case_type\"", StringComparison.Ordinal) },
        { "case_type", CaseA.Replace("\"facts\"", "§\"case_type\": \"other\", \"facts\"", StringComparison.Ordinal) },
        { "facts", CaseA.Replace("\"answers\"", "§\"facts\": { \"harm\": true }, \"answers\"", StringComparison.Ordinal) },
        { "answers", CaseA.Replace(" } }", " }, §\"answers\": { } }", StringComparison.Ordinal) },
        { "answer", CaseA.Replace("\"answer\": \"yes\",", "\"answer\": \"yes\", §\"answer\": \"no\",", StringComparison.Ordinal) },
        { "rationale", CaseA.Replace("\"rationale\": \"Because.\"", "\"rationale\": \"Because.\", §\"rationale\": null", StringComparison.Ordinal) },
        { "id", CaseA.Replace("\"case_type\"", "§\"i\\u0064\": \"A\", \"case_type\"", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(CaseKeys))]
    public void A_key_twice_in_a_case_rejects_the_case(string key, string caseA)
    {
        var (problem, result) = CaseAProblem(caseA, CaseDataProblems.DuplicateKeyCode);

        Assert.StartsWith($"\"{key}\" is given twice in ", problem.Message, StringComparison.Ordinal);
        Assert.Equal("A", problem.CaseId);
        Assert.False(result.IsScored);
    }

    public static TheoryData<string, string> NamedTwice => new()
    {
        // A null value records nothing, but the name is still given twice.
        { "Fact 'harm'", CaseA.Replace("\"harm\": false", "\"harm\": null, §\"harm\": false", StringComparison.Ordinal) },
        { "Fact 'risk'", CaseA.Replace("\"sanctions\": 0", "\"sanctions\": 0, §\"risk\": null", StringComparison.Ordinal) },
        { "An answer to key question 2.1.3", CaseA.Replace("\"court_work.assessment.review\": \"yes\"", "\"court_work.assessment.review\": null, §\"court_work.assessment.review\": \"yes\"", StringComparison.Ordinal) },
        { "An answer to key question 2.1.1", CaseA.Replace("\"court_work.assessment.review\": \"yes\"", "\"court_work.assessment.review\": \"yes\", §\"court_work.assessment.desistance\": { \"rationale\": null }", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(NamedTwice))]
    public void A_fact_or_an_item_named_twice_rejects_the_case_even_when_a_value_is_null(string what, string caseA)
    {
        var (problem, _) = CaseAProblem(caseA, CaseDataProblems.RecordedTwiceCode);

        Assert.StartsWith(what + " is recorded twice", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("service", "\"inspection\"")]
    [InlineData("published", "\"inspection\"")]
    [InlineData("version", "the framework stamp")]
    [InlineData("rating", "a judgement")]
    [InlineData("rating", "a professional discretion decision")]
    public void A_key_twice_in_the_inspections_own_entries_refuses_the_inspection(string key, string where)
    {
        var text = where switch
        {
            "\"inspection\"" when key == "service" => File(inspection: "§\"service\": \"Another service\", "),
            "\"inspection\"" => File(inspection: "\"published\": \"2020-01\", §\"published\": \"2020-02\", "),
            "the framework stamp" => File(framework: "§\"version\": \"2\", "),
            "a judgement" => File(judgement: "\"rating\": \"inadequate\", §"),
            _ => File(discretion: "\"discretion\": [ { \"standard\": \"court_work.assessment\", \"rating\": \"good\", §\"rating\": \"outstanding\", \"rationale\": \"Panel.\" } ],\n  "),
        };
        var (marked, at) = Marked(text);
        var result = _tiny.ScoreText(marked);

        // The first value stands in for the entry, so no follow-on problem says it is missing.
        var problem = Assert.Single(result.Problems);
        Assert.Equal(CaseDataProblems.DuplicateKeyCode, problem.Code);
        Assert.Equal(at, problem.Location);
        Assert.Equal($"\"{key}\" is given twice in {where}. JSON readers differ on which of the two counts, so neither is used: keep one.", problem.Message);
        Assert.False(result.IsScored);
    }

    [Theory]
    [InlineData("cases", ",\n  §\"cases\": [ { \"id\": \"C\", \"case_type\": \"other\" } ]", 2)]
    [InlineData("format", ",\n  §\"format\": \"inspect-inspection-data/1\"", 2)]
    [InlineData("inspection", ",\n  §\"inspection\": { }", 2)]
    public void A_root_key_twice_stops_reading_there(string key, string root, int casesRead)
    {
        var (text, at) = Marked(File(root: root));
        var result = _tiny.ScoreText(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CaseDataProblems.DuplicateKeyCode, problem.Code);
        Assert.Equal(at, problem.Location);
        Assert.StartsWith($"\"{key}\" is given twice in the inspection file.", problem.Message, StringComparison.Ordinal);
        Assert.False(result.IsScored);
        Assert.Equal(casesRead, result.CasesRead);
    }

    // Scores the file with case A as given, marked where its problem is: the one problem of the
    // code is there, and case A, and only it, is rejected.
    private (InspectionProblem Problem, InspectionResult Result) CaseAProblem(string caseA, string code)
    {
        var (text, at) = Marked(File(caseA: caseA));
        var result = _tiny.ScoreText(text);

        var problem = Assert.Single(result.Problems, p => p.Code == code);
        Assert.Equal(at, problem.Location);
        Assert.Equal((2, 1), (result.CasesRead, result.CasesRejected));
        return (problem, result);
    }

    // The text without the marker, and the line and column (1-based, in characters) where it was.
    private static (string Text, Location At) Marked(string text)
    {
        var index = text.IndexOf('§', StringComparison.Ordinal);
        Assert.True(index >= 0, "no marker in the test text");
        var before = text.Substring(0, index);
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (text.Remove(index, 1), Location.AtLine("inspection.json", line, column));
    }
}
