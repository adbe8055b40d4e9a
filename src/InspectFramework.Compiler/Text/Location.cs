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
    private Location(string path, TextSpan span, LinePositionSpan lineSpan, bool hasPosition)
    {
        Path = path;
        Span = span;
        LineSpan = lineSpan;
        HasPosition = hasPosition;
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

    /// <summary>The MSBuild form IDEs and CI parse: <c>path(line,column)</c>, one-based; the path alone for
    /// the whole file; empty for <see cref="None"/>.</summary>
    public override string ToString() => HasPosition
        ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", Path, LineSpan.Start.Line + 1, LineSpan.Start.Character + 1)
        : Path;
}
