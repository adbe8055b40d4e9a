using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace InspectFramework.Tests.Infrastructure;

/// <summary>poppler-utils (pdftotext, pdftoppm), which CI installs.</summary>
public static class Poppler
{
    public static bool Installed => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "pdftotext")));

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {error.Result}");
        return output;
    }
}

/// <summary>A test that prints with Chromium and reads the PDF with poppler-utils: skipped when either
/// is missing, unless INSPECT_REQUIRE_CHROMIUM=1 (CI installs both), where their absence fails.</summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if ((Chromium.Executable is null || !Poppler.Installed) && Environment.GetEnvironmentVariable("INSPECT_REQUIRE_CHROMIUM") != "1")
        {
            Skip = "chromium or poppler-utils is not installed (apt-get install -y chromium poppler-utils); CI installs them and runs this test.";
        }
    }
}
