using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// Reads a flat CSV of cases (RFC 4180: comma separated, fields with commas, quotes or line breaks
/// in double quotes, a quote inside doubled) row by row into the session. The header names the
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
    private char[] _row = new char[4096];
    private int _rowLength;
    private int[] _fieldStart = new int[64];
    private int[] _fieldLength = new int[64];
    private int[] _fieldLine = new int[64];
    private int[] _fieldColumn = new int[64];
    private int _fieldCount;
    private byte[] _bytes = new byte[256];
    private TextReader? _reader;
    private Stream? _stream;
    private readonly char[] _chars = new char[1 << 15];
    private int _position;
    private int _available;
    private int _line = 1;
    private int _column = 1;
    private int _rowLine;

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
        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            _stream = stream;
            _reader = reader;
            if (!ReadRow(out var error))
            {
                _session.Stop(CaseDataProblems.UnexpectedStructure("The CSV file is empty; its first line names the columns", Location.InFile(_display)));
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

            while (ReadRow(out error))
            {
                if (error is null && _fieldCount == 1 && _fieldLength[0] == 0)
                {
                    continue; // a blank line
                }

                ReadCase(error);
            }
        }
        catch (RowTooLargeException)
        {
            _session.Stop(CaseDataProblems.TooLarge("A single row (one case)", InspectionReader.MaxValueBytes, Location.AtLine(_display, _rowLine, 1)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            var reason = e is DecoderFallbackException ? "it is not UTF-8 text" : e.Message.TrimEnd('.');
            _session.Stop(CaseDataProblems.FileUnreadable(reason, Location.AtLine(_display, _line, _column)));
        }
    }

    private bool ReadHeader()
    {
        var plan = _vocabulary.Plan;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < _fieldCount; i++)
        {
            var name = Field(i).Trim().ToString();
            var at = FieldLocation(i);
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

        foreach (var required in new[] { "id", "case_type" })
        {
            if (!seen.Contains(required))
            {
                _session.Stop(CaseDataProblems.UnexpectedStructure($"The CSV header has no \"{required}\" column, so its rows cannot be read as cases; the file was not read further", Location.AtLine(_display, 1, 1)));
                ok = false;
            }
        }

        return ok;
    }

    private void ReadCase(InspectionProblem? error)
    {
        var record = _record;
        record.Clear();
        var rowLocation = Location.AtLine(_display, _rowLine, 1);
        record.Location = rowLocation;
        if (error is null && _fieldCount != _columns.Count)
        {
            error = CaseDataProblems.MalformedCsv($"This row has {_fieldCount} fields but the header has {_columns.Count}; every row needs one field per column (quote fields that contain commas)", rowLocation);
        }

        if (error is not null)
        {
            // The row cannot be trusted field by field: it is rejected as a whole, named by its id
            // where one can be found, and still counted as a case read.
            record.AddProblem(error);
            var idColumn = _columns.FindIndex(c => c.Kind == ColumnKind.Id);
            if (idColumn >= 0 && idColumn < _fieldCount)
            {
                record.Id = Field(idColumn).Trim().ToString();
            }

            _session.AddCase(record);
            return;
        }

        var plan = _vocabulary.Plan;
        var caseTypeGiven = false;
        for (var i = 0; i < _fieldCount; i++)
        {
            var column = _columns[i];
            var text = Field(i);
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
                        record.AddProblem(CaseDataProblems.UnknownCaseType(given, plan.SuggestCaseType(given), plan.CaseTypes, FieldLocation(i)));
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
            _progress(new ReadProgress(_display, _stream!.Position, _stream.Length, _session.CasesRead));
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
            case FactKind.Integer when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                record.SetFact(fact.Index, number);
                return;
            case FactKind.Enumeration when _vocabulary.TrySetEnumFact(record, fact, Utf8(text)):
                return;
        }

        CaseVocabulary.ReportInvalidFact(record, fact, text.ToString(), FieldLocation(field));
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

    private ReadOnlySpan<char> Field(int i) => _row.AsSpan(_fieldStart[i], _fieldLength[i]);

    private Location FieldLocation(int i) => Location.AtLine(_display, _fieldLine[i], _fieldColumn[i]);

    private ReadOnlySpan<byte> Utf8(ReadOnlySpan<char> text)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_bytes.Length < needed)
        {
            _bytes = new byte[needed];
        }

        return _bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, _bytes));
    }

    // ---- RFC 4180 tokenizer ---------------------------------------------------------------------

    /// <summary>Reads one record (which may span lines inside quotes); false at the end of the file.
    /// A malformed record is read to the end of its line and returned with the error.</summary>
    private bool ReadRow(out InspectionProblem? error)
    {
        error = null;
        _rowLength = 0;
        _fieldCount = 0;
        _rowLine = _line;
        if (Peek() < 0)
        {
            return false;
        }

        while (true)
        {
            StartField();
            if (Peek() == '"')
            {
                var quoteLine = _line;
                var quoteColumn = _column;
                Next();
                while (true)
                {
                    var c = Next();
                    if (c < 0)
                    {
                        error = CaseDataProblems.MalformedCsv("The quoted field that starts here is never closed; close it with a double quote", Location.AtLine(_display, quoteLine, quoteColumn));
                        EndField();
                        return true;
                    }

                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            Next();
                            Append('"');
                            continue;
                        }

                        break;
                    }

                    Append((char)c);
                }

                EndField();
                var after = Peek();
                if (after is not (',' or '\r' or '\n' or -1))
                {
                    error = CaseDataProblems.MalformedCsv("Text follows the closing quote of a field; put the whole field in quotes and double any quote inside it", Location.AtLine(_display, _line, _column));
                    SkipLine();
                    return true;
                }
            }
            else
            {
                AppendUnquotedRun();
                if (Peek() == '"')
                {
                    error = CaseDataProblems.MalformedCsv("A double quote inside a field that does not start with one; put the whole field in quotes and double the quote", Location.AtLine(_display, _line, _column));
                    SkipLine();
                    EndField();
                    return true;
                }

                EndField();
            }

            var end = Next();
            if (end == ',')
            {
                continue;
            }

            if (end == '\r' && Peek() == '\n')
            {
                Next();
            }

            return true;
        }
    }

    private void SkipLine()
    {
        while (Peek() is var c and >= 0 and not ('\r' or '\n'))
        {
            Next();
        }

        if (Next() == '\r' && Peek() == '\n')
        {
            Next();
        }
    }

    // Characters come from a block buffer filled from the StreamReader, not one virtual call each.
    // The per-character methods are inlined, their rare paths (refilling, growing) kept out of line:
    // compiled ahead of time, with no run-time profile to go by, they were calls for every character
    // and Native AOT read CSV at half the JIT build's speed (benchmarks/README.md).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Peek() => _position < _available ? _chars[_position] : PeekAfterFill();

    private int PeekAfterFill() => FillChars() ? _chars[_position] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next()
    {
        var c = Peek();
        if (c < 0)
        {
            return c;
        }

        _position++;
        if (c == '\n' || (c == '\r' && Peek() != '\n'))
        {
            _line++;
            _column = 1;
        }
        else if (!char.IsLowSurrogate((char)c) && c != '\r')
        {
            _column++;
        }

        return c;
    }

    private bool FillChars()
    {
        _available = _reader!.Read(_chars, 0, _chars.Length);
        _position = 0;
        return _available > 0;
    }

    private void StartField()
    {
        if (_fieldCount == _fieldStart.Length)
        {
            var size = _fieldStart.Length * 2;
            Array.Resize(ref _fieldStart, size);
            Array.Resize(ref _fieldLength, size);
            Array.Resize(ref _fieldLine, size);
            Array.Resize(ref _fieldColumn, size);
        }

        _fieldStart[_fieldCount] = _rowLength;
        _fieldLine[_fieldCount] = _line;
        _fieldColumn[_fieldCount] = _column;
    }

    private void EndField()
    {
        _fieldLength[_fieldCount] = _rowLength - _fieldStart[_fieldCount];
        _fieldCount++;
    }

    /// <summary>
    /// Appends the characters of an unquoted field up to the next comma, line break, quote or the end
    /// of the file in one loop over the read buffer: nearly every field of case data is one of these,
    /// and a few characters long, so a plain loop beats both a call per character and a vectorised search.
    /// </summary>
    private void AppendUnquotedRun()
    {
        while (_position < _available || FillChars())
        {
            var i = _position;
            while (i < _available)
            {
                var c = _chars[i];
                if (c is ',' or '\r' or '\n' or '"')
                {
                    _position = i;
                    return;
                }

                Append(c);

                // Columns count characters as Next does: a surrogate pair is one.
                if (!char.IsLowSurrogate(c))
                {
                    _column++;
                }

                i++;
            }

            _position = i;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(char c)
    {
        if (_rowLength == _row.Length)
        {
            GrowRow();
        }

        _row[_rowLength++] = c;
    }

    private void GrowRow()
    {
        // A row is one case: this large, it is a quote that is never closed, or not case data.
        if (_row.Length >= InspectionReader.MaxValueBytes)
        {
            throw new RowTooLargeException();
        }

        Array.Resize(ref _row, _row.Length * 2);
    }

    private sealed class RowTooLargeException : Exception
    {
    }
}
