using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using InspectFramework.Cli.Output;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tests.Cli;

/// <summary>
/// The report and its writers on hand-made reports: no check produces warnings yet, so warnings are
/// made here through the catalogue, as a check would.
/// </summary>
public sealed class ReportWriterTests
{
    [Theory]
    [InlineData(1, 0, 0, "1 file checked: 0 errors, 0 warnings.")]
    [InlineData(2, 1, 1, "2 files checked: 1 error, 1 warning.")]
    [InlineData(3, 2, 3, "3 files checked: 2 errors, 3 warnings.")]
    public void Summary_uses_singular_and_plural(int files, int errors, int warnings, string expected)
    {
        var source = new SourceText("a.inspect", "fact harm \"Harm\" boolean\n");
        var bag = new DiagnosticBag(source);
        for (var i = 0; i < errors; i++)
        {
            bag.Report.UndefinedName(new TextSpan(5, 4), "fact", "harm", System.Array.Empty<string>());
        }

        for (var i = 0; i < warnings; i++)
        {
            bag.Report.UnusedFact(new TextSpan(5, 4), "harm");
        }

        var checkedFiles = ImmutableArray.CreateBuilder<CheckedFile>();
        checkedFiles.Add(new CheckedFile("a.inspect", bag.ToSortedArray()));
        for (var i = 1; i < files; i++)
        {
            checkedFiles.Add(new CheckedFile($"f{i}.inspect", ImmutableArray<Diagnostic>.Empty));
        }

        Assert.Equal(expected, CheckReport.Create(checkedFiles.ToImmutable(), warningsAsErrors: false).Summary);
    }

    [Fact]
    public void Warnings_as_errors_turns_every_warning_into_an_error()
    {
        var report = CheckReport.Create(ImmutableArray.Create(new CheckedFile("a.inspect", OneWarning())), warningsAsErrors: true);

        Assert.Equal(1, report.Errors);
        Assert.Equal(0, report.Warnings);
        Assert.True(report.HasErrors);
        Assert.Equal("a.inspect(1,6): error IF0403: " + report.Diagnostics[0].Message, report.Diagnostics[0].ToCanonicalString());
    }

    [Fact]
    public void Text_writer_prints_warnings_as_warnings()
    {
        var report = CheckReport.Create(ImmutableArray.Create(new CheckedFile("a.inspect", OneWarning())), warningsAsErrors: false);
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        new TextReportWriter(summaryOnly: false).Write(report, output);

        Assert.False(report.HasErrors);
        Assert.Equal(
            $"a.inspect(1,6): warning IF0403: {report.Diagnostics[0].Message}\n" +
            "1 file checked: 0 errors, 1 warning.\n",
            output.ToString());
    }

    [Theory]
    [InlineData("a.inspect", "a.inspect")]
    [InlineData("my folder/a b.inspect", "my%20folder/a%20b.inspect")]
    [InlineData("./x/#1.inspect", "./x/%231.inspect")]
    [InlineData("/tmp/x y/a.inspect", "file:///tmp/x%20y/a.inspect")]
    public void Sarif_uris_are_relative_references_or_file_uris(string path, string expected)
    {
        if (path.StartsWith('/') && System.OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(expected, SarifReportWriter.ToUri(path));
    }

    private static ImmutableArray<Diagnostic> OneWarning()
    {
        var bag = new DiagnosticBag(new SourceText("a.inspect", "fact harm \"Harm\" boolean\n"));
        bag.Report.UnusedFact(new TextSpan(5, 4), "harm");
        return bag.ToSortedArray();
    }
}
