using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using InspectFramework.Tooling.CaseData;

namespace InspectFramework.Cli.Commands;

/// <summary>A progress line on standard error: redrawn in place on a terminal, otherwise one
/// line every few seconds, so logs stay readable.</summary>
internal sealed class ProgressLine(TextWriter stderr, bool interactive)
{
    /// <summary>The progress line of a command: shown when asked for (--progress) or when standard
    /// error is a terminal, redrawn in place only on a terminal; null when not shown.</summary>
    public static ProgressLine? For(TextWriter stderr, bool requested)
    {
        var terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        return requested || terminal ? new ProgressLine(stderr, interactive: terminal) : null;
    }

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    // When the line was last written; null until the first report, which is always shown.
    private TimeSpan? _last;
    private bool _shown;

    public void Report(ReadProgress progress)
    {
        var now = _clock.Elapsed;
        if (_last is { } last && now - last < (interactive ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5)))
        {
            return;
        }

        _last = now;
        var percent = progress.Length > 0 ? (int)(100 * progress.Position / progress.Length) : 0;
        var rate = now.TotalSeconds > 0 ? progress.CasesRead / now.TotalSeconds : 0;
        var line = string.Format(CultureInfo.InvariantCulture, "inspect: {0}: {1:#,0} cases read ({2}%), {3:#,0} cases/s", progress.File, progress.CasesRead, Math.Min(100, percent), rate);
        if (interactive)
        {
            stderr.Write("\r" + line.PadRight(79));
        }
        else
        {
            stderr.WriteLine(line);
        }

        _shown = true;
    }

    public void Finish()
    {
        if (_shown && interactive)
        {
            stderr.Write("\r" + new string(' ', 79) + "\r");
        }
    }
}
