using System;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// Case data as spreadsheets and other systems produce it: bytes that are not UTF-8, values of the
/// wrong type, a case recorded twice across files, rows and values too large to be case data. Each
/// gives a problem naming its place (and its case and item where there is one) and an exact
/// account; none throws. The first tests are the fuzzer's findings (docs/fuzzing.md).
/// </summary>
public sealed class HostileCaseDataTests
{
    private readonly TinyInspection _tiny = new();

    private string Header => $$"""
        {
          "format": "inspect-inspection-data/1",
          "inspection": { "service": "Test service", {{_tiny.Stamp}} },
          "judgements": [ { "standard": "organisation.leadership", "rating": "good" } ],

        """;

    private const string Answers = """
        "answers": {
                "court_work.assessment.desistance": { "answer": "yes", "rationale": "RATIONALE" },
                "court_work.assessment.desistance.strengths": "yes",
                "court_work.assessment.review": "yes"
              }
        """;

    private string Case(string id, string rationale = "Because.") => $$"""
            {
              "id": "{{id}}",
              "case_type": "court",
              "facts": { "harm": false, "risk": "low", "sanctions": 0 },
              {{Answers.Replace("RATIONALE", rationale, StringComparison.Ordinal)}}
            }
        """;

    [Fact]
    public void A_windows_1252_byte_in_a_rationale_is_refused_where_it_is()
    {
        // Found by the fuzzer: System.Text.Json never decodes a rationale, so the byte went unseen
        // and the file was scored. 0x92 is Windows-1252's typographic apostrophe.
        var text = Header + "  \"cases\": [\n" + Case("A") + ",\n" + Case("B", "The child\u0001s plan.") + "\n  ]\n}\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = Array.IndexOf(bytes, (byte)0x01);
        bytes[at] = 0x92;
        var line = text.Substring(0, text.IndexOf('\u0001', StringComparison.Ordinal)).Count(c => c == '\n') + 1;
        var column = at - Array.LastIndexOf(bytes, (byte)'\n', at);

        var result = ScoreBytes(bytes);

        Assert.False(result.IsScored);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(Location.AtLine("inspection.json", line, column), problem.Location);
        Assert.Equal("IV0301", problem.Code);
        Assert.StartsWith("The file is not valid JSON: the byte 0x92 here does not belong to any UTF-8 character", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.CasesRead);
    }

    [Theory]
    [InlineData("\"h\u0001rm\": false", "a fact's name")]
    [InlineData("\"harm\": false, \"risk\": \"l\u0001w\"", "a fact's value")]
    public void Bytes_that_are_not_utf8_in_a_name_or_value_are_refused_not_thrown(string facts, string where)
    {
        // Found by the fuzzer: turning such a string into text threw from the JSON reader.
        var text = Header + "  \"cases\": [ { \"id\": \"A\", \"case_type\": \"court\", \"facts\": { " + facts + " } } ]\n}\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[Array.IndexOf(bytes, (byte)0x01)] = 0xF5;

        var result = ScoreBytes(bytes);

        Assert.False(result.IsScored);
        Assert.True(result.Problems.Single().Code == "IV0301", where);
        Assert.Contains("the byte 0xF5 here", result.Problems.Single().Message, StringComparison.Ordinal);
    }

