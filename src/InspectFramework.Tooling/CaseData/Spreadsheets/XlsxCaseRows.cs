using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData.Spreadsheets;

/// <summary>
/// The rows of an Excel workbook's (.xlsx) case sheet, cell by cell with their sheet, row and column
/// letter: the sheet named "Cases", or else the first. Rows with no value are skipped. Values are
/// read as stored: text, numbers as written in the file (invariant), TRUE/FALSE as true/false, and a
/// formula's cached result, never evaluated. A date, an error value (#N/A) or a formula with no
/// cached result rejects the row with IV0321 (a date is never turned into text a case could mean).
/// </summary>
/// <remarks>
/// The choice of reader lives here. Read with the platform's zip and XML readers (System.IO.Compression,
/// System.Xml) rather than a spreadsheet library: ExcelDataReader
/// 3.6.0 opens parts with no limit on what they unpack to and goes through System.Data,
/// DocumentFormat.OpenXml 3.3.0 brings its schema types (a large assembly) into the native executable,
/// MiniExcel and ClosedXML map rows by reflection, which Native AOT trims. Not measured against them
/// (no time on a shared machine): reasons, not measurements. Here every part is
/// read as a stream through <see cref="BoundedStream"/>: a zip bomb, huge shared strings or a huge
/// cell stop at a stated limit with IV0305, so memory stays bounded; DTDs are refused, so no entity
/// expands and nothing outside the file is fetched. A workbook that links to other workbooks is
/// refused: the values it shows from them may be stale.
/// </remarks>
internal sealed class XlsxCaseRows : ICaseRows, IDisposable
{
    /// <summary>The shared strings part, unpacked: held in memory whole (as Excel itself does).</summary>
    public const long MaxSharedStringsBytes = 64L * 1024 * 1024;

    /// <summary>The sheet, unpacked: streamed, so this bounds time, not memory.</summary>
    public const long MaxSheetBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The workbook's small parts (workbook, relationships, styles), unpacked.</summary>
    private const long MaxSmallPartBytes = 16L * 1024 * 1024;

    /// <summary>Excel's last column, XFD.</summary>
    private const int MaxColumns = 16384;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    private readonly string _display;
    private readonly ZipArchive _zip;
    private readonly List<string> _sharedStrings = new();
    private readonly List<bool> _dateStyles = new();
    private readonly string[] _values = new string[MaxColumns];
    private string _sheet = "Cases";
    private XmlReader? _xml;
    private BoundedStream? _sheetStream;
    private string[]? _headings;
    private int _row;
    private int _width;

    private XlsxCaseRows(string display, ZipArchive zip)
    {
        _display = display;
        _zip = zip;
    }

    public int FieldCount { get; private set; }

    public int RowNumber => _row;

    public Location RowLocation => Location.InSheet(_display, _sheet, Math.Max(_row, 1), 0);

    public Location Position => RowLocation;

    public ReadOnlySpan<char> Field(int i) => _values[i].AsSpan();

    public Location FieldLocation(int i) =>
        Location.InSheet(_display, _sheet, _row, i + 1, _headings is { } headings && i < headings.Length && headings[i].Length > 0 ? headings[i] : null);

