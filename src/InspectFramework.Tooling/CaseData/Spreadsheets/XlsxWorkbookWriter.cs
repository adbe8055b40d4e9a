using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;

namespace InspectFramework.Tooling.CaseData.Spreadsheets;

/// <summary>
/// Writes the case data workbook (.xlsx) of <see cref="CaseTemplate"/>: sheet "Cases" with the column
/// names in row 1, notes in row 2, rows of cases below, and a data validation per column (a drop-down
/// list from sheet "Lists", or a whole or decimal number), so that what Excel accepts the reader
/// accepts. Written directly as SpreadsheetML with the platform's zip and XML writers: the few parts
/// needed, in a fixed order, every zip entry dated 1980-01-01 and no dates in the document
/// properties, so the same framework gives the same bytes. Every text is an inline string, never a
/// formula, whatever it begins with.
/// </summary>
internal sealed class XlsxWorkbookWriter(string title, string description)
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    // The cell formats of styles.xml: 0 general, 1 text, 2 text in bold (names), 3 text wrapped (notes).
    private const int GeneralStyle = 0;
    private const int TextStyle = 1;
    private const int NameStyle = 2;
    private const int NoteStyle = 3;

    private const int LastRow = 1048576;

    private static readonly DateTimeOffset ZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" };

    /// <summary>The workbook; <paramref name="rows"/> are cases below the notes (null or empty cells are left blank).</summary>
    public byte[] Write(IReadOnlyList<TemplateColumn> columns, IReadOnlyList<string> notes, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        // One column of sheet "Lists" per distinct list, named after the first fact that offers it, or
        // by its answers ("yes / no"), which the many items share.
        var lists = new List<TemplateColumn>();
        var listOf = new Dictionary<int, int>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Values == TemplateValues.List)
            {
                var same = lists.FindIndex(l => l.List.SequenceEqual(columns[i].List));
                if (same < 0)
                {
                    same = lists.Count;
                    lists.Add(columns[i]);
                }

                listOf[i] = same;
            }
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", ContentTypes);
            Part(zip, "_rels/.rels", x => Rels(x, ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"), ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")));
            Part(zip, "docProps/core.xml", Core);
            Part(zip, "xl/workbook.xml", Workbook);
            Part(zip, "xl/_rels/workbook.xml.rels", x => Rels(x, ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml"), ("rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet2.xml"), ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml")));
            Part(zip, "xl/styles.xml", Styles);
            Part(zip, "xl/worksheets/sheet1.xml", x => CasesSheet(x, columns, notes, rows, listOf));
            Part(zip, "xl/worksheets/sheet2.xml", x => ListsSheet(x, lists));
        }

        return buffer.ToArray();
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = ZipTime;
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter x)
    {
        const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
        x.WriteStartElement("Types", Types);
        foreach (var (extension, type) in new[] { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") })
        {
            x.WriteStartElement("Default", Types);
            x.WriteAttributeString("Extension", extension);
            x.WriteAttributeString("ContentType", type);
            x.WriteEndElement();
        }

        foreach (var (part, type) in new[]
        {
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            ("/xl/worksheets/sheet2.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        })
        {
            x.WriteStartElement("Override", Types);
            x.WriteAttributeString("PartName", part);
            x.WriteAttributeString("ContentType", type);
            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    private static void Rels(XmlWriter x, params (string Id, string Type, string Target)[] relationships)
    {
        x.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            x.WriteStartElement("Relationship", PackageRelationships);
            x.WriteAttributeString("Id", id);
            x.WriteAttributeString("Type", type);
            x.WriteAttributeString("Target", target);
            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    // Title and description only: no author, no dates (a date would differ on every run).
    private void Core(XmlWriter x)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        x.WriteStartElement("cp", "coreProperties", Cp);
        x.WriteAttributeString("xmlns", "dc", null, Dc);
        x.WriteElementString("dc", "title", Dc, title);
        x.WriteElementString("dc", "description", Dc, description);
        x.WriteEndElement();
    }

    private static void Workbook(XmlWriter x)
    {
        x.WriteStartElement("workbook", Main);
        x.WriteAttributeString("xmlns", "r", null, Relationships);
        x.WriteStartElement("sheets", Main);
        foreach (var (name, id) in new[] { ("Cases", 1), ("Lists", 2) })
        {
            x.WriteStartElement("sheet", Main);
            x.WriteAttributeString("name", name);
            x.WriteAttributeString("sheetId", id.ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("id", Relationships, "rId" + id.ToString(CultureInfo.InvariantCulture));
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Styles(XmlWriter x)
    {
        x.WriteStartElement("styleSheet", Main);
        x.WriteStartElement("fonts", Main);
        x.WriteAttributeString("count", "2");
        foreach (var bold in new[] { false, true })
        {
            x.WriteStartElement("font", Main);
            if (bold)
            {
                x.WriteElementString("b", Main, null);
            }

            Value(x, "sz", "11");
            Value(x, "name", "Calibri");
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteStartElement("fills", Main);
        x.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            x.WriteStartElement("fill", Main);
            x.WriteStartElement("patternFill", Main);
            x.WriteAttributeString("patternType", pattern);
            x.WriteEndElement();
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteStartElement("borders", Main);
        x.WriteAttributeString("count", "1");
        x.WriteStartElement("border", Main);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            x.WriteElementString(side, Main, null);
        }

        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("cellStyleXfs", Main);
        x.WriteAttributeString("count", "1");
        Format(x, 0, 0, wrap: false, master: false);
        x.WriteEndElement();
        x.WriteStartElement("cellXfs", Main);
        x.WriteAttributeString("count", "4");
        Format(x, 0, 0, wrap: false);
        Format(x, 49, 0, wrap: false); // "@": what is typed stays text (an id 0012 or 2020-01 is not a number or a date)
        Format(x, 49, 1, wrap: false);
        Format(x, 49, 0, wrap: true);
        x.WriteEndElement();
        x.WriteStartElement("cellStyles", Main);
        x.WriteAttributeString("count", "1");
        x.WriteStartElement("cellStyle", Main);
        x.WriteAttributeString("name", "Normal");
        x.WriteAttributeString("xfId", "0");
        x.WriteAttributeString("builtinId", "0");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Format(XmlWriter x, int numberFormat, int font, bool wrap, bool master = true)
    {
        x.WriteStartElement("xf", Main);
        x.WriteAttributeString("numFmtId", numberFormat.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("fillId", "0");
        x.WriteAttributeString("borderId", "0");
        if (master)
        {
            x.WriteAttributeString("xfId", "0");
            if (numberFormat != 0)
            {
                x.WriteAttributeString("applyNumberFormat", "1");
            }

            if (font != 0)
            {
                x.WriteAttributeString("applyFont", "1");
            }
        }

        if (wrap)
        {
            x.WriteAttributeString("applyAlignment", "1");
            x.WriteStartElement("alignment", Main);
            x.WriteAttributeString("vertical", "top");
            x.WriteAttributeString("wrapText", "1");
            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    private static void Value(XmlWriter x, string element, string value)
    {
        x.WriteStartElement(element, Main);
        x.WriteAttributeString("val", value);
        x.WriteEndElement();
    }

    private static void CasesSheet(XmlWriter x, IReadOnlyList<TemplateColumn> columns, IReadOnlyList<string> notes, IReadOnlyList<IReadOnlyList<string?>> rows, Dictionary<int, int> listOf)
    {
        x.WriteStartElement("worksheet", Main);
        x.WriteStartElement("sheetViews", Main);
        x.WriteStartElement("sheetView", Main);
        x.WriteAttributeString("workbookViewId", "0");
        x.WriteStartElement("pane", Main);
        x.WriteAttributeString("ySplit", "2");
        x.WriteAttributeString("topLeftCell", "A3");
        x.WriteAttributeString("activePane", "bottomLeft");
        x.WriteAttributeString("state", "frozen");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("cols", Main);
        for (var i = 0; i < columns.Count; i++)
        {
            x.WriteStartElement("col", Main);
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            x.WriteAttributeString("min", number);
            x.WriteAttributeString("max", number);
            x.WriteAttributeString("width", i == 0 ? "16" : "24");
            x.WriteAttributeString("style", (IsNumber(columns[i]) ? GeneralStyle : TextStyle).ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("customWidth", "1");
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteStartElement("sheetData", Main);
        Row(x, 1, columns.Select(c => (string?)c.Name).ToList(), columns, NameStyle);
        Row(x, 2, notes.Select(n => (string?)n).ToList(), columns, NoteStyle);
        for (var r = 0; r < rows.Count; r++)
        {
            Row(x, r + 3, rows[r], columns, -1);
        }

        x.WriteEndElement();
        var validated = columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.Values != TemplateValues.Any).ToList();
        if (validated.Count > 0)
        {
            x.WriteStartElement("dataValidations", Main);
            x.WriteAttributeString("count", validated.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var (column, index) in validated)
            {
                var letter = Compiler.Text.Location.ColumnLetters(index + 1);
                x.WriteStartElement("dataValidation", Main);
                x.WriteAttributeString("type", column.Values switch { TemplateValues.List => "list", TemplateValues.WholeNumber => "whole", _ => "decimal" });
                if (column.Values != TemplateValues.List)
                {
                    x.WriteAttributeString("operator", "greaterThanOrEqual");
                }

                x.WriteAttributeString("allowBlank", "1");
                x.WriteAttributeString("showErrorMessage", "1");
                x.WriteAttributeString("errorTitle", column.Name.Length <= 32 ? column.Name : column.Name.Substring(0, 31) + "…"); // Excel refuses titles over 32 characters
                x.WriteAttributeString("error", column.Values switch
                {
                    TemplateValues.List => "Choose a value from the list.",
                    TemplateValues.WholeNumber => "Type a whole number from 0.",
                    _ => "Type a number.",
                });
                x.WriteAttributeString("sqref", $"{letter}3:{letter}{LastRow}");
                if (column.Values == TemplateValues.List)
                {
                    var list = Compiler.Text.Location.ColumnLetters(listOf[index] + 1);
                    x.WriteElementString("formula1", Main, $"Lists!${list}$2:${list}${column.List.Length + 1}");
                }
                else
                {
                    x.WriteElementString("formula1", Main, column.Values == TemplateValues.WholeNumber ? "0" : "-7.9E+28");
                }

                x.WriteEndElement();
            }

            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    // Sheet "Lists": the allowed values of each list column, under that column's name.
    private static void ListsSheet(XmlWriter x, IReadOnlyList<TemplateColumn> lists)
    {
        x.WriteStartElement("worksheet", Main);
        x.WriteStartElement("sheetData", Main);
        var height = lists.Count == 0 ? 0 : lists.Max(l => l.List.Length);
        for (var r = 0; r <= height; r++)
        {
            var cells = lists.Select(l => r == 0 ? (l.Name.Contains('.') ? string.Join(" / ", l.List) : l.Name) : r <= l.List.Length ? l.List[r - 1] : null).ToList();
            Row(x, r + 1, cells, null, r == 0 ? NameStyle : TextStyle);
        }

        x.WriteEndElement();
        x.WriteEndElement();
    }

    // A row of inline strings (numbers as numbers in number columns of case rows, style -1).
    private static void Row(XmlWriter x, int number, IReadOnlyList<string?> cells, IReadOnlyList<TemplateColumn>? columns, int style)
    {
        x.WriteStartElement("row", Main);
        x.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not { Length: > 0 } text)
            {
                continue;
            }

            x.WriteStartElement("c", Main);
            x.WriteAttributeString("r", Compiler.Text.Location.ColumnLetters(i + 1) + number.ToString(CultureInfo.InvariantCulture));
            var numeric = style < 0 && columns is not null && i < columns.Count && IsNumber(columns[i]) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
            x.WriteAttributeString("s", (style >= 0 ? style : numeric ? GeneralStyle : TextStyle).ToString(CultureInfo.InvariantCulture));
            if (numeric)
            {
                x.WriteElementString("v", Main, text);
            }
            else
            {
                x.WriteAttributeString("t", "inlineStr");
                x.WriteStartElement("is", Main);
                x.WriteStartElement("t", Main);
                if (text.Trim().Length != text.Length)
                {
                    x.WriteAttributeString("xml", "space", null, "preserve");
                }

                x.WriteString(text);
                x.WriteEndElement();
                x.WriteEndElement();
            }

            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    private static bool IsNumber(TemplateColumn column) => column.Values is TemplateValues.WholeNumber or TemplateValues.Number;
}
