using System;
using System.IO;
using System.Runtime.CompilerServices;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// Cuts CSV text into records and fields (RFC 4180: comma separated, fields with commas, quotes or
/// line breaks in double quotes, a quote inside doubled), keeping where each field starts: physical
/// line and column, a surrogate pair one column, and the row as a spreadsheet numbers it. The
/// separator may be a semicolon, as Excel writes in locales with a decimal comma (see
/// <see cref="DetectSeparator"/>). It knows nothing of cases: <see cref="CsvCaseReader"/>
/// maps each row to one. A malformed record is reported at the exact place and read to the end of
/// its line, so the next record starts cleanly.
/// </summary>
/// <remarks>
/// Hand-written, for now. benchmarks/InspectFramework.Benchmarks/CsvReaderBenchmarks.cs reads 50,000
/// cases (30 fields each) with every field's place known: this tokenizer 173 ms, Sylvan.Data.Csv 1.4.4
/// 59 ms (with places that are only approximate: it exposes no raw text), CsvHelper 34.0.0 34 ms (exact
/// places from LineNumber and GetRawSpan), 2026-12-07 on a shared 2-core machine, --job short: the
/// error bars are wide, the order is not in doubt. CsvHelper is the one to keep; what the switch
/// must carry over is this class's contract: the three malformed-quote problems at their exact
/// places, bytes that are not UTF-8 reported where they are, the row-size cap, blank lines skipped
/// (HostileCaseDataTests pins them).
/// </remarks>
internal sealed class CsvTokenizer : ICaseRows
{
    private readonly TextReader _reader;
    private readonly string _display;
    private readonly char[] _chars = new char[1 << 15];
    private char[] _row = new char[4096];
    private int _rowLength;
    private int[] _fieldStart = new int[64];
    private int[] _fieldLength = new int[64];
    private int[] _fieldLine = new int[64];
    private int[] _fieldColumn = new int[64];
    private int _position;
    private int _available;
    private int _line = 1;
    private int _column = 1;
    private char _separator = ',';

    public CsvTokenizer(TextReader reader, string display)
    {
        _reader = reader;
        _display = display;
    }

    /// <summary>The number of fields in the current row.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The physical line the current row starts on.</summary>
    public int RowLine { get; private set; }

    /// <summary>The current row as a spreadsheet numbers it: records from 1 (the header), a record
    /// spanning lines inside quotes one row, a <c>sep=</c> line not counted (Excel does not show it).</summary>
    public int RowNumber { get; private set; }

    /// <summary>The field separator: a comma unless <see cref="DetectSeparator"/> found another.</summary>
    public char Separator => _separator;

    /// <summary>Where reading has got to: the place of a read error.</summary>
    public Location Position => Location.AtLine(_display, _line, _column);

    public Location RowLocation => Location.AtLine(_display, RowLine, 1);

    /// <summary>The text of field <paramref name="i"/> of the current row, quotes removed; valid until the next row is read.</summary>
    public ReadOnlySpan<char> Field(int i) => _row.AsSpan(_fieldStart[i], _fieldLength[i]);

    /// <summary>Where field <paramref name="i"/> of the current row starts (its opening quote, if quoted).</summary>
    public Location FieldLocation(int i) => Location.AtLine(_display, _fieldLine[i], _fieldColumn[i]);

    /// <summary>
    /// Settles the separator before the first row is read. Excel writes <c>sep=;</c> as the first line
    /// when asked to, and in locales with a decimal comma separates fields with semicolons: a first line
    /// <c>sep=X</c> sets the separator to X (and is skipped); otherwise a first line with semicolons
    /// and no comma outside quotes is semicolon separated. A header longer than the read buffer is
    /// taken as comma separated. Returns true when the separator came from a <c>sep=</c> line.
    /// </summary>
    public bool DetectSeparator()
    {
        if (Peek() < 0)
        {
            return false;
        }

        var end = _position;
        while (end < _available && _chars[end] is not ('\r' or '\n'))
        {
            end++;
        }

        var line = _chars.AsSpan(_position, end - _position);
        if (line.Length == 5 && line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && line[4] is not ('"' or ' '))
        {
            _separator = line[4];
            SkipLine();
            return true;
        }

        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        if (commas == 0 && semicolons > 0)
        {
            _separator = ';';
        }

        return false;
    }

    /// <summary>Reads one record (which may span lines inside quotes); false at the end of the file.
    /// A malformed record is read to the end of its line and returned with the error.</summary>
    public bool ReadRow(out InspectionProblem? error)
    {
        error = null;
        _rowLength = 0;
        FieldCount = 0;
        RowLine = _line;
        if (Peek() < 0)
        {
            return false;
        }

        RowNumber++;

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
                if (after != _separator && after is not ('\r' or '\n' or -1))
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
            if (end == _separator)
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
        _available = _reader.Read(_chars, 0, _chars.Length);
        _position = 0;
        return _available > 0;
    }

    private void StartField()
    {
        if (FieldCount == _fieldStart.Length)
        {
            var size = _fieldStart.Length * 2;
            Array.Resize(ref _fieldStart, size);
            Array.Resize(ref _fieldLength, size);
            Array.Resize(ref _fieldLine, size);
            Array.Resize(ref _fieldColumn, size);
        }

        _fieldStart[FieldCount] = _rowLength;
        _fieldLine[FieldCount] = _line;
        _fieldColumn[FieldCount] = _column;
    }

    private void EndField()
    {
        _fieldLength[FieldCount] = _rowLength - _fieldStart[FieldCount];
        FieldCount++;
    }

    /// <summary>
    /// Appends the characters of an unquoted field up to the next separator, line break, quote or the end
    /// of the file in one loop over the read buffer: nearly every field of case data is one of these,
    /// and a few characters long, so a plain loop beats both a call per character and a vectorised search.
    /// </summary>
    private void AppendUnquotedRun()
    {
        var separator = _separator;
        while (_position < _available || FillChars())
        {
            var i = _position;
            while (i < _available)
            {
                var c = _chars[i];
                if (c == separator || c is '\r' or '\n' or '"')
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
            throw new RowTooLargeException(RowLine);
        }

        Array.Resize(ref _row, _row.Length * 2);
    }

    /// <summary>A row grew past <see cref="InspectionReader.MaxValueBytes"/>; the reader stops the inspection.</summary>
    public sealed class RowTooLargeException(int rowLine) : Exception
    {
        public int RowLine { get; } = rowLine;
    }
}