    /// <summary>Opens the workbook and its case sheet; null, with the problem, when it cannot be read as one.</summary>
    public static XlsxCaseRows? Open(Stream stream, string display, out InspectionProblem? problem)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            problem = CaseDataProblems.WorkbookUnreadable("it is not an Excel workbook (.xlsx, a zip file); an older .xls workbook or a CSV renamed .xlsx is not one. Save it from Excel as \"Excel Workbook (.xlsx)\"", Location.InFile(display));
            return null;
        }

        var rows = new XlsxCaseRows(display, zip);
        try
        {
            problem = rows.OpenSheet();
        }
        catch (PartTooLargeException e)
        {
            problem = CaseDataProblems.TooLarge($"The workbook part {e.Part}, unpacked,", e.Limit, Location.InFile(display));
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or FormatException or OverflowException)
        {
            problem = CaseDataProblems.WorkbookUnreadable($"it is not a well-formed Excel workbook ({OneLine(e.Message)}). Open it in Excel and save it again", Location.InFile(display));
        }

        if (problem is null)
        {
            return rows;
        }

        rows.Dispose();
        return null;
    }

    public bool ReadRow(out InspectionProblem? error)
    {
        error = null;
        try
        {
            return ReadNonEmptyRow(ref error);
        }
        catch (PartTooLargeException e) when (e.Row > 0)
        {
            throw new CsvTokenizer.RowTooLargeException(e.Row);
        }
        catch (PartTooLargeException e)
        {
            throw new WorkbookException(CaseDataProblems.TooLarge($"The sheet '{_sheet}', unpacked,", e.Limit, RowLocation));
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or FormatException or OverflowException)
        {
            throw new WorkbookException(CaseDataProblems.WorkbookUnreadable($"the sheet '{_sheet}' is not well-formed after row {_row} ({OneLine(e.Message)}). Open it in Excel and save it again", RowLocation));
        }
    }

    public void Dispose()
    {
        _xml?.Dispose();
        _zip.Dispose();
    }

    private InspectionProblem? OpenSheet()
    {
        if (_zip.Entries.Any(e => e.FullName.StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase)))
        {
            return CaseDataProblems.WorkbookUnreadable("it links to other workbooks, so the values it shows from them may be out of date, and they are never opened here. In Excel, break the links (Data > Edit Links > Break Link) and save it again", Location.InFile(_display));
        }

        var sheets = new List<(string Name, string Relationship)>();
        using (var workbook = OpenPart("xl/workbook.xml", MaxSmallPartBytes))
        {
            if (workbook is null)
            {
                return CaseDataProblems.WorkbookUnreadable("it has no workbook part (xl/workbook.xml), so it is not an Excel workbook (.xlsx). Save it from Excel as \"Excel Workbook (.xlsx)\"", Location.InFile(_display));
            }

            while (workbook.Read())
            {
                if (workbook.NodeType == XmlNodeType.Element && workbook.LocalName == "sheet")
                {
                    sheets.Add((workbook.GetAttribute("name") ?? string.Empty, workbook.GetAttribute("id", RelationshipsNamespace) ?? string.Empty));
                }
            }
        }

        if (sheets.Count == 0)
        {
            return CaseDataProblems.WorkbookUnreadable("it has no sheets", Location.InFile(_display));
        }

        var chosen = sheets.FirstOrDefault(s => s.Name == "Cases");
        if (chosen.Name is null)
        {
            chosen = sheets[0];
        }

        _sheet = chosen.Name;
        var target = SheetTarget(chosen.Relationship);
        ReadSharedStrings();
        ReadStyles();
        var entry = target is null ? null : _zip.GetEntry(target);
        if (entry is null)
        {
            return CaseDataProblems.WorkbookUnreadable($"the part that holds sheet '{_sheet}' is missing. Open it in Excel and save it again", Location.InFile(_display));
        }

        _sheetStream = new BoundedStream(entry.Open(), MaxSheetBytes, target!);
        _xml = XmlReader.Create(_sheetStream, Settings);
        return null;
    }

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // The zip path of the sheet the workbook's relationship names ("worksheets/sheet1.xml" is under xl/).
    private string? SheetTarget(string relationship)
    {
        using var rels = OpenPart("xl/_rels/workbook.xml.rels", MaxSmallPartBytes);
        while (rels is not null && rels.Read())
        {
            if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") == relationship)
            {
                var target = rels.GetAttribute("Target") ?? string.Empty;
                return target.StartsWith('/') ? target.Substring(1) : "xl/" + target;
            }
        }

        return null;
    }

    private void ReadSharedStrings()
    {
        using var xml = OpenPart("xl/sharedStrings.xml", MaxSharedStringsBytes);
        while (xml is not null && xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                _sharedStrings.Add(ReadText(xml));
            }
        }
    }

    // Which cell formats (the cells' s="n") show numbers as dates or times, by their number format.
    private void ReadStyles()
    {
        using var xml = OpenPart("xl/styles.xml", MaxSmallPartBytes);
        var custom = new Dictionary<int, bool>();
        var inCellFormats = false;
        while (xml is not null && xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "numFmt")
            {
                custom[int.Parse(xml.GetAttribute("numFmtId") ?? "0", CultureInfo.InvariantCulture)] = IsDateFormat(xml.GetAttribute("formatCode") ?? string.Empty);
            }
            else if (xml.LocalName == "cellXfs")
            {
                inCellFormats = xml.NodeType == XmlNodeType.Element && !xml.IsEmptyElement;
            }
            else if (inCellFormats && xml.NodeType == XmlNodeType.Element && xml.LocalName == "xf")
            {
                var id = int.Parse(xml.GetAttribute("numFmtId") ?? "0", CultureInfo.InvariantCulture);
                _dateStyles.Add(custom.TryGetValue(id, out var date) ? date : id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58));
            }
        }
    }

    // A format shows a date or time when it has d, m, y, h or s outside quoted text and [colour] parts.
    private static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\' || c == '_' || c == '*')
            {
                i++;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c == ']')
            {
                bracket = false;
            }
            else if (!bracket && "dmyhsDMYHS".Contains(c))
            {
                return true;
            }
        }

        return false;
    }

    private XmlReader? OpenPart(string name, long limit)
    {
        var entry = _zip.GetEntry(name);
        return entry is null ? null : XmlReader.Create(new BoundedStream(entry.Open(), limit, name), Settings);
    }

    private bool ReadNonEmptyRow(ref InspectionProblem? error)
    {
        var xml = _xml!;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            var number = xml.GetAttribute("r") is { } r ? int.Parse(r, NumberStyles.None, CultureInfo.InvariantCulture) : _row + 1;
            if (number <= _row)
            {
                throw new FormatException($"row {number} comes after row {_row}");
            }

            _row = number;
            _sheetStream!.StartRow(number, InspectionReader.MaxValueBytes);
            Array.Clear(_values, 0, _width);
            _width = 0;
            error = xml.IsEmptyElement ? null : ReadCells(xml);
            _sheetStream.EndRow();
            if (_width == 0)
            {
                continue; // a row with no values: formatting only, or emptied
            }

            if (_headings is null)
            {
                _headings = _values.Take(_width).Select(v => v ?? string.Empty).ToArray();
                FieldCount = _width;
            }
            else if (_width > _headings.Length && error is null)
            {
                error = CaseDataProblems.CellUnreadable($"This cell holds a value, but its column has no name in row 1, so nothing would read it. Name the column or clear the cell", FieldLocation(_width - 1));
            }

            for (var i = 0; i < FieldCount; i++)
            {
                _values[i] ??= string.Empty;
            }

            return true;
        }

        return false;
    }

    // Reads the row's cells into _values; the first problem found rejects the row.
    private InspectionProblem? ReadCells(XmlReader xml)
    {
        InspectionProblem? problem = null;
        var column = 0;
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
            {
                continue;
            }

            column = xml.GetAttribute("r") is { } reference ? ColumnOf(reference) : column + 1;
            if (column > MaxColumns)
            {
                throw new FormatException($"cell reference beyond column XFD in row {_row}");
            }

            var type = xml.GetAttribute("t") ?? "n";
            var style = xml.GetAttribute("s") is { } s ? int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            string? value = null;
            var formula = false;
            if (!xml.IsEmptyElement)
            {
                // ReadElementContentAsString moves past the element itself: no Read after it.
                var cellDepth = xml.Depth;
                xml.Read();
                while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth))
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
                    {
                        value = xml.ReadElementContentAsString();
                        continue;
                    }

                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "is")
                    {
                        value = ReadText(xml);
                    }
                    else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "f")
                    {
                        formula = true;
                    }

                    xml.Read();
                }
            }

            var (text, why) = CellText(type, style, value, formula);
            if (text.Length > 0 || why is not null)
            {
                _values[column - 1] = text;
                _width = Math.Max(_width, column);
            }

            if (why is not null && problem is null)
            {
                problem = CaseDataProblems.CellUnreadable(why, FieldLocation(column - 1));
            }
        }

        return problem;
    }

    // The cell's value as case data text, or why it cannot be one.
    private (string Text, string? Why) CellText(string type, int style, string? value, bool formula)
    {
        if (value is null)
        {
            return formula
                ? (string.Empty, "This cell holds a formula with no saved result, and formulas are never worked out here. Open the workbook in Excel and save it (that stores the results), or type the value")
                : (string.Empty, null);
        }

        switch (type)
        {
            case "s":
                var index = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                if (index >= _sharedStrings.Count)
                {
                    throw new FormatException($"shared string {index} does not exist");
                }

                return (_sharedStrings[index], null);
            case "str" or "inlineStr":
                return (value, null);
            case "b":
                return (value == "1" ? "true" : "false", null);
            case "e":
                return (value, $"This cell holds the error value {value}, not data. Correct the cell or its formula");
            case "d":
                return (value, $"This cell holds a date ({value}), which no column of case data takes. If the value is an identifier or a text, format the column as Text and type it again");
        }

        if (style < _dateStyles.Count && _dateStyles[style])
        {
            return (value, $"This cell shows a date or time (Excel stores it as the number {value}), which no column of case data takes. If the value is an identifier or a text, format the column as Text and type it again");
        }

        return (value, null);
    }

    // The text of a shared string or inline string: its runs, without phonetic readings (rPh). Ends on
    // the element's end tag.
    private static string ReadText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
            }
            else
            {
                xml.Read();
            }
        }

        return text.ToString();
    }

    // "F14" -> 6.
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
                if (column > MaxColumns)
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return column > 0 ? column : throw new FormatException($"cell reference '{reference}' names no column");
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ').TrimEnd('.');

    /// <summary>A problem that ends reading the workbook.</summary>
    public sealed class WorkbookException(InspectionProblem problem) : Exception(problem.Message)
    {
        public InspectionProblem Problem { get; } = problem;
    }

    private sealed class PartTooLargeException(string part, long limit, int row) : Exception($"{part} unpacks to more than {limit} bytes")
    {
        public string Part { get; } = part;

        public long Limit { get; } = limit;

        public int Row { get; } = row;
    }

    /// <summary>A zip part read no further than a limit, and a row no longer than another: how a zip
    /// bomb or a huge cell is stopped before it fills memory.</summary>
    private sealed class BoundedStream(Stream inner, long limit, string part) : Stream
    {
        private long _read;
        private long _rowEnd = long.MaxValue;
        private int _row;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public void StartRow(int row, long limit)
        {
            _row = row;
            _rowEnd = _read + limit;
        }

        public void EndRow()
        {
            _row = 0;
            _rowEnd = long.MaxValue;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            if (_read > limit)
            {
                throw new PartTooLargeException(part, limit, 0);
            }

            if (_read > _rowEnd)
            {
                throw new PartTooLargeException(part, _rowEnd, _row);
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
