using System.IO;

namespace InspectFramework.Cli.Output;

/// <summary>
/// The default output: one line per diagnostic in the MSBuild canonical form
/// (<c>path(line,col): error IF0123: message</c>, which IDEs and CI logs recognise), then a summary.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    public TextReportWriter(bool summaryOnly) => SummaryOnly = summaryOnly;

    public bool SummaryOnly { get; }

    public void Write(CheckReport report, TextWriter output)
    {
        if (!SummaryOnly)
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                output.WriteLine(diagnostic.ToCanonicalString());
            }
        }

        output.WriteLine(report.Summary);
    }
}
