using System;
using System.IO;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tests.Checking;

/// <summary>
/// "Fix the first error" (docs/diagnostics.md) must be good advice: after one slip in the youth 2019
/// framework, the first diagnostic names the slip, and nothing before it is a consequence of what the
/// parser could not read (before, each of these began with a band-coverage error at line 58).
/// </summary>
public sealed class FirstErrorTests
{
    private static readonly string Youth2019 = File.ReadAllText(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"));

    [Fact]
    public void A_single_equals_in_a_condition_is_the_one_error_and_the_condition_is_still_checked()
    {
        var text = Replace("when disposal == custody {", "when disposal = custody {");

        var diagnostics = Compile(text);

        var only = Assert.Single(diagnostics);
        Assert.Equal(("IF0001", "="), (only.Code, text.Substring(only.Location.Span.Start, only.Location.Span.Length)));
        Assert.Contains("write '=='", only.Message, StringComparison.Ordinal);
        Assert.Equal("==", Assert.Single(Assert.Single(only.Fixes).Changes).NewText);
    }

    [Fact]
    public void A_missing_opening_brace_is_named_first()
    {
        var text = Replace("standard 1.1 governance_and_leadership \"Governance and leadership\" {", "standard 1.1 governance_and_leadership \"Governance and leadership\"");

        var first = Compile(text).First();

        Assert.Equal("IF0001", first.Code);
        Assert.Contains("expected 'when' or '{'", first.Message, StringComparison.Ordinal);
        Assert.Equal(Line(text, "standard 1.1 governance_and_leadership") + 1, first.Location.LineSpan.Start.Line);
    }

    [Fact]
    public void An_unclosed_quote_is_named_first()
    {
        var text = Replace("\"Governance and leadership\" {", "\"Governance and leadership {");

        var first = Compile(text).First();

        Assert.Equal("IF0002", first.Code);
        Assert.Equal(Line(text, "standard 1.1 governance_and_leadership"), first.Location.LineSpan.Start.Line);
    }

    [Fact]
    public void A_slip_among_a_standards_members_is_named_before_anything_said_of_the_standard()
    {
        // The key questions after the slip are not read: "rated from its key questions but has none"
        // (IF0306) would blame the standard, at its header, above the slip.
        var text = Replace("  key question 2.1.1 ", "  keyquestion 2.1.1 ");

        var diagnostics = Compile(text);

        Assert.Equal("IF0001", diagnostics[0].Code);
        Assert.Contains("Write 'key question' as two words", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Code is "IF0306" or "IF0307" or "IF0103" or "IF0305" or "IF0108");
    }

    [Fact]
    public void Whole_file_checks_still_run_on_a_file_that_parses()
    {
        // The overall bands cover 0 to 30 points; one standard fewer leaves 27, which a file without
        // syntax errors must still be told about.
        var start = Youth2019.IndexOf("  standard 1.4 ", StringComparison.Ordinal);
        var end = Youth2019.IndexOf("\n  }\n", start, StringComparison.Ordinal) + "\n  }\n".Length;
        var text = Youth2019.Remove(start, end - start);

        Assert.Contains(Compile(text), d => d.Code == "IF0305");
    }

    private static string Replace(string from, string to)
    {
        Assert.Equal(1, Youth2019.Split(from).Length - 1);
        return Youth2019.Replace(from, to, StringComparison.Ordinal);
    }

    private static int Line(string text, string marker) =>
        text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n');

    private static System.Collections.Immutable.ImmutableArray<Compiler.Diagnostics.Diagnostic> Compile(string text) =>
        FrameworkCompilation.Create(new SourceText("youth.inspect", text)).Diagnostics;
}
