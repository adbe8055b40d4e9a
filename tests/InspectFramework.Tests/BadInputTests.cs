using System;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Cli;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Tests.Cli;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests;

/// <summary>
/// Hostile and malformed files through the whole CLI: each gives diagnostics (or succeeds) with the
/// right exit code, never a crash, a hang (each run has a hang guard, see <see cref="CliRunner"/>)
/// or a stack overflow. Positions are checked where line endings or encodings could shift them.
/// </summary>
public sealed class BadInputTests
{
    private const string GoodCondition = "when harm_factors\n";

    private static readonly string CleanFramework = File.ReadAllText(Path.Combine(CliRunner.Samples, "clean.inspect")).Replace("\r\n", "\n");

    private static readonly string ErrorsFramework = File.ReadAllText(Path.Combine(CliRunner.Samples, "errors.inspect")).Replace("\r\n", "\n");

    [Fact]
    public void Empty_file_has_no_framework_header()
    {
        var result = Check("empty.inspect", Array.Empty<byte>());

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.StartsWith("empty.inspect(1,1): error IF0101: ", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Binary_garbage_is_not_utf8_text()
    {
        var bytes = new byte[64 * 1024];
        new Random(20190601).NextBytes(bytes);

        var result = Check("garbage.inspect", bytes);

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        var lines = DiagnosticLines(result);
        Assert.Single(lines);
        Assert.Contains(": error IF0007: The file is not UTF-8 text", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_that_happens_to_be_utf8_is_refused_at_its_first_nul()
    {
        var result = Check("zeros.inspect", Encoding.UTF8.GetBytes("framework x {\n  title \"a\0b\"\n}\n"));

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.StartsWith("zeros.inspect(2,11): error IF0007: The file is not UTF-8 text: it contains a NUL character", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unterminated_text_is_reported_where_it_starts()
    {
        var text = CleanFramework.Replace("title \"Demonstration framework for the CLI tests\"", "title \"Demonstration framework", StringComparison.Ordinal);

        var result = Check("open.inspect", text);

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains("open.inspect(3,9): error IF0002: Text is not closed", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hundred_thousand_nested_parentheses_are_refused_without_overflowing_the_stack()
    {
        var condition = "when " + new string('(', 100_000) + "harm_factors" + new string(')', 100_000) + "\n";

        var result = Check("parens.inspect", CleanFramework.Replace(GoodCondition, condition, StringComparison.Ordinal));

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains(": error IF0006: Condition nested more than 100 levels deep.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Membership_lists_between_parentheses_do_not_hide_deep_nesting()
    {
        var framework = CleanFramework.Replace("fact harm_factors", "fact disposal \"Disposal\" one of { custody \"Custody\", referral_order \"Referral order\" }\nfact harm_factors", StringComparison.Ordinal);
        var group = new string('(', 90) + "disposal in {custody} and ";
        var condition = "when " + string.Concat(Enumerable.Repeat(group, 120)) + "harm_factors" + new string(')', 90 * 120) + "\n";

        var result = Check("lists.inspect", framework.Replace(GoodCondition, condition, StringComparison.Ordinal));

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains(": error IF0006: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_nots_are_refused_without_overflowing_the_stack()
    {
        var condition = "when " + string.Concat(Enumerable.Repeat("not ", 10_000)) + "harm_factors\n";

        var result = Check("nots.inspect", CleanFramework.Replace(GoodCondition, condition, StringComparison.Ordinal));

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains(": error IF0006: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hundred_nots_in_a_row_are_allowed_and_one_more_is_refused()
    {
        string Nots(int count) => "when " + string.Concat(Enumerable.Repeat("not ", count)) + "harm_factors\n";

        // An even number of nots keeps the condition "harm_factors", so the file stays clean.
        var allowed = Check("nots.inspect", CleanFramework.Replace(GoodCondition, Nots(100), StringComparison.Ordinal));
        var refused = Check("nots.inspect", CleanFramework.Replace(GoodCondition, Nots(101), StringComparison.Ordinal));

        Assert.True(allowed.ExitCode == InspectApp.Success, allowed.ToString());
        Assert.Equal(InspectApp.InputErrors, refused.ExitCode);
        Assert.Contains(": error IF0006: ", refused.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" and ")]
    [InlineData(" or ")]
    public void A_flat_chain_of_100_000_operands_compiles(string op)
    {
        var condition = "when " + string.Join(op, Enumerable.Repeat("harm_factors", 100_000)) + "\n";

        var result = Check("chain.inspect", CleanFramework.Replace(GoodCondition, condition, StringComparison.Ordinal));

        Assert.True(result.ExitCode == InspectApp.Success, result.ToString());
        Assert.EndsWith("1 file checked: 0 errors, 0 warnings.\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_chain_in_a_file_with_a_syntax_error_is_reparsed_with_recovery()
    {
        // The syntax error elsewhere sends the whole file through the slower recovering parse.
        var condition = "when " + string.Join(" and ", Enumerable.Repeat("harm_factors", 100_000)) + "\n";
        var text = CleanFramework.Replace(GoodCondition, condition, StringComparison.Ordinal)
            .Replace("key question 1.1.1 desistance \"Does assessment sufficiently analyse how to support the child's desistance?\"", "key question 1.1.1 desistance", StringComparison.Ordinal);

        var result = Check("chain.inspect", text);

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Equal(new[] { "(43,34) IF0010" }, Positions(result));
    }

    [Fact]
    public void A_100_megabyte_file_is_refused_by_its_size_without_being_read()
    {
        using var temp = new TempFolder();
        const long size = 100L * 1024 * 1024;
        using (var stream = File.Create(Path.Combine(temp.Path, "huge.inspect")))
        {
            // Sparse: the compiler must refuse the file by its length, so its content never matters.
            stream.SetLength(size);
        }

        var result = CliRunner.Run(temp.Path, "check", "huge.inspect");

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.StartsWith("huge.inspect: error IF0008: The file is 104,857,600 bytes; framework files may be at most 33,554,432 bytes.", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("IF0008", Assert.Single(FrameworkCompilation.FromBytes("huge.inspect", new byte[size]).Diagnostics).Code);
    }

    [Fact]
    public void A_million_prompts_are_more_than_a_framework_file_may_hold()
    {
        var bytes = Encoding.UTF8.GetBytes(LargeFramework.Text(standards: 100, keyQuestions: 1000, prompts: 10));

        var compilation = FrameworkCompilation.FromBytes("million.inspect", bytes);

        Assert.True(bytes.Length > FrameworkCompilation.MaxFileBytes, $"{bytes.Length} bytes");
        Assert.Equal("IF0008", Assert.Single(compilation.Diagnostics).Code);
    }

    [Fact]
    public void A_hundred_thousand_prompts_compile_cleanly_in_memory_linear_in_the_file()
    {
        var text = LargeFramework.Text(standards: 100, keyQuestions: 100, prompts: 10);
        var bytes = Encoding.UTF8.GetBytes(text);

        // Allocation is counted on this thread, where the whole compilation runs: a measure of
        // memory that does not depend on the machine's speed or load (about 130 bytes per byte of
        // text today; the bound catches anything that grows faster than the text).
        var before = GC.GetAllocatedBytesForCurrentThread();
        var compilation = FrameworkCompilation.FromBytes("large.inspect", bytes);
        var model = compilation.Model;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(bytes.Length < FrameworkCompilation.MaxFileBytes);
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(100_000, model!.Domains.Sum(d => d.Standards.Sum(s => s.KeyQuestions.Sum(k => k.Prompts.Count))));
        Assert.True(allocated < 500L * bytes.Length, $"{allocated:N0} bytes allocated for {bytes.Length:N0} bytes of text");
    }

    [Fact]
    public void A_flood_of_errors_is_cut_off_after_a_thousand()
    {
        // A million stray characters: without the cut-off, a million diagnostics (gigabytes).
        var text = CleanFramework + new string(';', 1_000_000) + "\n";

        var compilation = FrameworkCompilation.Create(new InspectFramework.Compiler.Text.SourceText("flood.inspect", text));

        Assert.True(compilation.HasErrors);
        Assert.Equal(DiagnosticBag.MaxErrors + 1, compilation.Diagnostics.Length);
        Assert.Equal(DiagnosticBag.MaxErrors, compilation.Diagnostics.Count(d => d.Code == "IF0004"));
        var cutOff = Assert.Single(compilation.Diagnostics, d => d.Code == "IF0011");
        Assert.Equal(CleanFramework.Length + DiagnosticBag.MaxErrors, cutOff.Location.Span.Start);
        Assert.StartsWith("More than 1,000 errors: from here on, errors are not shown.", cutOff.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flood_of_syntax_errors_is_cut_off_and_checked_through_the_cli()
    {
        var text = CleanFramework + string.Concat(Enumerable.Repeat("domain ", 200_000)) + "\n";

        var result = Check("domains.inspect", text);

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        var lines = DiagnosticLines(result);
        Assert.Equal(DiagnosticBag.MaxErrors + 1, lines.Length);
        Assert.Single(lines, l => l.Contains(": error IF0011: ", StringComparison.Ordinal));
        Assert.EndsWith("1 file checked: 1001 errors, 0 warnings.\n", result.Stdout, StringComparison.Ordinal);
    }

    // Each sequence is ill-formed UTF-8 from its first byte: a byte that is never UTF-8, a stray
    // continuation byte, a truncated sequence, an overlong form, an encoded surrogate, a code point
    // above U+10FFFF. The title line reads `  title "Démonstration X...`: the é before it is valid
    // (two bytes, one column), so the bad byte is in column 24 of line 3.
    [Theory]
    [InlineData(new byte[] { 0xFF }, "0xFF")]
    [InlineData(new byte[] { 0x80 }, "0x80")]
    [InlineData(new byte[] { 0xE2, 0x80 }, "0xE2")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "0xC0")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "0xED")]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "0xF4")]
    public void Invalid_utf8_in_a_valid_file_is_reported_at_the_first_bad_byte(byte[] bad, string shown)
    {
        var text = CleanFramework.Replace("Demonstration framework for the CLI tests", "Démonstration \u0001 framework", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var marker = bytes.IndexOf(0x01);
        bytes.RemoveAt(marker);
        bytes.InsertRange(marker, bad);

        var result = Check("latin1.inspect", bytes.ToArray());

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        var lines = DiagnosticLines(result);
        Assert.Single(lines);
        Assert.StartsWith($"latin1.inspect(3,24): error IF0007: The file is not UTF-8 text: the byte {shown} here", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_multibyte_characters_are_accepted()
    {
        // Two-, three- and four-byte UTF-8: é, the typographic apostrophe, an emoji (two UTF-16 units).
        var text = CleanFramework.Replace("Demonstration framework for the CLI tests", "D\u00e9monstration \u2019framework\u2019 \U0001F600", StringComparison.Ordinal);

        var result = Check("unicode.inspect", text);

        Assert.True(result.ExitCode == InspectApp.Success, result.ToString());
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_does_not_shift_columns()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };

        var clean = Check("bom.inspect", bom.Concat(Encoding.UTF8.GetBytes(CleanFramework)).ToArray());
        var errors = Check("bom.inspect", bom.Concat(Encoding.UTF8.GetBytes(ErrorsFramework)).ToArray());

        Assert.Equal(InspectApp.Success, clean.ExitCode);
        Assert.Equal(InspectApp.InputErrors, errors.ExitCode);
        Assert.Equal(Positions(Check("bom.inspect", ErrorsFramework)), Positions(errors));
        Assert.StartsWith("bom.inspect(6,13): error IF0110: ", errors.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_line_endings_give_the_same_positions_as_lf()
    {
        var lf = Check("endings.inspect", ErrorsFramework);
        var crlf = Check("endings.inspect", ErrorsFramework.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(InspectApp.InputErrors, crlf.ExitCode);
        Assert.Equal(new[] { "(6,13) IF0110", "(44,128) IF0109" }, Positions(lf));
        Assert.Equal(Positions(lf), Positions(crlf));
        Assert.Equal(InspectApp.Success, Check("clean.inspect", CleanFramework.Replace("\n", "\r\n", StringComparison.Ordinal)).ExitCode);
    }

    [Fact]
    public void Mixed_line_endings_give_the_same_positions_as_lf()
    {
        // LF, CRLF and a lone CR (old Mac files) in turn: each ends one line.
        var endings = new[] { "\n", "\r\n", "\r" };
        var lines = ErrorsFramework.Split('\n');
        var mixed = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            mixed.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                // A lone CR before an empty line would meet that line's LF and read as one CRLF.
                var ending = endings[i % endings.Length];
                mixed.Append(ending == "\r" && lines[i + 1].Length == 0 ? "\r\n" : ending);
            }
        }

        var result = Check("endings.inspect", mixed.ToString());

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Equal(new[] { "(6,13) IF0110", "(44,128) IF0109" }, Positions(result));
    }

    [Fact]
    public void Each_diagnostic_is_one_line_even_when_its_message_quotes_a_line_break()
    {
        // Found by the fuzzer: a backslash ending a line inside text escapes the line break; the
        // messages quoting it printed the break and split the diagnostic over two lines.
        var text = CleanFramework.Replace("title \"Demonstration framework", "title \"Demonstration \\\nframework", StringComparison.Ordinal);

        var result = Check("backslash.inspect", text);

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.All(DiagnosticLines(result), l => Assert.StartsWith("backslash.inspect(", l, StringComparison.Ordinal));
        Assert.Contains("backslash.inspect(3,24): error IF0005: '\\\\n' is not a valid escape in text.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unterminated_comment_and_stray_characters_are_diagnostics()
    {
        var text = CleanFramework.Replace("case type court", "case type court; /* draft", StringComparison.Ordinal);

        var result = Check("stray.inspect", text);

        Assert.Equal(InspectApp.InputErrors, result.ExitCode);
        Assert.Contains("stray.inspect(35,16): error IF0004: The character ';' has no meaning here.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("stray.inspect(35,18): error IF0003: Comment is not closed", result.Stdout, StringComparison.Ordinal);
    }

    private static CliResult Check(string name, string text) => Check(name, new UTF8Encoding(false).GetBytes(text));

    private static CliResult Check(string name, byte[] bytes)
    {
        using var temp = new TempFolder();
        temp.WriteBytes(name, bytes);
        return CliRunner.Run(temp.Path, "check", name);
    }

    private static string[] DiagnosticLines(CliResult result) =>
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains(" checked: ", StringComparison.Ordinal)).ToArray();

    /// <summary>"(line,col) CODE" of each diagnostic, without path and message.</summary>
    private static string[] Positions(CliResult result) =>
        DiagnosticLines(result)
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"(\(\d+,\d+\)): (?:error|warning) (IF\d{4})"))
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")
            .ToArray();
}
