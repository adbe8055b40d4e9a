using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InspectFramework.Tests.Cli;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Docs;

/// <summary>
/// Every command the README and the docs quote with a prompt (<c>$ scripts/inspect ...</c> or
/// <c>$ inspect ...</c> in a fenced block) is run, and its output compared with the lines quoted under
/// it, so the documentation cannot drift from the tool. A line that is only <c>...</c> stands for any
/// lines; a line ending in <c>...</c> for any line that starts with the rest. Commands run in a copy of
/// frameworks/ and samples/, so a quoted <c>--fix</c> or <c>--out</c> changes nothing in the repository.
/// A block that cannot run as quoted says why in a comment right above it:
/// <c>&lt;!-- not run: reason --&gt;</c>.
/// </summary>
public sealed class DocumentedCommandTests
{
    public static TheoryData<string, int> QuotedCommands()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, command) in Commands())
        {
            data.Add(file, command.Line);
        }

        return data;
    }

    [Fact]
    public void The_documentation_quotes_commands_with_their_output()
    {
        // The README's two (score on the Luton data, check of the frameworks) at least.
        Assert.True(Commands().Count(c => c.File == "README.md") >= 2, "The README's quoted commands were not found.");
    }

    [Theory]
    [MemberData(nameof(QuotedCommands))]
    public void A_quoted_command_prints_what_the_documentation_quotes(string file, int line)
    {
        var command = Commands().Single(c => c.File == file && c.Command.Line == line).Command;
        var arguments = Split(command.Text);
        Assert.True(arguments[0] is "inspect" or "scripts/inspect", $"{file}:{line}: '$ {command.Text}' is not an inspect command; quote other commands without '$ ', or mark the block <!-- not run: reason -->.");

        using var copy = new TempFolder();
        foreach (var folder in new[] { "frameworks", "samples" })
        {
            CopyFolder(Path.Combine(RepositoryPaths.Root, folder), Path.Combine(copy.Path, folder));
        }

        var result = CliRunner.Run(copy.Path, arguments.Skip(1).ToArray());
        var actual = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.True(Matches(command.Output, actual), $"{file}:{line}: '$ {command.Text}' prints (exit {result.ExitCode}):\n{result.Stdout}{result.Stderr}\nbut the documentation quotes:\n{string.Join("\n", command.Output)}");
    }

    private sealed record QuotedCommand(int Line, string Text, IReadOnlyList<string> Output);

    private static IEnumerable<(string File, QuotedCommand Command)> Commands()
    {
        var root = RepositoryPaths.Root;
        var files = new[] { "README.md", "frameworks/README.md", "samples/README.md", "benchmarks/README.md", "editors/vscode/README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)))
            .Where(f => File.Exists(Path.Combine(root, f)))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var command in Quoted(File.ReadAllLines(Path.Combine(root, file))))
            {
                yield return (file, command);
            }
        }
    }

    private static IEnumerable<QuotedCommand> Quoted(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            end = end < 0 ? lines.Length : end;
            var notRun = i > 0 && lines[i - 1].StartsWith("<!-- not run:", StringComparison.Ordinal);
            for (var j = i + 1; j < end && !notRun; j++)
            {
                if (!lines[j].StartsWith("$ ", StringComparison.Ordinal))
                {
                    continue;
                }

                var next = Array.FindIndex(lines, j + 1, end - j - 1, l => l.StartsWith("$ ", StringComparison.Ordinal));
                var stop = next < 0 ? end : next;
                yield return new QuotedCommand(j + 1, lines[j][2..], lines[(j + 1)..stop]);
            }

            i = end;
        }
    }

    // Whole-line "..." matches any run of lines (none included); "text..." a line starting with text.
    private static bool Matches(IReadOnlyList<string> expected, string[] actual)
    {
        bool From(int e, int a)
        {
            if (e == expected.Count)
            {
                return a == actual.Length;
            }

            if (expected[e].Trim() == "...")
            {
                return Enumerable.Range(a, actual.Length - a + 1).Any(k => From(e + 1, k));
            }

            return a < actual.Length && Line(expected[e], actual[a]) && From(e + 1, a + 1);
        }

        return From(0, 0);
    }

    private static bool Line(string expected, string actual) =>
        expected.EndsWith("...", StringComparison.Ordinal)
            ? actual.StartsWith(expected[..^3], StringComparison.Ordinal)
            : string.Equals(expected.TrimEnd(), actual.TrimEnd(), StringComparison.Ordinal);

    // Words as a POSIX shell splits them, for the plain commands documentation quotes: spaces,
    // single and double quotes. Anything that needs a shell (pipes, redirection, variables) is refused.
    private static string[] Split(string command)
    {
        Assert.DoesNotMatch(@"[|<>$`;&]", Regex.Replace(command, "'[^']*'|\"[^\"]*\"", string.Empty));
        return Regex.Matches(command, "'([^']*)'|\"([^\"]*)\"|(\\S+)")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
            .ToArray();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
