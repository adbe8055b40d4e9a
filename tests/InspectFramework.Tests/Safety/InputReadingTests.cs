using System;
using System.IO;
using System.IO.Pipes;
using System.Linq;
using System.Text;
using InspectFramework.Cli;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Formatting;
using InspectFramework.Tests.Cli;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// Inputs are read within their size limit whatever they are (devices, pipes), folder walks end and
/// see each file once, and invisible characters stay visible: Trojan Source is warned about (IF0012)
/// and the formatter keeps escapes as escapes.
/// </summary>
public sealed class InputReadingTests
{
    private static readonly string Framework = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void An_endless_device_is_too_large_not_read_to_its_end(string device)
    {
        var (exit, stdout, stderr) = CliRunner.Run(Path.GetTempPath(), "check", device);

        Assert.Equal(InspectApp.InputErrors, exit);
        Assert.Contains($"{device}: error IF0008: The file is 33,554,433 bytes; framework files may be at most 33,554,432 bytes.", stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void A_template_that_is_an_endless_device_is_unreadable_not_read_to_its_end()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "templates"));
        var template = Path.Combine(folder.Path, "templates", "Header.hbs");
        File.CreateSymbolicLink(template, "/dev/zero");

        var (exit, stdout, _) = CliRunner.Run(folder.Path, "generate", Framework, "--out", "out", "--templates", "templates");

        Assert.Equal(InspectApp.InputErrors, exit);
        Assert.Contains($"{template}: error IF0502: The template could not be read: it is larger than 33,554,432 bytes.", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_framework_from_a_pipe_is_checked()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.None);
        var path = $"/proc/self/fd/{pipe.ClientSafePipeHandle.DangerousGetHandle()}";
        var text = File.ReadAllBytes(Framework);
        var writer = System.Threading.Tasks.Task.Run(() =>
        {
            pipe.Write(text);
            pipe.Dispose();
        });

        var (exit, stdout, _) = CliRunner.Run(Path.GetTempPath(), "check", path);
        await writer;

        Assert.Equal(InspectApp.Success, exit);
        Assert.Equal("1 file checked: 0 errors, 0 warnings.\n", stdout);
    }

    [Fact]
    public void A_folder_walk_ends_on_symbolic_link_loops_and_checks_each_file_once()
    {
        using var folder = new TempFolder();
        folder.Write("frameworks/youth.inspect", File.ReadAllText(Framework));
        // Two links back to the folder: a walk that follows them doubles at every level and never ends.
        File.CreateSymbolicLink(Path.Combine(folder.Path, "frameworks", "a"), ".");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "frameworks", "b"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "frameworks", "same.inspect"), "youth.inspect");

        var (exit, stdout, _) = CliRunner.Run(folder.Path, "check", "frameworks", "frameworks/a/youth.inspect");

        Assert.Equal(InspectApp.Success, exit);
        Assert.Equal("1 file checked: 0 errors, 0 warnings.\n", stdout);
    }

    [Fact]
    public void Bidi_controls_in_comments_and_text_are_warned_about_where_they_are()
    {
        var text = File.ReadAllText(Framework).Replace("framework hmip_youth_2019 {", "// \u202E }\nframework hmip_youth_2019 { // ok \\u202E", StringComparison.Ordinal)
            .Replace("\"Governance and leadership\"", "\"Governance \u2066and\u2069 leadership\"", StringComparison.Ordinal);
        var compilation = FrameworkCompilation.FromBytes("f.inspect", Encoding.UTF8.GetBytes(text));

        var warnings = compilation.Diagnostics.Where(d => d.Code == "IF0012").Select(d => d.ToCanonicalString()).ToList();
        Assert.Equal(3, warnings.Count);
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("// \u202E", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"f.inspect({line},4): warning IF0012: This comment holds the invisible bidirectional control character U+202E,", warnings[0], StringComparison.Ordinal);
        Assert.Contains("warning IF0012: This text holds the invisible bidirectional control character U+2066", warnings[1], StringComparison.Ordinal);
        Assert.Contains("write it as \\u2069 inside quoted text.", warnings[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_formatter_keeps_invisible_and_bidi_characters_escaped()
    {
        var text = File.ReadAllText(Framework).Replace("\"Governance and leadership\"", "\"Governance \\u202E \\u2066 \\u200B \\u00AD \\u200D and leadership\"", StringComparison.Ordinal);

        var formatted = FrameworkFormatter.Format(FrameworkCompilation.FromBytes("f.inspect", Encoding.UTF8.GetBytes(text))).Text!;

        Assert.Contains("\"Governance \\u202E \\u2066 \\u200B \\u00AD \\u200D and leadership\"", formatted, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', formatted);
    }

    [Fact]
    public void The_formatter_writes_a_raw_bidi_control_in_text_as_an_escape_and_keeps_comments()
    {
        // Found by the fuzzer (seed 20261207, input 466): formatting removes the text's IF0012, not the comment's.
        var text = "// \u202E\n" + File.ReadAllText(Framework).Replace("\"Governance and leadership\"", "\"Governance \u2067and\u2069 leadership\"", StringComparison.Ordinal);
        var original = FrameworkCompilation.FromBytes("f.inspect", Encoding.UTF8.GetBytes(text));

        var formatted = FrameworkFormatter.Format(original).Text!;

        Assert.Contains("\"Governance \\u2067and\\u2069 leadership\"", formatted, StringComparison.Ordinal);
        Assert.StartsWith("// \u202E\n", formatted, StringComparison.Ordinal);
        Assert.Equal(3, original.Diagnostics.Count(d => d.Code == "IF0012"));
        Assert.Single(FrameworkCompilation.FromBytes("f.inspect", Encoding.UTF8.GetBytes(formatted)).Diagnostics, d => d.Code == "IF0012");
    }

    [Fact]
    public void A_stream_is_read_to_its_limit_and_one_byte_more()
    {
        Assert.Equal(5, InspectFramework.Cli.Input.BoundedInput.Read(new MemoryStream(new byte[10]), 4).Length);
        Assert.Equal(4, InspectFramework.Cli.Input.BoundedInput.Read(new MemoryStream(new byte[4]), 4).Length);
    }
}
