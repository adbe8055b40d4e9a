using System;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// Rows of cells with their places, as <see cref="CsvCaseReader"/> maps them to cases: the seam
/// between a file format (<see cref="CsvTokenizer"/>, <see cref="Spreadsheets.XlsxCaseRows"/>) and
/// the meaning of its columns, so that a CSV file and a workbook are read alike.
/// </summary>
internal interface ICaseRows
{
    /// <summary>The number of fields in the current row.</summary>
    int FieldCount { get; }

    /// <summary>The current row's number as a spreadsheet shows it (the header is row 1).</summary>
    int RowNumber { get; }

    /// <summary>The current row as its file names it (the first line of a CSV row, a sheet's row).</summary>
    Location RowLocation { get; }

    /// <summary>Where reading stopped, for a problem that ends it.</summary>
    Location Position { get; }

    ReadOnlySpan<char> Field(int i);

    Location FieldLocation(int i);

    /// <summary>Reads the next row; false at the end. A row that cannot be trusted field by field has
    /// an <paramref name="error"/> and is rejected as a whole.</summary>
    bool ReadRow(out InspectionProblem? error);
}
