extern alias OpenXml;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using Cell = OpenXml::DocumentFormat.OpenXml.Spreadsheet.Cell;
using DataValidation = OpenXml::DocumentFormat.OpenXml.Spreadsheet.DataValidation;
using DataValidationValues = OpenXml::DocumentFormat.OpenXml.Spreadsheet.DataValidationValues;
using Sheet = OpenXml::DocumentFormat.OpenXml.Spreadsheet.Sheet;
using SpreadsheetDocument = OpenXml::DocumentFormat.OpenXml.Packaging.SpreadsheetDocument;
using WorkbookPart = OpenXml::DocumentFormat.OpenXml.Packaging.WorkbookPart;
using WorksheetPart = OpenXml::DocumentFormat.OpenXml.Packaging.WorksheetPart;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Reports;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// Case data in Excel workbooks (.xlsx), and the templates <c>inspect template</c> writes (workbook,
/// CSV, JSON), read back filled in; problems named by sheet, row and column letter; workbooks built to attack the reader; and one
/// saved by a real spreadsheet program (Fixtures/libreoffice-tiny.xlsx).
/// </summary>
public sealed class WorkbookCaseDataTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly TinyInspection _tiny = new();

    [Fact]
    public void A_filled_template_scores_the_same_as_the_same_cases_in_json()
    {
        var luton = Scoring.Bundled("hmip-youth-2019.inspect");
        var cases = FixtureGenerator.Cases(PublishedInspections.Luton, luton);
        var template = CaseTemplate.Create(luton);
        var workbook = template.Xlsx(cases.Select(c => Row(template, c)).ToList());

        var fromWorkbook = ScoreWorkbook(luton, workbook, PublishedInspections.Luton.Judgements, PublishedInspections.Luton.Discretion, PublishedInspections.Luton.Metadata);
        var fromJson = Scoring.File(luton, Path.Combine(RepositoryPaths.Root, "samples", "luton-2020.json"));

        Assert.True(fromWorkbook.Result.IsScored, Scoring.Problems(fromWorkbook.Result));
        Assert.Equal(cases.Count, fromWorkbook.Result.CasesRead);
        Assert.Equal(Json(fromJson.Result, fromJson.Metadata), Json(fromWorkbook.Result, fromWorkbook.Metadata));
    }

    [Fact]
    public void A_template_for_one_case_type_filled_in_reads_back_without_problems()
    {
        var template = CaseTemplate.Create(_tiny.Plan, "court");
        Assert.DoesNotContain(template.Columns, c => c.Name.StartsWith("organisation.", StringComparison.Ordinal));
        var rows = new[] { _tiny.Court("A", harm: true, risk: "high", sanctions: 3), _tiny.Court("B", desistance: "no") }.Select(c => Row(template, c)).ToList();

        var result = ScoreWorkbook(_tiny.Plan, template.Xlsx(rows)).Result;

        Assert.True(result.IsScored, Scoring.Problems(result));
        Assert.Equal(2, result.CasesRead);
    }

    [Fact]
    public void A_first_case_whose_id_begins_with_a_hash_is_read_as_a_case_not_skipped_as_notes()
    {
        var template = CaseTemplate.Create(_tiny.Plan);
        var header = template.Csv().Split("\r\n")[0];
        var csv = header + "\r\n" + string.Concat(new[] { _tiny.Court("#1042", harm: true), _tiny.Court("B", risk: "high") }
            .Select(c => string.Join(",", Row(template, c).Select(f => CaseCsvWriter.Quote(f ?? string.Empty))) + "\r\n"));

        var result = ScoreFiles(_tiny.Plan, "cases.csv", Encoding.UTF8.GetBytes(csv));

        Assert.True(result.Result.IsScored, Scoring.Problems(result.Result));
        Assert.Equal(2, result.Result.CasesRead);
    }

    [Fact]
    public void A_csv_template_filled_in_reads_back_without_problems_its_notes_row_skipped()
    {
        var template = CaseTemplate.Create(_tiny.Plan);
        var csv = template.Csv() + string.Concat(new[] { _tiny.Court("A", harm: true), _tiny.Court("B", risk: "high") }
            .Select(c => string.Join(",", Row(template, c).Select(f => CaseCsvWriter.Quote(f ?? string.Empty))) + "\r\n"));
        Assert.StartsWith("id,case_type,harm,risk,sanctions,court_work.assessment.desistance,court_work.assessment.desistance:rationale,", csv);
        Assert.Contains("\r\n# notes (not a case) for framework tiny version 1 sha256:", csv);

        var result = ScoreFiles(_tiny.Plan, "cases.csv", Encoding.UTF8.GetBytes(csv));

        Assert.True(result.Result.IsScored, Scoring.Problems(result.Result));
        Assert.Equal(2, result.Result.CasesRead);
    }

    [Fact]
    public void A_json_template_filled_in_reads_back_without_problems()
    {
        var template = CaseTemplate.Create(_tiny.Plan);
        var json = System.Text.Json.Nodes.JsonNode.Parse(template.Json())!.AsObject();
        Assert.Equal("tiny.schema.json", (string?)json["$schema"]);

        json["inspection"]!["service"] = "Test service";
        json["inspection"]!["inspectorate"] = "Test inspectorate";
        json["inspection"]!["published"] = "2020-05";
        json["judgements"]![0]!["rating"] = "good";
        var blank = json["cases"]![0]!;
        Assert.Null(blank["facts"]!["harm"]);
        Assert.Null(blank["answers"]!["court_work.assessment.desistance.victims"]);
        blank["id"] = "A";
        blank["case_type"] = "court";
        blank["facts"]!["harm"] = false;
        blank["facts"]!["risk"] = "low";
        blank["facts"]!["sanctions"] = 0;
        blank["answers"]!["court_work.assessment.desistance"] = new System.Text.Json.Nodes.JsonObject { ["answer"] = "yes", ["rationale"] = "Because." };
        blank["answers"]!["court_work.assessment.desistance.strengths"] = "yes";
        blank["answers"]!["court_work.assessment.review"] = "no";

        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "inspection.json"), json.ToJsonString());
            var result = Scoring.File(_tiny.Plan, Path.Combine(directory, "inspection.json")).Result;

            Assert.True(result.IsScored, Scoring.Problems(result));
            Assert.Equal(1, result.CasesRead);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_blank_template_is_read_as_no_cases_its_notes_row_skipped()
    {
        var result = ScoreWorkbook(_tiny.Plan, CaseTemplate.Create(_tiny.Plan).Xlsx()).Result;

        Assert.Empty(result.Problems);
        Assert.Equal(0, result.CasesRead);
    }

    [Fact]
    public void The_template_is_the_same_bytes_every_time_and_in_every_culture()
    {
        var first = CaseTemplate.Create(Scoring.Bundled("hmip-youth-2019.inspect")).Xlsx();
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Thread.Sleep(2100); // zip entries hold times in 2-second steps: a clock read would show
            Assert.Equal(first, CaseTemplate.Create(Scoring.Bundled("hmip-youth-2019.inspect")).Xlsx());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>The Open XML SDK, an independent reader, sees the names, notes and drop-down lists.</summary>
    [Fact]
    public void Another_library_reads_the_templates_columns_notes_and_drop_down_lists()
    {
        var plan = Scoring.Bundled("hmip-youth-2019.inspect");
        var template = CaseTemplate.Create(plan);
        using var document = SpreadsheetDocument.Open(new MemoryStream(template.Xlsx()), isEditable: false);
        var part = document.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(new[] { "Cases", "Lists" }, sheets.Select(s => s.Name!.Value));
        var cases = Cells(part, sheets[0]);
        var lists = Cells(part, sheets[1]);

        Assert.Equal(template.Columns.Select(c => c.Name), Enumerable.Range(1, template.Columns.Count).Select(i => cases[Location.ColumnLetters(i) + "1"]));
        Assert.StartsWith("# notes (not a case) for framework hmip_youth_2019 version 2019.1 sha256:", cases["A2"]);
        var desistance = template.Columns.ToList().FindIndex(c => c.Name == "court_disposals.assessment.desistance");
        Assert.Equal("2.1.1 Does assessment sufficiently analyse how to support the child's desistance?", cases[Location.ColumnLetters(desistance + 1) + "2"]);

        var validations = part.WorksheetParts.First(w => part.GetIdOfPart(w) == sheets[0].Id!.Value).Worksheet.Descendants<DataValidation>().ToList();
        var byColumn = validations.ToDictionary(v => v.SequenceOfReferences!.InnerText!);
        for (var i = 0; i < template.Columns.Count; i++)
        {
            var column = template.Columns[i];
            var letter = Location.ColumnLetters(i + 1);
            if (column.Values == TemplateValues.Any)
            {
                Assert.False(byColumn.ContainsKey($"{letter}3:{letter}1048576"), column.Name);
                continue;
            }

            var validation = byColumn[$"{letter}3:{letter}1048576"];
            if (column.Values != TemplateValues.List)
            {
                Assert.Equal(column.Values == TemplateValues.WholeNumber ? DataValidationValues.Whole : DataValidationValues.Decimal, validation.Type!.Value);
                continue;
            }

            // Lists!$B$2:$B$7: the values in that range are exactly the column's allowed values.
            Assert.Equal(DataValidationValues.List, validation.Type!.Value);
            var range = validation.Formula1!.Text.Replace("Lists!", string.Empty).Replace("$", string.Empty).Split(':');
            var listLetter = new string(range[0].TakeWhile(char.IsLetter).ToArray());
            var from = int.Parse(range[0].Substring(listLetter.Length), CultureInfo.InvariantCulture);
            var to = int.Parse(range[1].Substring(listLetter.Length), CultureInfo.InvariantCulture);
            Assert.Equal(column.List, Enumerable.Range(from, to - from + 1).Select(r => lists[listLetter + r.ToString(CultureInfo.InvariantCulture)]));
        }

        Assert.Contains(template.Columns, c => c.Name == "disposal" && c.List.SequenceEqual(plan.Facts[plan.FindFact("disposal")].Members));
    }

    [Fact]
    public void Problems_name_the_sheet_row_and_column_letter()
    {
        var template = CaseTemplate.Create(_tiny.Plan);
        var good = Row(template, _tiny.Court("A"));
        var bad = Row(template, _tiny.Court("B"));
        bad[Column(template, "risk")] = "medium";

        var result = ScoreWorkbook(_tiny.Plan, template.Xlsx(new[] { good, bad })).Result;

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0106", problem.Code);
        Assert.Equal($"cases.xlsx: sheet 'Cases' row 4 column {Location.ColumnLetters(Column(template, "risk") + 1)} (risk)", problem.Location.ToString());
        Assert.StartsWith("cases.xlsx: sheet 'Cases' row 4 column D (risk): error IV0106: case B:", problem.ToCanonicalString());
    }

    [Fact]
    public void Formulas_give_their_saved_result_and_are_never_worked_out()
    {
        var sheet = Sheet(
            Cells("id", "case_type", "harm", "risk", "sanctions", "court_work.assessment.desistance", "court_work.assessment.desistance:rationale", "court_work.assessment.desistance.strengths", "court_work.assessment.review"),
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A</t></is></c><c r=\"B2\" t=\"str\"><f>LOWER(\"COURT\")</f><v>court</v></c><c r=\"C2\" t=\"b\"><v>0</v></c>"
            + "<c r=\"D2\" t=\"str\"><f>\"low\"</f><v>low</v></c><c r=\"E2\"><f>1-1</f><v>0</v></c>"
            + "<c r=\"F2\" t=\"inlineStr\"><is><t>yes</t></is></c><c r=\"G2\" t=\"inlineStr\"><is><r><t>Be</t></r><r><t>cause.</t></r></is></c><c r=\"H2\" t=\"inlineStr\"><is><t>yes</t></is></c><c r=\"I2\" t=\"inlineStr\"><is><t>yes</t></is></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>B</t></is></c><c r=\"B5\" t=\"str\"><f>'C:\\secret\\[book.xlsx]Sheet1'!A1</f></c></row>");

        var result = ScoreWorkbook(_tiny.Plan, Workbook(sheet)).Result;

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0321", problem.Code);
        Assert.Equal("cases.xlsx: sheet 'Cases' row 5 column B (case_type)", problem.Location.ToString());
        Assert.Contains("formula with no saved result", problem.Message);
        Assert.Equal(2, result.CasesRead);
    }

    [Fact]
    public void Dates_and_error_values_reject_their_row()
    {
        var styles = $"<styleSheet xmlns=\"{Main}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\"/></numFmts>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
        var sheet = Sheet(
            Cells("id", "case_type"),
            "<row r=\"2\"><c r=\"A2\" s=\"2\"><v>43831</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>other</t></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>B</t></is></c><c r=\"B3\" t=\"e\"><v>#N/A</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>12</v></c><c r=\"B4\" t=\"inlineStr\"><is><t>other</t></is></c></row>"
            + "<row r=\"6\"><c r=\"A6\" s=\"0\"><v>13</v></c><c r=\"B6\" t=\"inlineStr\"><is><t>other</t></is></c></row>");

        var result = ScoreWorkbook(_tiny.Plan, Workbook(sheet, styles: styles)).Result;

        Assert.Equal(
            new[] { "cases.xlsx: sheet 'Cases' row 2 column A (id)", "cases.xlsx: sheet 'Cases' row 3 column B (case_type)", "cases.xlsx: sheet 'Cases' row 4 column A (id)" },
            result.Problems.Select(p => p.Location.ToString()).ToArray());
        Assert.All(result.Problems, p => Assert.Equal("IV0321", p.Code));
        Assert.Contains("the number 43831", result.Problems[0].Message);
        Assert.Contains("#N/A", result.Problems[1].Message);
        Assert.Equal(4, result.CasesRead);
    }

    [Fact]
    public void A_value_in_a_column_without_a_name_rejects_its_row()
    {
        var sheet = Sheet(Cells("id", "case_type"), "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>other</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>inspector: JS</t></is></c></row>");

        var result = ScoreWorkbook(_tiny.Plan, Workbook(sheet)).Result;

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0321", problem.Code);
        Assert.Equal("cases.xlsx: sheet 'Cases' row 2 column D", problem.Location.ToString());
    }

    [Fact]
    public void A_workbook_linked_to_other_workbooks_is_refused()
    {
        var result = ScoreWorkbook(_tiny.Plan, Workbook(Sheet(Cells("id", "case_type"), string.Empty), extra: ("xl/externalLinks/externalLink1.xml", "<externalLink/>"))).Result;

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0320", problem.Code);
        Assert.Contains("links to other workbooks", problem.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_and_not_quoted()
    {
        var result = ScoreWorkbook(_tiny.Plan, Encoding.UTF8.GetBytes("id,case_type\nA,secret\n")).Result;

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0320", problem.Code);
        Assert.DoesNotContain("secret", problem.Message);
    }

    [Fact]
    public void Entities_are_refused_so_nothing_expands_or_is_fetched()
    {
        var sheet = $"<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet xmlns=\"{Main}\"><sheetData>{Cells("id", "case_type")}<row r=\"2\"><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>";

        var result = ScoreWorkbook(_tiny.Plan, Workbook(sheet)).Result;

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0320", problem.Code);
        Assert.Contains("not well-formed", problem.Message);
    }

    [Fact]
    public void Shared_strings_that_unpack_beyond_the_limit_stop_reading()
    {
        var huge = new StringBuilder($"<sst xmlns=\"{Main}\">");
        var one = "<si><t>" + new string('x', 1000) + "</t></si>";
        while (huge.Length < XlsxLimit + 1000)
        {
            huge.Append(one);
        }

        huge.Append("</sst>");
        var workbook = Workbook(Sheet(Cells("id", "case_type"), string.Empty), sharedStrings: huge.ToString());
        Assert.True(workbook.Length < 1024 * 1024, "the bomb is small packed");

        var result = ScoreWorkbook(_tiny.Plan, workbook).Result;

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0305", problem.Code);
        Assert.Contains("xl/sharedStrings.xml", problem.Message);
    }

    [Fact]
    public void A_row_that_unpacks_beyond_the_limit_stops_reading_at_that_row()
    {
        // The limit is checked on what the XML reader has taken from the part, which reads ahead of
        // the row by its buffer: a megabyte over is well past that.
        var cell = new string('y', InspectionReader.MaxValueBytes + (1024 * 1024));
        var sheet = Sheet(Cells("id", "case_type"), $"<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>{cell}</t></is></c></row>");

        var result = ScoreWorkbook(_tiny.Plan, Workbook(sheet)).Result;

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IV0305", problem.Code);
        Assert.Equal("cases.xlsx: sheet 'Cases' row 7", problem.Location.ToString());
    }

    /// <summary>
    /// Saved by LibreOffice Calc 7.4 (Debian's libreoffice-calc-nogui): shared strings, its own styles,
    /// a formula, TRUE typed as a boolean. How it was made is in Fixtures/libreoffice-tiny.md.
    /// </summary>
    [Fact]
    public void A_workbook_saved_by_a_spreadsheet_program_is_read()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Tests, "Scoring", "Fixtures", "libreoffice-tiny.xlsx"));

        // The fixture's framework file (scripts/aot-check scores it) is this tiny framework.
        Assert.Equal(TinyInspection.Framework.Replace("ROUNDING", "half_up") + "\n", File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Scoring", "Fixtures", "tiny.inspect")));

        var result = ScoreWorkbook(_tiny.Plan, bytes).Result;

        Assert.True(result.IsScored, Scoring.Problems(result));
        Assert.Equal(3, result.CasesRead);
    }

    [Fact]
    public void An_inspection_file_named_xlsx_is_refused_as_cases_only()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("inspect-").FullName, "inspection.xlsx");
        File.WriteAllBytes(path, CaseTemplate.Create(_tiny.Plan).Xlsx());
        try
        {
            var result = Scoring.File(_tiny.Plan, path).Result;
            var problem = Assert.Single(result.Problems);
            Assert.Equal("IV0303", problem.Code);
            Assert.Contains("A workbook (.xlsx) holds cases only", problem.Message);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static string Json(InspectionResult result, InspectionMetadata metadata)
    {
        using var stream = new MemoryStream();
        JsonReport.Write(stream, result, metadata, result.Problems);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private const int XlsxLimit = 64 * 1024 * 1024;

    /// <summary>The template's row for a case: each fact and answer in its column.</summary>
    internal static string?[] Row(CaseTemplate template, RecordedCase recorded)
    {
        var row = new string?[template.Columns.Count];
        row[0] = recorded.Id;
        row[1] = recorded.CaseType;
        foreach (var fact in recorded.Facts)
        {
            row[Column(template, fact.Name)] = fact.Value switch
            {
                bool b => b ? "true" : "false",
                _ => Convert.ToString(fact.Value, CultureInfo.InvariantCulture),
            };
        }

        foreach (var answer in recorded.Answers)
        {
            row[Column(template, answer.Path)] = answer.Answer;
            if (answer.Rationale is not null)
            {
                row[Column(template, answer.Path + ":rationale")] = answer.Rationale;
            }
        }

        return row;
    }

    private static int Column(CaseTemplate template, string name)
    {
        var index = template.Columns.ToList().FindIndex(c => c.Name == name);
        Assert.True(index >= 0, $"no column {name}");
        return index;
    }

    private (InspectionResult Result, InspectionMetadata Metadata) ScoreWorkbook(ScoringPlan plan, byte[] workbook, IReadOnlyList<RatingDecision>? judgements = null, IReadOnlyList<RatingDecision>? discretion = null, InspectionMetadata? metadata = null) =>
        ScoreFiles(plan, "cases.xlsx", workbook, judgements, discretion, metadata);

    private (InspectionResult Result, InspectionMetadata Metadata) ScoreFiles(ScoringPlan plan, string name, byte[] cases, IReadOnlyList<RatingDecision>? judgements = null, IReadOnlyList<RatingDecision>? discretion = null, InspectionMetadata? metadata = null)
    {
        var directory = Directory.CreateTempSubdirectory("inspect-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(directory, name), cases);
            using (var stream = File.Create(Path.Combine(directory, "inspection.json")))
            using (new InspectionWriter(stream, plan, metadata ?? new InspectionMetadata("Test service", null, null, null, null, null), judgements ?? _tiny.Judgements, discretion ?? Array.Empty<RatingDecision>(), new[] { name }))
            {
            }

            return Scoring.File(plan, Path.Combine(directory, "inspection.json"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Dictionary<string, string> Cells(WorkbookPart part, Sheet sheet)
    {
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet;
        return worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty);
    }

    private static string Cells(params string[] names) =>
        "<row r=\"1\">" + string.Concat(names.Select(n => $"<c t=\"inlineStr\"><is><t>{n}</t></is></c>")) + "</row>";

    private static string Sheet(params string[] rows) => $"<worksheet xmlns=\"{Main}\"><sheetData>{string.Concat(rows)}</sheetData></worksheet>";

    /// <summary>A workbook of one sheet "Cases", written part by part as a hostile file would be.</summary>
    private static byte[] Workbook(string sheet, string? sharedStrings = null, string? styles = null, params (string Name, string Text)[] extra)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            Part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Part("xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Cases\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Part("xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings is not null)
            {
                Part("xl/sharedStrings.xml", sharedStrings);
            }

            if (styles is not null)
            {
                Part("xl/styles.xml", styles);
            }

            foreach (var (name, text) in extra)
            {
                Part(name, text);
            }
        }

        return buffer.ToArray();
    }
}
