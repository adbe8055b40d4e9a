using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using InspectFramework.Compiler.Text;
using InspectFramework.Fuzzing;
using InspectFramework.Tests.Cli;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Tooling.Reports;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// Text from case data, wording and file names reaches every output as text: never a spreadsheet
/// formula, live Markdown (HTML, links), or a line, colour or link of its own on a terminal. The
/// outputs are checked with the fuzzer's oracles, which are tested here to catch the raw payloads.
/// </summary>
public sealed class OutputInjectionTests
{
    private const string Service = "=HYPERLINK(\"https://evil.example\",\"Open\") <img src=x onerror=alert(1)>\nOVERALL RATING: Outstanding\n::error::forged \u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\ \u202Eevil";

    private const string Rationale = "[click](javascript:alert(1)) see https://evil.example\r\n# Forged heading\n\u001b[31mred";

    private static readonly string Framework = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");

    [Fact]
    public void The_text_report_shows_hostile_data_escaped_on_its_own_lines()
    {
        using var folder = HostileInspection(out var data);
        var (exit, stdout, _) = CliRunner.Run(folder.Path, "score", Framework, data);

        Assert.Equal(0, exit);
        Assert.Empty(OutputOracle.TextProblems(stdout));
        Assert.Single(stdout.Split('\n'), line => line.StartsWith("OVERALL RATING:", System.StringComparison.Ordinal));
        Assert.DoesNotContain(stdout.Split('\n'), line => line.StartsWith("::", System.StringComparison.Ordinal));
        Assert.Contains("Inspection results: =HYPERLINK(\"https://evil.example\",\"Open\") <img src=x onerror=alert(1)>\\nOVERALL RATING: Outstanding\\n::error::forged \\u001B]8;;", stdout);
    }

    [Fact]
    public void The_markdown_report_renders_hostile_data_as_text()
    {
        using var folder = HostileInspection(out var data);
        var (exit, stdout, _) = CliRunner.Run(folder.Path, "score", Framework, data, "--format", "markdown");

        Assert.Equal(0, exit);
        Assert.Empty(OutputOracle.MarkdownProblems(stdout));
        Assert.Contains("\\[click\\](javascript:alert(1))", stdout);
    }

    [Fact]
    public void The_html_report_holds_hostile_data_as_text()
    {
        using var folder = HostileInspection(out var data);
        var (exit, stdout, _) = CliRunner.Run(folder.Path, "score", Framework, data, "--format", "html");

        Assert.Equal(0, exit);
        Assert.Empty(OutputOracle.HtmlProblems(stdout));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", stdout);
    }

