using System;
using System.Globalization;
using System.Text;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.Scoring;

/// <summary>Where in a data file something is: 1-based line and column; line 0 means the file as a whole.</summary>
public readonly struct DataLocation : IEquatable<DataLocation>
{
    public DataLocation(string file, int line, int column)
    {
        File = file;
        Line = line;
        Column = column;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public static DataLocation WholeFile(string file) => new(file, 0, 0);

    public bool Equals(DataLocation other) => string.Equals(File, other.File, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is DataLocation other && Equals(other);

    public override int GetHashCode() => unchecked((((File?.GetHashCode() ?? 0) * 31) + Line) * 31 + Column);

    /// <summary>The MSBuild form IDEs and CI understand: <c>file(line,column)</c>, or the file alone.</summary>
    public override string ToString() => Line > 0
        ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", File, Line, Math.Max(1, Column))
        : File;
}
