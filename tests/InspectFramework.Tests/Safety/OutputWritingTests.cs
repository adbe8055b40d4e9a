using System;
using System.IO;
using System.Linq;
using InspectFramework.Cli;
using InspectFramework.Tests.Cli;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// Outputs are written whole or not at all, never over an input, and a failure to write has its own
/// exit code and one line, never "internal error".
/// </summary>
public sealed class OutputWritingTests
{
    private static readonly string Framework = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");

    private static readonly string Luton = Path.Combine(RepositoryPaths.Root, "samples", "luton-2020.json");

    [Theory]
    [InlineData("docs", "f.inspect", "--out", "f.inspect")]
    [InlineData("docs", "f.inspect", "--out", "./sub/../f.inspect")]
    [InlineData("docs", "f.inspect", "--out", "link.inspect")]
    [InlineData("schema", "f.inspect", "--out", "f.inspect")]
    [InlineData("score", "f.inspect", "data.json", "--out", "data.json")]
    [InlineData("analyse", "f.inspect", "data.json", "--by", "looked_after", "--out", "f.inspect")]
    public void An_output_that_is_one_of_the_inputs_is_refused(params string[] args)
    {
        using var folder = new TempFolder();
        var framework = File.ReadAllText(Framework);
        folder.Write("f.inspect", framework);
        folder.Write("data.json", File.ReadAllText(Luton));
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link.inspect"), "f.inspect");

        var (exit, stdout, stderr) = CliRunner.Run(folder.Path, args);

        Assert.Equal(InspectApp.BadUsage, exit);
        Assert.Contains("is one of the inputs; write the output to another file.", stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(framework, File.ReadAllText(Path.Combine(folder.Path, "f.inspect")));
        Assert.Equal(File.ReadAllText(Luton), File.ReadAllText(Path.Combine(folder.Path, "data.json")));
    }

    [Fact]
    public void An_output_that_cannot_be_written_has_its_own_exit_code_and_one_line()
    {
        using var folder = new TempFolder();

        var (exit, _, stderr) = CliRunner.Run(folder.Path, "docs", Framework, "--out", "missing/folder/doc.html");

        Assert.Equal(InspectApp.WriteFailed, exit);
        Assert.StartsWith("inspect: cannot write missing/folder/doc.html: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_output_that_fails_has_the_write_exit_code()
    {
        using var folder = new TempFolder();

        var (exit, _, stderr) = CliRunner.Run(folder.Path, new FullDiskWriter(), "score", Framework, Luton);

        Assert.Equal(InspectApp.WriteFailed, exit);
        Assert.StartsWith("inspect: cannot write standard output: No space left on device", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_is_written_in_place_never_replaced_by_a_file()
    {
        // As root (CI), a rename would replace the device node itself: the first version did so with /dev/full.
        var (exit, _, stderr) = CliRunner.Run(Path.GetTempPath(), "docs", Framework, "--out", "/dev/full");

        Assert.Equal(InspectApp.WriteFailed, exit);
        Assert.StartsWith("inspect: cannot write /dev/full: ", stderr, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo("/dev/full").Length);
    }

    [Fact]
    public void A_failed_write_leaves_the_earlier_file_and_no_temporary()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", "earlier report");
        Assert.Equal(0, CliRunner.Run(folder.Path, "score", Framework, Luton, "--format", "markdown", "--out", "report.md").ExitCode);
        var written = File.ReadAllText(Path.Combine(folder.Path, "report.md"));
        Assert.StartsWith("# Inspection results: Luton", written, StringComparison.Ordinal);

        // A folder where the file should be: the rename fails after the temporary was written.
        Directory.CreateDirectory(Path.Combine(folder.Path, "taken.md"));
        Assert.Equal(InspectApp.WriteFailed, CliRunner.Run(folder.Path, "score", Framework, Luton, "--format", "markdown", "--out", "taken.md").ExitCode);

        Assert.Equal(new[] { "report.md" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Equal(written, File.ReadAllText(Path.Combine(folder.Path, "report.md")));
    }

    [Fact]
    public void Exporting_templates_does_not_overwrite_without_force()
    {
        using var folder = new TempFolder();
        folder.Write("templates/Header.hbs", "my edited header");

        var (exit, _, stderr) = CliRunner.Run(folder.Path, "generate", "--export-templates", "templates");
        Assert.Equal(InspectApp.BadUsage, exit);
        Assert.Contains("templates already holds Header.hbs; pass --force to replace them", stderr, StringComparison.Ordinal);
        Assert.Equal("my edited header", File.ReadAllText(Path.Combine(folder.Path, "templates", "Header.hbs")));

        Assert.Equal(InspectApp.Success, CliRunner.Run(folder.Path, "generate", "--export-templates", "templates", "--force").ExitCode);
        Assert.NotEqual("my edited header", File.ReadAllText(Path.Combine(folder.Path, "templates", "Header.hbs")));
    }

    [Fact]
    public void Generate_names_files_an_earlier_generation_left()
    {
        using var folder = new TempFolder();
        folder.Write("out/HmipYouth2018.Scoring.g.cs", "// an earlier framework's scorer");

        var (exit, stdout, stderr) = CliRunner.Run(folder.Path, "generate", Framework, "--out", "out");

        Assert.Equal(InspectApp.Success, exit);
        Assert.Contains("5 file(s) generated in out", stdout, StringComparison.Ordinal);
        Assert.Equal("inspect: out also holds HmipYouth2018.Scoring.g.cs, not written by this generation; remove any an earlier generation left.\n", stderr);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "out"), "*.tmp"));
    }

    private sealed class FullDiskWriter : StringWriter
    {
        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
