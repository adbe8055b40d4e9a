using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// Reads a flat CSV of cases, or an Excel workbook's case sheet, row by row into the session:
/// <see cref="CsvTokenizer"/> (or <see cref="Spreadsheets.XlsxCaseRows"/>) cuts the file into fields
/// with their places, and this class maps the header to columns and each row to a case. The header names the
/// columns: <c>id</c>, <c>case_type</c>, fact names, item paths, and <c>&lt;item path&gt;:rationale</c>.
/// Empty cells record nothing. Lines and columns in problems are physical lines of the file.
/// </summary>
internal sealed class CsvCaseReader
{
    public const string RationaleSuffix = ":rationale";

    private const int ProgressEvery = 4096;

    private readonly string _path;
    private readonly string _display;
    private readonly InspectionSession _session;
    private readonly CaseVocabulary _vocabulary;
    private readonly Action<ReadProgress>? _progress;
    private readonly CaseRecord _record;
    private readonly List<Column> _columns = new();
    private byte[] _bytes = new byte[256];

    // Both set by Read before the header and the rows are mapped.
    private ICaseRows _csv = null!;
    private Stream _stream = null!;

    private enum ColumnKind
    {
        Ignored,
        Id,
        CaseType,
        Fact,
        Answer,
        Rationale,
    }

    private readonly record struct Column(ColumnKind Kind, int Index);

    public CsvCaseReader(string path, string display, InspectionSession session, CaseVocabulary vocabulary, Action<ReadProgress>? progress)
    {
        _path = path;
        _display = display;
        _session = session;
        _vocabulary = vocabulary;
        _progress = progress;
        _record = session.NewRecord();
    }

    public void Read()
    {
        ICaseRows? rows = null;
        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            _stream = stream;
            if (IsWorkbook(_path))
            {
                using var workbook = Spreadsheets.XlsxCaseRows.Open(stream, _display, out var problem);
                if (workbook is null)
                {
                    _session.Stop(problem!);
                    return;
                }

                ReadRows(rows = workbook);
                return;
            }

            using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            ReadRows(rows = new CsvTokenizer(reader, _display));
        }
        catch (CsvTokenizer.RowTooLargeException e)
        {
            _session.Stop(CaseDataProblems.TooLarge("A single row (one case)", InspectionReader.MaxValueBytes, rows is Spreadsheets.XlsxCaseRows ? rows.RowLocation : Location.AtLine(_display, e.RowLine, 1)));
        }
        catch (Spreadsheets.XlsxCaseRows.WorkbookException e)
        {
            _session.Stop(e.Problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            var reason = e is DecoderFallbackException ? "it is not UTF-8 text" : e.Message.TrimEnd('.');
            _session.Stop(CaseDataProblems.FileUnreadable(reason, rows?.Position ?? Location.AtLine(_display, 1, 1)));
        }
    }

    /// <summary>A case file read as an Excel workbook rather than CSV: by its name, as a person saving it chose.</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    private void ReadRows(ICaseRows rows)
    {
        _csv = rows;
        if (!_csv.ReadRow(out var error))
        {
            _session.Stop(CaseDataProblems.UnexpectedStructure(rows is CsvTokenizer ? "The CSV file is empty; its first line names the columns" : "The sheet is empty; its first row names the columns", Location.InFile(_display)));
            return;
        }

        if (error is not null)
        {
            _session.Stop(error);
            return;
        }

        if (!ReadHeader())
        {
            return;
        }

        var first = true;
        while (_csv.ReadRow(out error))
        {
            if (error is null && _csv.FieldCount == 1 && _csv.Field(0).IsEmpty)
            {
                continue; // a blank line
            }

            if (first && error is null && IsNotesRow())
            {
                first = false;
                continue;
            }

            first = false;
            ReadCase(error);
        }
    }

    // The row right after the header may carry notes for people (the published numbering and wording
    // `inspect template` writes); it is marked by an id that begins with '#', which no case's does.
    private bool IsNotesRow()
    {
        var id = _columns.FindIndex(c => c.Kind == ColumnKind.Id);
        return id >= 0 && id < _csv.FieldCount && _csv.Field(id).TrimStart().StartsWith("#");
    }

    private bool ReadHeader()
    {
        // A file without both columns is not a CSV of cases: nothing else of it is quoted back (its
        // first line could be anything, say a password file's).
        var missing = false;
        foreach (var required in new[] { "id", "case_type" })
        {
            if (!HasColumn(required))
            {
                _session.Stop(CaseDataProblems.UnexpectedStructure($"The CSV header has no \"{required}\" column, so its rows cannot be read as cases; the file was not read further", Location.AtLine(_display, 1, 1)));
                missing = true;
            }
        }

        if (missing)
        {
            return false;
        }

        var plan = _vocabulary.Plan;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _csv.FieldCount; i++)
        {
            var name = _csv.Field(i).Trim().ToString();
            var at = _csv.FieldLocation(i);
            var column = new Column(ColumnKind.Ignored, -1);
            if (!seen.Add(name))
            {
                _session.Report(CaseDataProblems.RecordedTwice($"Column '{name}'", at) with { ItemPath = "header" });
            }
            else if (name == "id")
            {
                column = new Column(ColumnKind.Id, -1);
            }
            else if (name == "case_type")
            {
                column = new Column(ColumnKind.CaseType, -1);
            }
            else if (name.EndsWith(RationaleSuffix, StringComparison.Ordinal))
            {
                var path = name.Substring(0, name.Length - RationaleSuffix.Length);
                var item = plan.FindItem(path);
                if (item >= 0)
                {
                    column = new Column(ColumnKind.Rationale, item);
                }
                else
                {
                    _session.Report(CaseDataProblems.UnknownItem(path, plan.SuggestItem(path), plan.ExampleItemPath, at));
                }
            }
            else if (plan.FindItem(name) is var item and >= 0)
            {
                column = new Column(ColumnKind.Answer, item);
            }
            else if (plan.FindFact(name) is var fact and >= 0)
            {
                if (plan.Facts[fact].IsDerived)
                {
                    _session.Report(CaseDataProblems.DerivedFactRecorded(name, at));
                }
                else
                {
                    column = new Column(ColumnKind.Fact, fact);
                }
            }
            else
            {
                // Data in a column nobody reads would be lost silently: the inspection is refused.
                _session.Report(name.Contains('.')
                    ? CaseDataProblems.UnknownItem(name, plan.SuggestItem(name), plan.ExampleItemPath, at)
                    : CaseDataProblems.UnknownFact(name, plan.SuggestFact(name), at));
            }

            _columns.Add(column);
        }

