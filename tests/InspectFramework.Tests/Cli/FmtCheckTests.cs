using System;
using System.IO;
using System.Text;
using InspectFramework.Cli;

namespace InspectFramework.Tests.Cli;

/// <summary><c>inspect fmt --check</c> says why a file is not canonical when a line diff cannot show
/// it: Windows line endings and a byte-order mark, as editors on Windows save files.</summary>
public sealed class FmtCheckTests
{
    // A bundled framework: framework-ci holds it canonical.
    private static readonly string Canonical = File.ReadAllText(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"));

    private static readonly int Lines = Canonical.Split('\n').Length - 1;

    [Fact]
    public void Crlf_line_endings_are_named_as_the_reason()
    {
        var result = Check(Encoding.UTF8.GetBytes(Canonical.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains($"f.inspect: not canonically formatted\n    {Lines} line(s) end with CRLF (Windows line endings); the canonical form ends every line with LF alone", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("byte-order mark", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_named_as_the_reason()
    {
        var result = Check([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Canonical)]);

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains("f.inspect: not canonically formatted\n    the file starts with a byte-order mark (U+FEFF), which the canonical form leaves out\n", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("CRLF", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_canonical_file_passes_and_has_no_reasons()
    {
        var result = Check(Encoding.UTF8.GetBytes(Canonical));

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.DoesNotContain("not canonically formatted\n", result.Stdout, StringComparison.Ordinal);
    }

    private static CliResult Check(byte[] content)
    {
        var folder = Directory.CreateTempSubdirectory("inspect-fmt-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "f.inspect"), content);
            return CliRunner.Run(folder, "fmt", "--check", "f.inspect");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
