using System.Globalization;

namespace InspectFramework.Compiler.Text;

/// <summary>
/// Where a diagnostic points, in a framework file or a data file: one type for both. Framework files
/// give character offsets (<see cref="Span"/>) and their line form; data files are read as streams and
/// give lines and columns only. A location without a position is the file as a whole, or nothing at all
/// (<see cref="None"/>: an option of the command line, a template).
/// </summary>
public sealed record Location
{
    private Location(string path, TextSpan span, LinePositionSpan lineSpan, bool hasPosition, string? cell = null)
    {
        Path = path;
        Span = span;
        LineSpan = lineSpan;
        HasPosition = hasPosition;
        Cell = cell;
    }

    /// <summary>No file: the diagnostic is about something other than a file's text.</summary>
    public static Location None { get; } = new(string.Empty, default, default, hasPosition: false);

    /// <summary>The file's path as the user gave it; empty for <see cref="None"/>.</summary>
    public string Path { get; }

    /// <summary>Character offsets in the compiled text; empty where only lines and columns are known.</summary>
    public TextSpan Span { get; }

    /// <summary>Zero-based lines and characters (UTF-16 code units), as LSP and Roslyn count them.</summary>
    public LinePositionSpan LineSpan { get; }

    /// <summary>False for the file as a whole and for <see cref="None"/>.</summary>
    public bool HasPosition { get; }

    /// <summary>A spreadsheet cell or row as people name it ("sheet 'Cases' row 14 column F (disposal)");
    /// null in text files. Its row is also the line and its column number the column of <see cref="LineSpan"/>.</summary>
    public string? Cell { get; }

    public static Location Create(SourceText source, TextSpan span) =>
        new(source.Path, span, source.GetLinePositionSpan(span), hasPosition: true);

    /// <summary>The file as a whole: it could not be read, or it is too large.</summary>
    public static Location InFile(string path) => new(path, default, default, hasPosition: false);

    /// <summary>A point known by its one-based line and column, as editors show them and data readers
    /// count them; a column of 0 (unknown) means the start of the line.</summary>
    public static Location AtLine(string path, int line, int column)
    {
        var position = new LinePosition(line - 1, column > 0 ? column - 1 : 0);
        return new(path, default, new LinePositionSpan(position, position), hasPosition: true);
    }

    /// <summary>A row of a workbook's sheet, or a cell of it (<paramref name="column"/> one-based, 0 for the
    /// row; <paramref name="heading"/>, the column's name, shown after its letter when known).</summary>
    public static Location InSheet(string path, string sheet, int row, int column, string? heading = null)
    {
        var position = new LinePosition(row - 1, column > 0 ? column - 1 : 0);
        var cell = string.Format(CultureInfo.InvariantCulture, "sheet '{0}' row {1}", sheet, row)
            + (column > 0 ? " column " + ColumnLetters(column) + (heading is null ? string.Empty : " (" + heading + ")") : string.Empty);
        return new(path, default, new LinePositionSpan(position, position), hasPosition: true, cell);
    }

    /// <summary>A spreadsheet's name for a one-based column number: 1 is A, 27 is AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The MSBuild form IDEs and CI parse: <c>path(line,column)</c>, one-based; the path alone for
    /// the whole file; empty for <see cref="None"/>. A spreadsheet cell is named as people name it,
    /// <c>path: sheet 'Cases' row 14 column F (disposal)</c>, since no editor opens a workbook at a line.</summary>
    public override string ToString() => Cell is not null
        ? Path + ": " + Cell
        : HasPosition
        ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", Path, LineSpan.Start.Line + 1, LineSpan.Start.Character + 1)
        : Path;
}
