using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// The HTML report opened in headless Chromium (Debian's <c>chromium</c>, which CI installs): it
/// renders to a non-trivial screenshot, kept in artifacts/screenshots/, and its DOM holds the ratings.
/// </summary>
public sealed class HtmlReportTests
{
    private static readonly string[] Levels = { "Inadequate", "Requires improvement", "Good", "Outstanding" };

    [ChromiumFact]
    public void The_luton_report_renders_in_headless_chromium()
    {
        var directory = Directory.CreateTempSubdirectory("inspect-html-").FullName;
        try
        {
            var html = Path.Combine(directory, "luton-2020.html");
            var (exit, _, _) = ScoreCommandTests.Run("score", Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"), Path.Combine(RepositoryPaths.Root, "samples", "luton-2020.json"), "--format", "html", "--out", html);
            Assert.Equal(0, exit);

            var screenshots = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
            Directory.CreateDirectory(screenshots);
            var png = Path.Combine(screenshots, "luton-2020-report.png");
            File.Delete(png);
            Chromium(directory, $"--screenshot={png}", "--window-size=1280,2000", new Uri(html).AbsoluteUri);

            // A PNG of the window's size, and well above what a blank or unstyled page compresses to.
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Take(8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
            Assert.Equal(1280, BigEndian(bytes, 16));
            Assert.Equal(2000, BigEndian(bytes, 20));
            Assert.True(bytes.Length > 60_000, $"the screenshot is only {bytes.Length} bytes: the page did not render");

            var dom = Chromium(directory, "--dump-dom", new Uri(html).AbsoluteUri);
            Assert.Contains("<h1>Luton Youth Offending Service</h1>", dom);
            Assert.Contains("16 of 36 points", dom);
            Assert.Contains(">Requires improvement</div>", dom); // the overall rating
            Assert.Equal(24, Levels.Sum(level => Count(dom, $">{level}</span>") + Count(dom, $">{level} \u2605</span>"))); // ratings table and annex
            Assert.Contains("Not applicable for the cases inspected.", dom);
            Assert.Contains("raised from Requires improvement by professional discretion", dom);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int BigEndian(byte[] bytes, int offset) => (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];

    private static string Chromium(string directory, params string[] args)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={Path.Combine(directory, "profile")}" }.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within 2 minutes");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}

/// <summary>A test that needs Debian's chromium: skipped with a message when it is not installed,
/// unless INSPECT_REQUIRE_CHROMIUM=1 (set by CI, which installs it), where its absence fails.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Executable is null && Environment.GetEnvironmentVariable("INSPECT_REQUIRE_CHROMIUM") != "1")
        {
            Skip = "chromium is not installed (apt-get install -y chromium); CI installs it and runs this test.";
        }
    }

    public static string? Executable { get; } = Find();

    private static string? Find()
    {
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
