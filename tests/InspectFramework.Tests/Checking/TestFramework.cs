using System.Collections.Generic;
using System.Linq;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tests.Checking;

/// <summary>
/// Builds a small framework that checks clean, with any part replaced, so that each test states only
/// what it changes. The default has one domain of two computed standards (0 to 6 overall points).
/// </summary>
internal sealed record TestFramework
{
    public string Header { get; init; } = """
        framework sample {
          title "Sample"
          version "1"
          publisher "HM Inspectorate of Probation"
          effective 2019-06-01
        }
        """;

    public string Scale { get; init; } = """
        scale rating "Rating" {
          level inadequate "Inadequate" points 0
          level requires_improvement "Requires improvement" points 1
          level good "Good" points 2
          level outstanding "Outstanding" points 3
        }
        """;

    public string KeyQuestionBands { get; init; } = PercentageBands("key_question_bands", 0, "0", "49", "50", "64", "65", "79", "80", "100");

    public string OverallBands { get; init; } = PointsBands("overall_bands", 0, 1, 2, 3, 4, 5, 6, 6);

    public string Overall { get; init; } = "overall rated by total points in overall_bands";

    public string Declarations { get; init; } = "case type court \"Court disposal\"";

    public string Domains { get; init; } = """
        domain 1 court_disposals "Court disposals" for court {
          standard 1.1 assessment "Assessment" {
            statement "Assessment is well-informed."
            rated by lowest key question in key_question_bands
            key question 1.1.1 desistance "Does assessment support desistance?"
            key question 1.1.2 child_safe "Does assessment keep the child safe?"
          }
          standard 1.2 planning "Planning" {
            statement "Planning is well-informed."
            rated by lowest key question in key_question_bands
            key question 1.2.1 desistance "Does planning support desistance?"
          }
        }
        """;

    public static string PercentageBands(string name, int decimals, params string[] edges) =>
        Bands(name, $"of percentage rounded half_up to {decimals} decimals", edges.Select(e => e + "%").ToArray());

    public static string PointsBands(string name, params int[] edges) =>
        Bands(name, "of points", edges.Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    /// <summary>A table with one row per level of the default scale, edges given low, high, low, high, ...</summary>
    public static string Bands(string name, string measure, params string[] edges)
    {
        string[] levels = { "inadequate", "requires_improvement", "good", "outstanding" };
        var text = new StringBuilder($"bands {name} {{\n  {measure}\n");
        for (var i = 0; i < edges.Length / 2; i++)
        {
            text.Append($"  {levels[i]} {edges[2 * i]} to {edges[(2 * i) + 1]}\n");
        }

        return text.Append("}\n").ToString();
    }

    public override string ToString() =>
        string.Join("\n\n", Header, Scale, KeyQuestionBands, OverallBands, Overall, Declarations, Domains) + "\n";

    public IReadOnlyList<Diagnostic> Diagnostics() =>
        FrameworkCompilation.Create(new SourceText("test.inspect", ToString())).Diagnostics;

    public IReadOnlyList<string> Codes() => Diagnostics().Select(d => d.Code).ToList();
}
