using System;
using System.IO;
using System.Linq;

namespace InspectFramework.Tests.Docs;

/// <summary>
/// A fact that needs Debian's headless Chromium (`apt-get install chromium`; .ci/run installs it).
/// Skipped, with a message saying so, only on a machine that does not have it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Executable is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium): the HTML rendering check cannot run here.";
        }
    }

    /// <summary>The chromium executable on PATH, or null.</summary>
    public static string? Executable { get; } = Find();

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator)
            .Where(d => d.Length > 0)
            .SelectMany(d => new[] { "chromium", "chromium-browser" }.Select(n => Path.Combine(d, n)))
            .FirstOrDefault(File.Exists);
    }
}
