using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tests.Checking;

/// <summary>Small frameworks for the condition checks: a fixed header and facts, then the test's own items.</summary>
internal static class ConditionFrameworks
{
    public const string Preamble = """
        framework sample {
          title "Sample"
          version "1"
          publisher "HM Inspectorate of Probation"
          effective 2019-06-01
        }
        scale rating "Rating" {
          level inadequate "Inadequate" points 0
          level good "Good" points 2
        }
        case type court "Court disposal"
        fact harm "There are factors related to harm" boolean
        fact victim "There is an identifiable victim" boolean
        fact sanctions "Number of previous sanctions" integer
        fact others "Number of other agencies involved" integer
        fact disposal "Disposal" one of { custody "Custody", referral_order "Referral order", yro "Youth rehabilitation order" }
        bands overall_bands "Overall" {
          of points
          inadequate 0 to 1
          good 2 to 2
        }
        overall rated by total points in overall_bands

        """;

    /// <summary>One key question with the given condition (and derived facts declared before it).</summary>
    public static string WithQuestion(string condition, string facts = "") => Preamble + facts + $$"""

        domain 1 court_disposals "Court disposals" for court {
          standard 1.1 assessment "Assessment" {
            statement "Assessment is well-informed."
            rated by judgement
            key question 1.1.1 desistance "Does assessment analyse desistance?" when {{condition}}
          }
        }

        """;

    public static FrameworkCompilation Compile(string source) => FrameworkCompilation.Create(new SourceText("sample.inspect", source));

    /// <summary>The findings of the condition checks (IF0205 to IF0208) as code and exact span.</summary>
    public static List<Finding> ConditionFindings(string source) =>
        Compile(source).Diagnostics
            .Where(d => string.CompareOrdinal(d.Code, "IF0205") >= 0 && string.CompareOrdinal(d.Code, "IF0208") <= 0)
            .Select(d => new Finding(d.Code, d.Location.Span.Start, d.Location.Span.Length, source.Substring(d.Location.Span.Start, d.Location.Span.Length)))
            .ToList();

    /// <summary>A finding expected at the only occurrence of <paramref name="text"/> in the source (or the given one, from 0).</summary>
    public static Finding At(string source, string code, string text, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = source.IndexOf(text, start + 1, System.StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{text}' occurs fewer than {occurrence + 1} times in the test source.");
        }

        if (occurrence == 0)
        {
            Assert.True(source.IndexOf(text, start + 1, System.StringComparison.Ordinal) < 0, $"'{text}' is not unique in the test source; give the occurrence.");
        }

        return new Finding(code, start, text.Length, text);
    }

    /// <summary>Errors from binding conditions: where they occur, the condition checks rightly stay silent.</summary>
    public static List<Diagnostic> ConditionBindingErrors(string source) =>
        Compile(source).Diagnostics.Where(d => d.Code is "IF0109" or "IF0114" or "IF0201" or "IF0202" or "IF0203" or "IF0204").ToList();

    public static Diagnostic Single(string source, string code) => Assert.Single(Compile(source).Diagnostics, d => d.Code == code);

    public sealed record Finding(string Code, int Start, int Length, string Text);
}