    // In a value, in a case's property name, in an answer's property name (the last two are
    // compared with known names, which also turns them into text).
    [Theory]
    [InlineData("{ \"id\": \"A\\ud800\", \"case_type\": \"other\" }", 22)]
    [InlineData("{ \"id\": \"A\\udc00\\ud800\", \"case_type\": \"other\" }", 22)]
    [InlineData("{ \"id\": \"A\", \"\\ud800\": \"other\" }", 27)]
    [InlineData("{ \"id\": \"A\", \"case_type\": \"court\", \"answers\": { \"court_work.assessment.review\": { \"\\udfff\": \"yes\" } } }", 96)]
    public void An_escape_of_half_a_character_is_refused_not_thrown(string record, int column)
    {
        // Found by the fuzzer: System.Text.Json throws when it turns such an escape into text.
        var result = ScoreBytes(Encoding.UTF8.GetBytes(Header + "  \"cases\": [ " + record + " ]\n}\n"));

        Assert.False(result.IsScored);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0301", problem.Code);
        Assert.Equal(Location.AtLine("inspection.json", 5, column), problem.Location);
        Assert.Contains("half of a character (a lone surrogate)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_in_names_from_the_data_are_escaped_so_each_problem_is_one_line()
    {
        // Found by the fuzzer: a JSON syntax error quoting a value over two lines, and names with
        // \n escapes, broke the one-problem-per-line form that IDEs and CI read.
        var result = ScoreBytes(Encoding.UTF8.GetBytes(Header + "  \"cases\": [ { \"id\": \"A\\nB\", \"case_type\": \"other\", \"facts\": { \"ha\\r\\nrm\": true } } ]\n}\n"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("inspection.json(5,63): error IV0105: case A\\nB: fact ha\\r\\nrm: There is no fact 'ha\\r\\nrm' in this framework. Did you mean 'harm'? Correct the name or remove the value.", problem.ToCanonicalString());
        Assert.Equal("A\nB", problem.CaseId);
    }

    [Fact]
    public void Answers_of_the_wrong_type_are_reported_naming_the_case_and_the_item()
    {
        var answers = """
            "answers": {
                    "court_work.assessment.desistance": { "rationale": "No answer, only a rationale." },
                    "court_work.assessment.desistance.strengths": 1,
                    "court_work.assessment.review": [ "yes" ]
                  }
            """;
        var result = ScoreText(Header + "  \"cases\": [\n" + Case("A") + ",\n" + Case("B").Replace(Answers.Replace("RATIONALE", "Because.", StringComparison.Ordinal), answers, StringComparison.Ordinal) + "\n  ]\n}\n");

        Assert.False(result.IsScored);
        Assert.Equal(
            new[]
            {
                "IV0001 B 2.1.1",
                "IV0004 B 2.1.1 / prompt: strengths",
                "IV0004 B 2.1.3",
            },
            result.Problems.Select(p => $"{p.Code} {p.CaseId} {p.ItemPath}"));
        Assert.Contains("'1' is not an allowed answer here", result.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal((2L, 1L, 1L), (result.CasesRead, result.CasesAccepted, result.CasesRejected));
    }

    [Fact]
    public void An_identifier_or_case_type_of_the_wrong_type_is_reported_and_the_case_counted()
    {
        var result = ScoreText(Header + """
              "cases": [
                { "id": 7, "case_type": "other" },
                { "id": "B", "case_type": null },
                { "id": "C", "case_type": [ "court" ] },
                "D"
              ]
            }
            """);

        Assert.False(result.IsScored);
        Assert.Equal(4, result.CasesRead);
        Assert.Equal(4, result.CasesRejected);
        Assert.All(result.Problems, p => Assert.NotNull(p.Location));
        Assert.Contains(result.Problems, p => p.CaseId == string.Empty && p.Message.Contains("\"id\" must be a string", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.CaseId == "B" && p.Message.Contains("\"case_type\" must be a string", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.CaseId == "C" && p.Message.Contains("\"case_type\" must be a string", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.StartsWith("A case must be an object", StringComparison.Ordinal));
    }

    [Fact]
    public void A_case_in_the_json_and_again_in_the_csv_is_recorded_twice()
    {
        // The CSV named in "case_files" is read where it is named, before the "cases" that follow.
        var csv = "id,case_type\nX,other\nA,other\n";
        var result = ScoreFiles(Header + "  \"case_files\": [ \"cases.csv\" ],\n  \"cases\": [\n" + Case("A") + "\n  ]\n}\n", csv);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0102", problem.Code);
        Assert.Equal("A", problem.CaseId);
        Assert.Equal(Location.AtLine("inspection.json", 7, 5), problem.Location);
        Assert.StartsWith("Another case already has the identifier 'A', at cases.csv(3,1). ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Location.AtLine("cases.csv", 3, 1), Assert.Single(problem.RelatedLocations).Location);
        Assert.Equal((3L, 1L), (result.CasesRead, result.CasesRejected));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("")]
    public void A_csv_row_larger_than_any_case_is_refused_as_too_large(string quote)
    {
        // A quote that is never closed would otherwise read the rest of a huge file into one field;
        // an unquoted field that large is not case data either.
        var csv = new StringBuilder("id,case_type\nA,other\nB,").Append(quote).Append('x', InspectionReader.MaxValueBytes + 1).Append("\nC,other\n").ToString();

        var result = ScoreFiles(Header + "  \"case_files\": [ \"cases.csv\" ]\n}\n", csv);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0305", problem.Code);
        Assert.Equal(Location.AtLine("cases.csv", 3, 1), problem.Location);
        Assert.Equal("A single row (one case) is larger than 64 MB; this is not inspection data. Check the file.", problem.Message);
        Assert.Equal(1, result.CasesRead);
    }

    [Fact]
    public void A_json_value_larger_than_any_case_is_refused_as_too_large()
    {
        var text = new StringBuilder(Header).Append("  \"cases\": [\n").Append(Case("A")).Append(",\n").Append(Case("B", new string('x', InspectionReader.MaxValueBytes))).Append("\n  ]\n}\n").ToString();

        var result = ScoreText(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0305", problem.Code);
        Assert.Equal("A single value (a case or the inspection entry) is larger than 64 MB; this is not inspection data. Check the file.", problem.Message);
        Assert.Equal(1, result.CasesRead);
    }

    [Fact]
    public void A_large_file_is_read_whole_with_an_exact_account()
    {
        // 100,000 cases (about 40 MB), three of them broken near the end: each is named, the rest
        // are read, and the account is exact.
        const int Count = 100_000;
        for (var i = 0; i < Count; i++)
        {
            _tiny.Court($"C{i:000000}", desistance: i % 3 == 0 ? "no" : "yes");
        }

        _tiny.Cases[Count - 3] = _tiny.Cases[Count - 3] with { CaseType = "cort" };
        _tiny.Cases[Count - 2] = _tiny.Cases[Count - 2] with { Id = "C000001" };
        _tiny.Cases[Count - 1] = _tiny.Cases[Count - 1] with { Answers = _tiny.Cases[Count - 1].Answers.Append(new CaseAnswer("court_work.assessment.desistanse", "yes")).ToList() };

        var result = _tiny.Score();

        Assert.Equal(Count, result.CasesRead);
        Assert.Equal(3, result.CasesRejected);
        Assert.Equal(Count - 3, result.CasesAccepted);
        Assert.Equal(new[] { "IV0103 C099997", "IV0102 C000001", "IV0109 C099999" }, result.Problems.Select(p => $"{p.Code} {p.CaseId}"));
        Assert.All(result.Problems, p => Assert.True(p.Location.LineSpan.Start.Line + 1 > 1_000_000, p.ToCanonicalString()));
    }

    private InspectionResult ScoreText(string json) => ScoreBytes(Encoding.UTF8.GetBytes(json));

    private InspectionResult ScoreBytes(byte[] json) => Score(json, null);

    private InspectionResult ScoreFiles(string json, string csv) => Score(Encoding.UTF8.GetBytes(json), Encoding.UTF8.GetBytes(csv));

    private InspectionResult Score(byte[] json, byte[]? csv)
    {
        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(directory, "inspection.json"), json);
            if (csv is not null)
            {
                File.WriteAllBytes(Path.Combine(directory, "cases.csv"), csv);
            }

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
