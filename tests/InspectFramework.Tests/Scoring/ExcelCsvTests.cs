using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// Case files as Excel writes them (issue 18): semicolons and a <c>sep=</c> line, rows of separators,
/// Windows-1252 and UTF-16, the team's own columns, Yes/No/N/A as typed, and problems named by cell.
/// Each starts from the Sefton sample (samples/sefton-2019.json and its CSV of 39 cases) and changes
/// only what Excel would, so a file that is read must score exactly as the sample does.
/// </summary>
public sealed class ExcelCsvTests
{
    private const int SeftonCases = 39;

    private static readonly string SampleCsv = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "sefton-2019-cases.csv"));

    private static string[] Lines => SampleCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void The_sample_has_no_quotes_or_semicolons_so_changing_its_separator_is_exact()
    {
        Assert.DoesNotContain('"', SampleCsv);
        Assert.DoesNotContain(';', SampleCsv);
        Assert.Equal(SeftonCases + 1, Lines.Length);
    }

    [Fact]
    public void A_semicolon_file_with_a_sep_line_and_rows_of_separators_is_read_and_the_empty_rows_counted()
    {
        var columns = Lines[0].Count(c => c == ',') + 1;
        var empty = new string(';', columns - 1);
        var lines = Lines.Select(l => l.Replace(',', ';')).ToList();
        lines.Insert(10, empty);
        lines.Insert(20, string.Empty);
        lines.Add(empty);
        lines.Add(empty);
        var result = Score(Encoding.UTF8.GetBytes("sep=;\r\n" + string.Join("\r\n", lines) + "\r\n"));

        AssertScoredAsTheSample(result);
        Assert.Equal(4, result.EmptyRowsSkipped);
        Assert.Equal(result.CasesRead, result.CasesScored + result.CasesRejected);
        Assert.Contains("(+ 4 empty rows skipped)", Tooling.Reports.ResultSummary.Scored(result));
    }

    [Fact]
    public void A_semicolon_file_without_a_sep_line_is_read()
    {
        var result = Score(Encoding.UTF8.GetBytes(string.Join("\n", Lines.Select(l => l.Replace(',', ';'))) + "\n"));

        AssertScoredAsTheSample(result);
        Assert.Equal(0, result.EmptyRowsSkipped);
    }

    [Fact]
    public void A_file_with_another_separator_is_refused_naming_the_separator_it_was_read_with()
    {
        var result = Score(Encoding.UTF8.GetBytes(string.Join("\n", Lines.Select(l => l.Replace(',', '\t'))) + "\n"));

        Assert.Equal(new[] { "IV0303", "IV0303" }, result.Problems.Select(p => p.Code));
        Assert.Contains("read with fields separated by commas, has no \"id\" column", result.Problems[0].Message);
    }

    [Fact]
    public void A_windows_1252_file_is_refused_at_its_first_bad_byte_and_its_cell_and_read_when_the_encoding_is_named()
    {
        var lines = Lines;
        var fields = lines[13].Split(',');
        Assert.Equal("court_disposals.assessment.desistance:rationale", lines[0].Split(',')[20]);
        fields[20] = "Plan agreed at the café meeting";
        lines[13] = string.Join(',', fields);
        var text = string.Join("\r\n", lines) + "\r\n";
        var bytes = CodePagesEncoding().GetBytes(text);
        Assert.Equal(0xE9, bytes[text.IndexOf('é')]);

        var refused = Score(bytes);

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("IV0304", problem.Code);
        Assert.Equal(Location.AtLine("sefton-2019-cases.csv", 14, lines[13].IndexOf('é') + 1), problem.Location);
        Assert.Equal("row 14, column 21 (U)", problem.Cell);
        Assert.Contains("0xE9", problem.Message);
        Assert.Contains("Save it as \"CSV UTF-8 (Comma delimited)\"", problem.Message);
        Assert.Contains("--encoding windows-1252", problem.Message);

        AssertScoredAsTheSample(Score(bytes, new InspectionReadOptions { Encoding = TextEncodings.Named("windows-1252") }));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_with_a_byte_order_mark_is_read_in_csv_and_in_json(string encoding)
    {
        var utf16 = Encoding.GetEncoding(encoding);
        var csv = utf16.GetPreamble().Concat(utf16.GetBytes(SampleCsv)).ToArray();
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "sefton-2019.json"));

        AssertScoredAsTheSample(Score(csv, inspection: utf16.GetPreamble().Concat(utf16.GetBytes(json)).ToArray()));
    }

    [Fact]
    public void The_teams_own_columns_are_refused_by_default_and_read_past_when_listed()
    {
        var lines = Lines.Select((l, i) => i == 0 ? l + ",inspector,date" : l + $",Inspector {i % 3},2019-02-{10 + (i % 9):00}").ToArray();
        var bytes = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
        var columns = Lines[0].Split(',').Length;

        var refused = Score(bytes);

        Assert.False(refused.IsScored);
        Assert.Equal(new[] { "IV0105", "IV0105" }, refused.Problems.Select(p => p.Code));
        Assert.Equal(new[] { $"row 1, column {columns + 1} ({Letters(columns)})", $"row 1, column {columns + 2} ({Letters(columns + 1)})" }, refused.Problems.Select(p => p.Cell));
        Assert.Contains("--ignore-columns inspector", refused.Problems[0].Message);

        AssertScoredAsTheSample(Score(bytes, new InspectionReadOptions { IgnoredColumns = ImmutableHashSet.Create("inspector", "date") }));
    }

    [Fact]
    public void Yes_no_and_not_applicable_are_read_as_typed_in_any_letter_case()
    {
        // Each answer and boolean fact in turn takes the next spelling of its kind, so every spelling is used.
        var yes = new[] { "Yes", "YES", "yes" };
        var no = new[] { "No", "NO", "no" };
        var notApplicable = new[] { "N/A", "n/a", "Not applicable", "NOT APPLICABLE", "Not_Applicable" };
        var trueValues = new[] { "True", "Yes", "YES" };
        var falseValues = new[] { "FALSE", "No", "no" };
        int yesCount = 0, noCount = 0, naCount = 0, trueCount = 0, falseCount = 0;
        // The sample answers no prompt "not applicable"; prompts count in no percentage, so some of
        // its prompts answered "yes" are answered "not applicable" here, in the spellings of a sheet.
        var prompt = Lines[0].Split(',').Select(c => !c.Contains(':') && c.Count(ch => ch == '.') == 3).ToArray();
        var lines = Lines.Select((line, row) => row == 0 ? line : string.Join(',', line.Split(',').Select((field, column) => field switch
        {
            "yes" when prompt[column] && (row + column) % 4 == 0 => notApplicable[naCount++ % notApplicable.Length],
            "yes" => yes[yesCount++ % yes.Length],
            "no" => no[noCount++ % no.Length],
            "not_applicable" => notApplicable[naCount++ % notApplicable.Length],
            "true" => trueValues[trueCount++ % trueValues.Length],
            "false" => falseValues[falseCount++ % falseValues.Length],
            _ => field,
        }))).ToArray();
        Assert.All(new[] { yesCount, noCount, trueCount, falseCount }, n => Assert.True(n >= 3));
        Assert.True(naCount >= notApplicable.Length);

        AssertScoredAsTheSample(Score(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")));
    }

    [Fact]
    public void Problems_name_the_cell_by_row_and_column_letter()
    {
        var lines = Lines;
        var fields = lines[13].Split(',');
        Assert.Equal("court_disposals.assessment.desistance", lines[0].Split(',')[19]);
        fields[19] = "maybe";
        fields[8] = "-1";
        lines[13] = string.Join(',', fields);

        var result = Score(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

        Assert.Equal(
            new (string, string?)[] { ("IV0106", "row 14, column 9 (I)"), ("IV0004", "row 14, column 20 (T)") },
            result.Problems.Where(p => p.Code is "IV0106" or "IV0004").Select(p => (p.Code, p.Cell)));
        Assert.All(result.Problems, p => Assert.StartsWith("row 14", p.Cell));
        Assert.StartsWith("sefton-2019-cases.csv(14,", result.Problems[0].ToCanonicalString());
        Assert.Contains("error IV0106: row 14, column 9 (I): case SEF-C13:", result.Problems[0].ToCanonicalString());
        Assert.Equal(SeftonCases, result.CasesRead);
        Assert.Equal(1, result.CasesRejected);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(5, "F")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(51, "AZ")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_letters_are_excels(int index, string letters) => Assert.Equal(letters, CsvCaseReader.ColumnLetters(index));

    private static string Letters(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static void AssertScoredAsTheSample(InspectionResult result)
    {
        Assert.True(result.IsScored, Scoring.Problems(result));
        Assert.Equal(SeftonCases, result.CasesRead);
        Assert.Equal(SeftonCases, result.CasesScored);
        Assert.Equal(Report(Sample()), Report(result));
    }

    private static string Report(InspectionResult result)
    {
        var text = new StringWriter();
        Tooling.Reports.TextReport.Write(text, result, InspectionMetadata.Empty);
        return System.Text.RegularExpressions.Regex.Replace(text.ToString(), @" \(\+ \d+ empty rows? skipped\)", string.Empty);
    }

    private static InspectionResult Sample() =>
        Scoring.File(Scoring.Bundled("hmip-youth-2018.inspect"), Path.Combine(RepositoryPaths.Root, "samples", "sefton-2019.json")).Result;

    private static InspectionResult Score(byte[] csv, InspectionReadOptions? options = null, byte[]? inspection = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"inspect-excel-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllBytes(Path.Combine(directory, "sefton-2019-cases.csv"), csv);
            var path = Path.Combine(directory, "sefton-2019.json");
            if (inspection is null)
            {
                File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "sefton-2019.json"), path);
            }
            else
            {
                File.WriteAllBytes(path, inspection);
            }

            return Scoring.File(Scoring.Bundled("hmip-youth-2018.inspect"), path, options).Result;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
