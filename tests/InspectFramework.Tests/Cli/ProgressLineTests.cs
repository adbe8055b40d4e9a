using System.IO;
using InspectFramework.Cli.Commands;
using InspectFramework.Tooling.CaseData;

namespace InspectFramework.Tests.Cli;

public sealed class ProgressLineTests
{
    // The first report used to subtract TimeSpan.MinValue from the elapsed time and overflow, so
    // `inspect score` died with an internal error whenever progress was shown (a terminal, --progress).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_first_report_is_shown_and_the_next_within_the_interval_is_not(bool interactive)
    {
        var stderr = new StringWriter();
        var progress = new ProgressLine(stderr, interactive);

        progress.Report(new ReadProgress("cases.json", 50, 100, 1_000));
        progress.Report(new ReadProgress("cases.json", 60, 100, 1_200));
        progress.Finish();

        var written = stderr.ToString();
        Assert.Contains("inspect: cases.json: 1,000 cases read (50%)", written, System.StringComparison.Ordinal);
        Assert.DoesNotContain("1,200", written, System.StringComparison.Ordinal);
    }
}