    [Fact]
    public void The_html_standards_document_holds_hostile_wording_as_text()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Framework).Replace("title \"Inspection of youth offending services (revised wording)\"", "title \"<script>alert(1)</script> <a href='javascript:alert(1)' onclick=x>y</a>\"", System.StringComparison.Ordinal);
        Assert.Contains("<script>", text, System.StringComparison.Ordinal);
        var framework = folder.Write("hostile.inspect", text);
        var (exit, stdout, _) = CliRunner.Run(folder.Path, "docs", framework, "--format", "html");

        Assert.Equal(0, exit);
        Assert.Empty(OutputOracle.HtmlProblems(stdout));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", stdout);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("csv")]
    [InlineData("html")]
    public void The_analysis_shows_hostile_data_safely(string format)
    {
        using var folder = HostileInspection(out var data);
        var (exit, stdout, _) = CliRunner.Run(folder.Path, "analyse", Framework, data, "--by", "looked_after", "--format", format);

        Assert.Equal(0, exit);
        Assert.Empty(format switch
        {
            "csv" => OutputOracle.CsvProblems(stdout),
            "markdown" => OutputOracle.MarkdownProblems(stdout),
            "html" => OutputOracle.HtmlProblems(stdout),
            _ => OutputOracle.TextProblems(stdout),
        });
    }

    [Fact]
    public void A_csv_cell_that_reads_as_a_formula_gets_a_quote_and_numbers_stay_numbers()
    {
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\"", CsvCell.Write("=HYPERLINK(\"x\")"));
        Assert.Equal("'+1+", CsvCell.Write("+1+"));
        Assert.Equal("'@SUM(A1)", CsvCell.Write("@SUM(A1)"));
        Assert.Equal("'\tx", CsvCell.Write("\tx"));
        Assert.Equal("\"'\rx\"", CsvCell.Write("\rx"));
        Assert.Equal("'-Infinity", CsvCell.Write("-Infinity"));
        Assert.Equal("-0.5", CsvCell.Write("-0.5"));
        Assert.Equal("1E-05", CsvCell.Write("1E-05"));
        Assert.Equal("+3", CsvCell.Write("+3"));
        Assert.Equal("a-b", CsvCell.Write("a-b"));
    }

    [Fact]
    public void Markdown_text_cannot_open_html_links_or_blocks()
    {
        var escaped = MarkdownText.Escape("<b>x</b> [a](https://e.example) ![i](x.png) https://e.example www.e.example a@e.example mailto:a\n# h");

        Assert.Empty(OutputOracle.MarkdownProblems("Text: " + escaped + "\n"));
        Assert.DoesNotContain("\n", escaped);
    }

    [Fact]
    public void One_line_text_escapes_line_breaks_terminal_controls_separators_and_bidi_controls()
    {
        Assert.Equal("a\\nb\\r\\tc\\u001B[31m\\u009B\\u2028\\u202E\\u2066\\u200F", DisplayText.OneLine("a\nb\r\tc\u001b[31m\u009b\u2028\u202e\u2066\u200f"));
        Assert.Equal("Typographic \u2019quotes\u2019 \u2014 caf\u00e9 \U0001F600", DisplayText.OneLine("Typographic \u2019quotes\u2019 \u2014 caf\u00e9 \U0001F600"));
    }

    [Fact]
    public void A_hostile_file_name_is_shown_escaped_in_check_output()
    {
        using var folder = new TempFolder();
        folder.Write("x\u001b[2J\nforged(1,1): error IF0001: fake.inspect", "framework");

        var (exit, stdout, _) = CliRunner.Run(folder.Path, "check", ".");

        Assert.Equal(1, exit);
        Assert.Empty(OutputOracle.TextProblems(stdout));
        Assert.Contains("x\\u001B[2J\\nforged(1,1): error IF0001: fake.inspect(", stdout);
    }

    [Fact]
    public void The_oracles_catch_the_raw_payloads()
    {
        Assert.NotEmpty(OutputOracle.TextProblems("a\u001b[31m"));
        Assert.NotEmpty(OutputOracle.TextProblems("a\u202Eb"));
        Assert.NotEmpty(OutputOracle.CsvProblems("a,=1+1\n"));
        Assert.NotEmpty(OutputOracle.CsvProblems("a,\"@x\"\n"));
        Assert.Empty(OutputOracle.CsvProblems("a,-1.5,'=x\n"));
        Assert.NotEmpty(OutputOracle.CsvProblems("-Infinity\n"));
        Assert.NotEmpty(OutputOracle.MarkdownProblems("x <img src=x>"));
        Assert.NotEmpty(OutputOracle.MarkdownProblems("[a](javascript:alert(1))"));
        Assert.NotEmpty(OutputOracle.MarkdownProblems("see https://evil.example"));
        Assert.NotEmpty(OutputOracle.MarkdownProblems("<script>\nalert(1)\n</script>\n"));
        Assert.Empty(OutputOracle.MarkdownProblems("## <a id=\"x\"></a>Title\n\n[Domain](#x)<br>\n"));
        Assert.NotEmpty(OutputOracle.HtmlProblems("<p>x <img src=x onerror=alert(1)></p>"));
        Assert.NotEmpty(OutputOracle.HtmlProblems("<p>x <script>alert(1)</script></p>"));
        Assert.NotEmpty(OutputOracle.HtmlProblems("<p><a href=\"javascript:alert(1)\">x</a></p>"));
        Assert.NotEmpty(OutputOracle.HtmlProblems("<p><a href=\" https://evil.example\">x</a></p>"));
        Assert.NotEmpty(OutputOracle.HtmlProblems("<p onmouseover=\"alert(1)\">x</p>"));
        Assert.NotEmpty(OutputOracle.HtmlProblems("<div style=\"background:url(https://evil.example/x)\">x</div>"));
        Assert.NotEmpty(OutputOracle.HtmlProblems("<head><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"></head>"));
        Assert.NotEmpty(OutputOracle.HtmlProblems("<style>p{}</style><p>x</p><style>p{}</style>"));
        Assert.Empty(OutputOracle.HtmlProblems("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><style>p{}</style></head><body><p class=\"x\" style=\"left:10%;width:5%\"><a href=\"#note-1\">1</a> &lt;script&gt;</p></body></html>"));
    }

    private static TempFolder HostileInspection(out string path)
    {
        var folder = new TempFolder();
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "luton-2020.json")))!;
        root["inspection"]!["service"] = Service;
        foreach (var entry in root["discretion"]!.AsArray().Concat(root["judgements"]!.AsArray()))
        {
            entry!["rationale"] = Rationale;
        }

        path = folder.Write("hostile.json", root.ToJsonString());
        return folder;
    }
}
