using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.CaseData.Spreadsheets;
using InspectFramework.Runtime;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>What a template column accepts, as a spreadsheet's data validation says it.</summary>
public enum TemplateValues
{
    /// <summary>Any text (text items, identifiers, rationales).</summary>
    Any,

    /// <summary>One of <see cref="TemplateColumn.List"/>.</summary>
    List,

    /// <summary>A whole number from 0 (integer facts).</summary>
    WholeNumber,

    /// <summary>A number (number items).</summary>
    Number,
}

/// <summary>A column of a blank case data file: its name as the readers take it, a note for people
/// (the published numbering and wording), and the values it accepts.</summary>
public sealed record TemplateColumn(string Name, string Note, TemplateValues Values, ImmutableArray<string> List);

/// <summary>
/// A blank case data file for a framework (<c>inspect template</c>, docs/case-data.md): every column
/// the CSV and workbook readers take, in <see cref="CaseCsvWriter"/>'s order, each with a note, and
/// the framework stamp; for one case type, only the items of the domains that type is inspected in.
/// Written as CSV (header row, notes row), as a workbook (the same two rows, drop-down lists) or as
/// the skeleton of an inspection file (JSON). Every form is the same bytes for the same framework.
/// </summary>
public sealed class CaseTemplate
{
    private CaseTemplate(ScoringPlan plan, IReadOnlyList<TemplateColumn> columns)
    {
        Plan = plan;
        Columns = columns;
        Stamp = FrameworkIdentity.Of(plan.Model);
    }

    public ScoringPlan Plan { get; }

    public IReadOnlyList<TemplateColumn> Columns { get; }

    public FrameworkIdentity Stamp { get; }

    /// <summary>The notes row's first cell: a '#' (how the readers know the row is notes) and the stamp.</summary>
    public string StampNote => $"{NotesMarker} (not a case) for framework {Stamp.Name} version {Stamp.Version} {Stamp.ContentHash}";

    /// <summary>How a notes row's <c>id</c> begins (in any letter case): the readers skip the row after
    /// the header only when its id begins so, so that a case whose id happens to begin with '#' is read.</summary>
    public const string NotesMarker = "# notes";

    /// <summary>The template for every case type, or only <paramref name="caseType"/> (a name the framework has: see <see cref="ScoringPlan.FindCaseType"/>).</summary>
    public static CaseTemplate Create(ScoringPlan plan, string? caseType = null)
    {
        var type = caseType is null ? -1 : plan.FindCaseType(caseType);
        if (caseType is not null && type < 0)
        {
            throw new ArgumentException($"The framework has no case type '{caseType}'.", nameof(caseType));
        }

        var types = type < 0 ? plan.CaseTypes : ImmutableArray.Create(plan.CaseTypes[type]);
        var columns = new List<TemplateColumn>
        {
            new("id", string.Empty, TemplateValues.Any, ImmutableArray<string>.Empty),
            new("case_type", "Case type: " + string.Join(", ", types.Select(t => $"{t} ({plan.CaseTypeLabels[plan.FindCaseType(t)]})")), TemplateValues.List, types),
        };
        foreach (var fact in plan.Facts.Where(f => !f.IsDerived))
        {
            columns.Add(fact.Kind switch
            {
                FactKind.Boolean => new(fact.Name, fact.Label + ": true or false", TemplateValues.List, ImmutableArray.Create("true", "false")),
                FactKind.Integer => new(fact.Name, fact.Label + ": a whole number from 0", TemplateValues.WholeNumber, ImmutableArray<string>.Empty),
                _ => new(fact.Name, fact.Label + ": " + string.Join(", ", fact.Members.Select((m, i) => $"{m} ({fact.MemberLabels[i]})")), TemplateValues.List, fact.Members),
            });
        }

        foreach (var item in plan.Items.Where(i => plan.Domains[i.Domain].HasCaseSample && (type < 0 || plan.Domains[i.Domain].CaseTypes[type])))
        {
            var number = item.IsPrompt ? $"{plan.Items[item.KeyQuestionItem].Number} {item.Number}" : item.Number;
            columns.Add(item.Answers switch
            {
                AnswerKind.YesNo => new(item.Path, $"{number} {item.Text}", TemplateValues.List, ImmutableArray.Create("yes", "no")),
                AnswerKind.YesNoNotApplicable => new(item.Path, $"{number} {item.Text}", TemplateValues.List, ImmutableArray.Create("yes", "no", "not_applicable")),
                AnswerKind.Number => new(item.Path, $"{number} {item.Text}", TemplateValues.Number, ImmutableArray<string>.Empty),
                _ => new(item.Path, $"{number} {item.Text}", TemplateValues.Any, ImmutableArray<string>.Empty),
            });
            if (item.RationaleRequired)
            {
                columns.Add(new(item.Path + CsvCaseReader.RationaleSuffix, $"{number} rationale (required)", TemplateValues.Any, ImmutableArray<string>.Empty));
            }
        }

        return new CaseTemplate(plan, columns);
    }

