using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// How `inspect score` and `inspect analyse` end, so both treat their output alike: JSON is written
/// whether or not the data was accepted (the document lists the problems) and a refusal goes to
/// stderr; any other format is written only for accepted data, a refusal goes to stdout after the
/// problems. With --out, one line on stdout says what was written.
/// </summary>
internal sealed class ReportOutput
{
    public required string Format { get; init; }

    public required string? OutPath { get; init; }

    public required string WorkingDirectory { get; init; }

    /// <summary>Whether the data was scored or analysed (false: refused).</summary>
    public required bool Accepted { get; init; }

    public required Action<Stream> WriteJson { get; init; }

    /// <summary>Writes the report in <see cref="Format"/> (any format but JSON).</summary>
    public required Action<TextWriter> WriteReport { get; init; }

    public required Action<TextWriter> Refuse { get; init; }

    /// <summary>The line that says what was written to --out.</summary>
    public required Func<string, string> Written { get; init; }

    public int Finish(TextWriter stdout, TextWriter stderr)
    {
        var json = Format == "json";
        if (!json && !Accepted)
        {
            Refuse(stdout);
            return InspectApp.InputErrors;
        }

        FrameworkInput.WriteOutput(OutPath, WorkingDirectory, stdout, json ? JsonText() : ReportText());

        // Only JSON is written for refused data.
        if (!Accepted)
        {
            Refuse(stderr);
            return InspectApp.InputErrors;
        }

        if (OutPath is not null)
        {
            stdout.WriteLine(Written(OutPath));
        }

        return InspectApp.Success;
    }

    private string JsonText()
    {
        using var buffer = new MemoryStream();
        WriteJson(buffer);
        buffer.WriteByte((byte)'\n');
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private string ReportText()
    {
        var report = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteReport(report);
        return report.ToString();
    }
}
