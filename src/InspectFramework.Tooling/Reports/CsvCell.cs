using System.Globalization;
using System.Linq;

namespace InspectFramework.Tooling.Reports;

/// <summary>
/// The one way a cell of a CSV the tool writes is spelt. A text starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return is a formula to Excel, LibreOffice and Google
/// Sheets (<c>=HYPERLINK(...)</c> in a service name would run when an analyst opens the file), so it
/// gets a leading <c>'</c>, as OWASP's CSV injection guidance recommends; a number such as
/// <c>-0.5</c> or <c>1E-05</c> stays a number. Then RFC 4180 quoting: a cell holding a comma, a quote
/// or a line break is quoted, its quotes doubled.
/// </summary>
public static class CsvCell
{
    public static string Write(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(QuotedCharacters) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static readonly char[] QuotedCharacters = { ',', '"', '\r', '\n' };

    // What the reports write for numbers (invariant, round-trip): digits with an optional sign,
    // point and exponent. Anything else is text, "-Infinity" too (which .NET would parse).
    private static bool IsNumber(string value) =>
        value.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E')
        && double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
}
