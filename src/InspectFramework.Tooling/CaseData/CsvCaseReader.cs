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
/// Empty cells record nothing; rows that are empty or hold only separators (Excel writes them) are
/// skipped and counted. Problems keep the physical line and character for editors and name the
/// spreadsheet cell ("row 14, column 6 (F)") for the team that keeps the file in Excel.
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
    private readonly InspectionReadOptions _options;
    private readonly CaseRecord _record;
    private readonly List<Column> _columns = new();
    private byte[] _bytes = new byte[256];

    // Both set by Read before the header and the rows are mapped.
    private ICaseRows _csv = null!;

    // The CSV tokenizer when the file is CSV (its separator), null for a workbook.
    private CsvTokenizer? _tokenizer;
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

    public CsvCaseReader(string path, string display, InspectionSession session, CaseVocabulary vocabulary, Action<ReadProgress>? progress, InspectionReadOptions options)
    {
        _options = options;
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
        CsvTokenizer? csv = null;
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

                ReadRows(rows = workbook, separatorLine: false);
                return;
            }

            // A byte-order mark (UTF-8, UTF-16) decides; without one the file is UTF-8 unless the
            // command names another encoding.
            using var reader = new StreamReader(stream, _options.Encoding ?? new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            _tokenizer = csv = new CsvTokenizer(reader, _display);
            var separatorLine = csv.DetectSeparator();
            ReadRows(rows = csv, separatorLine);
        }
        catch (CsvTokenizer.RowTooLargeException e)
        {
            _session.Stop(CaseDataProblems.TooLarge("A single row (one case)", InspectionReader.MaxValueBytes, rows is Spreadsheets.XlsxCaseRows ? rows.RowLocation : Location.AtLine(_display, e.RowLine, 1)));
        }
        catch (Spreadsheets.XlsxCaseRows.WorkbookException e)
        {
            _session.Stop(e.Problem);
        }
        catch (DecoderFallbackException) when (_options.Encoding is { } encoding)
        {
            _session.Stop(CaseDataProblems.FileUnreadable($"it is not {encoding.WebName} text either; save it as \"CSV UTF-8 (Comma delimited)\"", csv?.Position ?? Location.AtLine(_display, 1, 1)));
        }
        catch (DecoderFallbackException)
        {
            // The reader decodes a block ahead of the tokenizer: the bad byte is found again in the file.
            _session.Stop(NotUtf8(csv?.Separator ?? ','));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _session.Stop(CaseDataProblems.FileUnreadable(e.Message.TrimEnd('.'), rows?.Position ?? Location.AtLine(_display, 1, 1)));
        }
    }

    /// <summary>A case file read as an Excel workbook rather than CSV: by its name, as a person saving it chose.</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    private void ReadRows(ICaseRows rows, bool separatorLine)
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

        if (!ReadHeader(separatorLine))
        {
            return;
        }

        var first = true;
        while (_csv.ReadRow(out error))
        {
            if (error is null && IsEmptyRow())
            {
                _session.SkipEmptyRow();
                continue;
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
    // `inspect template` writes); it is marked by the template's own words in its id column.
    private bool IsNotesRow()
    {
        var id = _columns.FindIndex(c => c.Kind == ColumnKind.Id);
        return id >= 0 && id < _csv.FieldCount && _csv.Field(id).TrimStart().StartsWith(CaseTemplate.NotesMarker.AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"F" for the sixth column, "AA" for the 27th: how Excel names column <paramref name="index"/> (from 0).</summary>
    public static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>"row 14, column 6 (F)": a cell as a spreadsheet shows it.</summary>
    public static string CellName(int row, int field) =>
        $"row {row.ToString(CultureInfo.InvariantCulture)}, column {(field + 1).ToString(CultureInfo.InvariantCulture)} ({ColumnLetters(field)})";

    // A workbook's locations already name the sheet, row and column: only a CSV file's need the cell.
    private string? Cell(int field) => _tokenizer is null ? null : CellName(_csv.RowNumber, field);

    // Excel writes a row of separators for every row that once held something; a blank line is one too.
    private bool IsEmptyRow()
    {
        for (var i = 0; i < _csv.FieldCount; i++)
        {
            if (!_csv.Field(i).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    // The first byte that is not UTF-8, by line and character for editors and by cell for the team:
    // a file saved from Excel as plain "CSV" is Windows-1252 (é is the byte E9).
    private InspectionProblem NotUtf8(char separator)
    {
        var bytes = File.ReadAllBytes(_path);
        var offset = 0;
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            offset = 3;
        }

        int line = 1, column = 1, row = 1, field = 0;
        var quoted = false;
        var lineStart = offset;
        var firstLine = true;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(offset), out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (rune.Value == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && rune.Value == separator)
            {
                field++;
            }

            if (rune.Value == '\n' || (rune.Value == '\r' && (offset + 1 >= bytes.Length || bytes[offset + 1] != '\n')))
            {
                // A sep= line is not a row in Excel.
                var sepLine = firstLine && offset - lineStart == 5 && bytes.AsSpan(lineStart, 4).SequenceEqual("sep="u8);
                firstLine = false;
                line++;
                column = 1;
                lineStart = offset + consumed;
                if (!quoted)
                {
                    row += sepLine ? 0 : 1;
                    field = 0;
                }
            }
            else if (rune.Value != '\r')
            {
                column++;
            }

            offset += consumed;
        }

        var at = Location.AtLine(_display, line, column);
        var value = offset < bytes.Length ? bytes[offset] : (byte)0;
        return CaseDataProblems.NotUtf8(value, at) with { Cell = CellName(row, field) };
    }

    private bool ReadHeader(bool separatorLine)
    {
        // A file without both columns is not a CSV of cases: nothing else of it is quoted back (its
        // first line could be anything, say a password file's).
        var missing = false;
        var separator = (_tokenizer?.Separator ?? ',') switch
        {
            ',' => "commas",
            ';' => "semicolons",
            '\t' => "tabs",
            var other => $"'{other}'",
        };
        var how = separatorLine ? $"as its sep= line says, with fields separated by {separator}" : $"with fields separated by {separator}";
        foreach (var required in new[] { "id", "case_type" })
        {
            if (!HasColumn(required))
            {
                _session.Stop(CaseDataProblems.UnexpectedStructure($"{(_tokenizer is null ? "The sheet's first row" : $"The CSV header, read {how},")} has no \"{required}\" column, so its rows cannot be read as cases; the file was not read further", _csv.FieldLocation(0)));
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
            var cell = Cell(i);
            var column = new Column(ColumnKind.Ignored, -1);
            if (!seen.Add(name))
            {
                _session.Report(CaseDataProblems.RecordedTwice($"Column '{name}'", at) with { ItemPath = "header", Cell = cell });
            }
            else if (_options.IgnoredColumns.Contains(name))
            {
                // Listed by the team (--ignore-columns): kept in their sheet, not inspection data.
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
                    _session.Report(CaseDataProblems.UnknownItem(path, plan.SuggestItem(path), plan.ExampleItemPath, at) with { Cell = cell });
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
                    _session.Report(CaseDataProblems.DerivedFactRecorded(name, at) with { Cell = cell });
                }
                else
                {
                    column = new Column(ColumnKind.Fact, fact);
                }
            }
            else
            {
                // Data in a column nobody reads would be lost silently: the inspection is refused,
                // unless the team lists the column as theirs to ignore.
                _session.Report((name.Contains('.')
                    ? CaseDataProblems.UnknownItem(name, plan.SuggestItem(name), plan.ExampleItemPath, at)
                    : CaseDataProblems.UnknownColumn(name, plan.SuggestFact(name), at)) with { Cell = cell });
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
        record.Cell = _tokenizer is null ? null : $"row {_csv.RowNumber.ToString(CultureInfo.InvariantCulture)}";
        if (error is not null && _csv.FieldCount > 0)
        {
            // The tokenizer stops in the field it found malformed, its last.
            error = error with { Cell = Cell(_csv.FieldCount - 1) };
        }
        else if (error is null && _csv.FieldCount != _columns.Count)
        {
            var separator = (_tokenizer?.Separator ?? ',') == ',' ? "commas" : $"'{_tokenizer!.Separator}'";
            error = CaseDataProblems.MalformedCsv($"This row has {_csv.FieldCount} fields but the header has {_columns.Count}; every row needs one field per column (quote fields that contain {separator})", rowLocation);
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
                        record.AddProblem(CaseDataProblems.UnknownCaseType(given, plan.SuggestCaseType(given), plan.CaseTypes, _csv.FieldLocation(i)) with { Cell = Cell(i) });
                    }

                    break;
                }

                case ColumnKind.Fact:
                    ReadFact(record, plan.Facts[column.Index], text.Trim(), i);
                    break;
                case ColumnKind.Answer:
                    ReadAnswer(record, plan.Items[column.Index], text.Trim(), i);
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

        // A spreadsheet's Yes and No are true and false.
        switch (fact.Kind)
        {
            case FactKind.Boolean when text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase):
                record.SetFact(fact.Index, 1);
                return;
            case FactKind.Boolean when text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase):
                record.SetFact(fact.Index, 0);
                return;
            case FactKind.Integer when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                record.SetFact(fact.Index, number);
                return;
            case FactKind.Enumeration when _vocabulary.TrySetEnumFact(record, fact, Utf8(text)):
                return;
        }

        CaseVocabulary.ReportInvalidFact(record, fact, text.ToString(), _csv.FieldLocation(field), Cell(field));
    }

    private void ReadAnswer(CaseRecord record, PlanItem item, ReadOnlySpan<char> text, int field)
    {
        if (text.IsEmpty)
        {
            return;
        }

        switch (item.Answers)
        {
            case AnswerKind.YesNo or AnswerKind.YesNoNotApplicable:
                var answer = CaseVocabulary.ParseSpreadsheetYesNo(text);
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

        record.SetInvalidAnswer(item.Index, text.ToString(), Cell(field));
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
