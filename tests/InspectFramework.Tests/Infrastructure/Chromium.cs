using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace InspectFramework.Tests.Infrastructure;

/// <summary>Debian's headless Chromium, run as the HTML report and standards document tests need it:
/// a screenshot or the DOM of a local page, with a fresh profile and no background networking.</summary>
public static class Chromium
{
    /// <summary>The chromium executable on PATH, or null.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Runs Chromium with <paramref name="arguments"/> after the headless ones, its profile
    /// in <paramref name="directory"/>; returns what it writes to standard output.</summary>
    public static string Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var headless = new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--user-data-dir=" + Path.Combine(directory, "profile"),
        };
        foreach (var argument in headless.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within three minutes.");
        }

        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {error.Result}");
        return output;
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator)
            .Where(d => d.Length > 0)
            .SelectMany(d => new[] { "chromium", "chromium-browser" }.Select(n => Path.Combine(d, n)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A test that needs Debian's chromium: skipped with a message when it is not installed,
/// unless INSPECT_REQUIRE_CHROMIUM=1 (set by CI, which installs it), where its absence fails.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null && Environment.GetEnvironmentVariable("INSPECT_REQUIRE_CHROMIUM") != "1")
        {
            Skip = "chromium is not installed (apt-get install -y chromium); CI installs it and runs this test.";
        }
    }
}