    /// <summary>The notes row, cell by cell: the stamp under <c>id</c>, then each column's note.</summary>
    public IEnumerable<string> Notes => Columns.Select((c, i) => i == 0 ? StampNote : c.Note);

    /// <summary>CSV: the header row and the notes row (skipped by the reader: its id begins with '#'), CRLF.</summary>
    public string Csv()
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", Columns.Select(c => CaseCsvWriter.Quote(c.Name)))).Append("\r\n");

        // A spreadsheet program opening the CSV must not take a note for a formula.
        text.Append(string.Join(",", Notes.Select(n => CaseCsvWriter.Quote(NotAFormula(n))))).Append("\r\n");
        return text.ToString();
    }

    /// <summary>The workbook: sheet "Cases" (header row, notes row, drop-down lists) and sheet "Lists"
    /// that holds the lists the drop-downs offer.</summary>
    public byte[] Xlsx(IReadOnlyList<IReadOnlyList<string?>>? rows = null)
    {
        var workbook = new XlsxWorkbookWriter($"Case data: {Plan.Model.Title}", $"Framework {Stamp.Name} version {Stamp.Version} {Stamp.ContentHash}");
        return workbook.Write(Columns, Notes.ToList(), rows ?? Array.Empty<IReadOnlyList<string?>>());
    }

    /// <summary>
    /// The skeleton of an inspection file: <c>$schema</c> naming the schema file <c>inspect schema</c>
    /// writes (<see cref="SchemaFileName"/>, beside it), the stamp, a judgement to fill in for each
    /// standard rated by judgement (its optional rationale left out: an empty one is refused), and one blank case with every fact and answer as null (nothing recorded).
    /// </summary>
    public string Json()
    {
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, ToolingJson.WriterOptions()))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaFileName);
            json.WriteString("format", JsonInspectionReader.FormatName);
            json.WriteStartObject("inspection");
            json.WriteString("service", string.Empty);
            json.WriteString("inspectorate", string.Empty);
            json.WriteString("published", string.Empty);
            json.WriteStartObject("framework");
            json.WriteString("name", Stamp.Name);
            json.WriteString("version", Stamp.Version);
            json.WriteString("content_hash", Stamp.ContentHash);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("judgements");
            foreach (var standard in Plan.Standards.Where(s => s.Kind == StandardRatingKind.Judgement))
            {
                json.WriteStartObject();
                json.WriteString("standard", standard.Path);
                json.WriteString("rating", string.Empty);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("cases");
            json.WriteStartObject();
            json.WriteString("id", string.Empty);
            json.WriteString("case_type", Columns[1].List.Length == 1 ? Columns[1].List[0] : string.Empty);
            json.WriteStartObject("facts");
            foreach (var fact in Columns.Where(c => Plan.FindFact(c.Name) >= 0))
            {
                json.WriteNull(fact.Name);
            }

            json.WriteEndObject();
            json.WriteStartObject("answers");
            foreach (var item in Columns.Where(c => Plan.FindItem(c.Name) >= 0))
            {
                json.WriteNull(item.Name);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The file name the JSON template's <c>$schema</c> gives: <c>inspect schema &lt;framework&gt; -o</c> it.</summary>
    public string SchemaFileName => Stamp.Name + ".schema.json";

    /// <summary>Text a spreadsheet program would read as a formula (=, +, -, @) gets a leading apostrophe.</summary>
    internal static string NotAFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
