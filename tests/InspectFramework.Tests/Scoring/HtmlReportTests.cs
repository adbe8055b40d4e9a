using System;
using System.IO;
using System.Linq;

using InspectFramework.Tests.Infrastructure;

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
            Chromium.Run(directory, $"--screenshot={png}", "--window-size=1280,2000", new Uri(html).AbsoluteUri);

            // A PNG of the window's size, and well above what a blank or unstyled page compresses to.
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Take(8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
            Assert.Equal(1280, BigEndian(bytes, 16));
            Assert.Equal(2000, BigEndian(bytes, 20));
            Assert.True(bytes.Length > 60_000, $"the screenshot is only {bytes.Length} bytes: the page did not render");

            var dom = Chromium.Run(directory, "--dump-dom", new Uri(html).AbsoluteUri);
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
}