        return true;
    }

    private bool HasColumn(string name)
    {
        for (var i = 0; i < _csv.FieldCount; i++)
        {
            if (_csv.Field(i).Trim().SequenceEqual(name.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private void ReadCase(InspectionProblem? error)
    {
        var record = _record;
        record.Clear();
        var rowLocation = _csv.RowLocation;
        record.Location = rowLocation;
        if (error is null && _csv.FieldCount != _columns.Count)
        {
            error = CaseDataProblems.MalformedCsv($"This row has {_csv.FieldCount} fields but the header has {_columns.Count}; every row needs one field per column (quote fields that contain commas)", rowLocation);
        }

        if (error is not null)
        {
            // The row cannot be trusted field by field: it is rejected as a whole, named by its id
            // where one can be found, and still counted as a case read.
            record.AddProblem(error);
            var idColumn = _columns.FindIndex(c => c.Kind == ColumnKind.Id);
            if (idColumn >= 0 && idColumn < _csv.FieldCount)
            {
                record.Id = _csv.Field(idColumn).Trim().ToString();
            }

            _session.AddCase(record);
            return;
        }

        var plan = _vocabulary.Plan;
        var caseTypeGiven = false;
        for (var i = 0; i < _csv.FieldCount; i++)
        {
            var column = _columns[i];
            var text = _csv.Field(i);
            switch (column.Kind)
            {
                case ColumnKind.Id:
                    record.Id = text.Trim().ToString();
                    break;
                case ColumnKind.CaseType:
                {
                    var value = text.Trim();
                    if (value.IsEmpty)
                    {
                        break;
                    }

                    caseTypeGiven = true;
                    var index = _vocabulary.CaseTypes.Find(Utf8(value));
                    if (index >= 0)
                    {
                        record.CaseType = index;
                    }
                    else
                    {
                        var given = value.ToString();
                        record.AddProblem(CaseDataProblems.UnknownCaseType(given, plan.SuggestCaseType(given), plan.CaseTypes, _csv.FieldLocation(i)));
                    }

                    break;
                }

                case ColumnKind.Fact:
                    ReadFact(record, plan.Facts[column.Index], text.Trim(), i);
                    break;
                case ColumnKind.Answer:
                    ReadAnswer(record, plan.Items[column.Index], text.Trim());
                    break;
                case ColumnKind.Rationale:
                    if (!text.IsWhiteSpace())
                    {
                        record.SetRationale(column.Index);
                    }

                    break;
            }
        }

        if (!caseTypeGiven)
        {
            record.AddProblem(CaseDataProblems.MissingCaseType(plan.CaseTypes, record.Location));
        }

        _session.AddCase(record);
        if (_progress is not null && _session.CasesRead % ProgressEvery == 0)
        {
            // A pipe has no position or length to show.
            _progress(_stream.CanSeek ? new ReadProgress(_display, _stream.Position, _stream.Length, _session.CasesRead) : new ReadProgress(_display, 0, 0, _session.CasesRead));
        }
    }

    private void ReadFact(CaseRecord record, PlanFact fact, ReadOnlySpan<char> text, int field)
    {
        if (text.IsEmpty)
        {
            return;
        }

        switch (fact.Kind)
        {
            case FactKind.Boolean when text.Equals("true", StringComparison.OrdinalIgnoreCase):
                record.SetFact(fact.Index, 1);
                return;
            case FactKind.Boolean when text.Equals("false", StringComparison.OrdinalIgnoreCase):
                record.SetFact(fact.Index, 0);
                return;
            case FactKind.Integer when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                record.SetFact(fact.Index, number);
                return;
            case FactKind.Enumeration when _vocabulary.TrySetEnumFact(record, fact, Utf8(text)):
                return;
        }

        CaseVocabulary.ReportInvalidFact(record, fact, text.ToString(), _csv.FieldLocation(field));
    }

    private void ReadAnswer(CaseRecord record, PlanItem item, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        switch (item.Answers)
        {
            case AnswerKind.YesNo or AnswerKind.YesNoNotApplicable:
                var answer = CaseVocabulary.ParseYesNo(Utf8(text), ignoreCase: true);
                if (answer != RecordedAnswer.None)
                {
                    record.SetAnswer(item.Index, answer);
                    return;
                }

                break;
            case AnswerKind.Text:
                record.SetAnswer(item.Index, RecordedAnswer.Value);
                return;
            case AnswerKind.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _):
                record.SetAnswer(item.Index, RecordedAnswer.Value);
                return;
        }

        record.SetInvalidAnswer(item.Index, text.ToString());
    }

    private ReadOnlySpan<byte> Utf8(ReadOnlySpan<char> text)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_bytes.Length < needed)
        {
            _bytes = new byte[needed];
        }

        return _bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, _bytes));
    }
}
