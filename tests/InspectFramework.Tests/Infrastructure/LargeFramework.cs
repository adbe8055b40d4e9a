using System.Globalization;
using System.Text;

namespace InspectFramework.Tests.Infrastructure;

/// <summary>
/// A valid framework of any size, for the pathological-size tests: one domain of
/// <c>standards</c> standards, each with <c>keyQuestions</c> key questions of <c>prompts</c>
/// lettered prompts (at most 26), all wording distinct; the overall bands cover every point.
/// </summary>
internal static class LargeFramework
{
    public static string Text(int standards, int keyQuestions, int prompts)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            framework large {
              title "A large framework"
              version "1"
              publisher "Test inspectorate"
              effective 2020-01-01
            }
            scale rating "Rating" {
              level inadequate "Inadequate" points 0
              level requires_improvement "Requires improvement" points 1
              level good "Good" points 2
              level outstanding "Outstanding" points 3
            }
            bands kq "Key questions" {
              of percentage rounded half_up to 0 decimals
              inadequate 0% to 49%
              requires_improvement 50% to 64%
              good 65% to 79%
              outstanding 80% to 100%
            }
            bands overall_bands "Overall" {
              of points
              inadequate 0 to {{standards}}
              outstanding {{standards + 1}} to {{3 * standards}}
            }
            overall rated by total points in overall_bands
            case type court "Court disposal"
            domain 1 work "Work" for court {

            """);
        for (var s = 1; s <= standards; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  standard 1.{s} s{s} \"Standard {s}\" {{\n    statement \"Statement {s}.\"\n    rated by lowest key question in kq\n");
            for (var k = 1; k <= keyQuestions; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $"    key question 1.{s}.{k} q{k} \"Does the work in standard {s} meet question {k}?\" {{\n");
                for (var p = 0; p < prompts; p++)
                {
                    var letter = (char)('a' + p);
                    text.Append(CultureInfo.InvariantCulture, $"      prompt ({letter}) p{letter} \"Does the work in {s}.{k} meet prompt {letter}?\"\n");
                }

                text.Append("    }\n");
            }

            text.Append("  }\n");
        }

        return text.Append("}\n").ToString();
    }
}
