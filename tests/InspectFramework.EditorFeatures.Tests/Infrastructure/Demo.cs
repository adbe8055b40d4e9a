using System;

namespace InspectFramework.EditorFeatures.Tests.Infrastructure;

/// <summary>A small framework without errors that declares and uses every kind of name once or twice
/// (inspect check: 0 errors, 0 warnings). Tests mark it with <see cref="Mark"/>.</summary>
internal static class Demo
{
    public const string Text = """
        framework demo {
          title "Demo"
          version "1"
          publisher "Someone"
          effective 2020-01-01
        }

        source report "The report"

        scale rating "Rating" {
          level poor "Poor" points 0
          level good "Good" points 1
        }

        bands kq "Key question bands" {
          of percentage rounded half_up to 0 decimals
          poor  0% to  49%
          good 50% to 100%
        }

        bands totals "Overall bands" {
          of points
          poor 0 to 0
          good 1 to 1
        }

        overall rated by total points in totals

        discretion {
          rationale required
          allow poor -> good when within 5 points
        }

        case type court "Court disposal"

        fact disposal "Type of disposal" one of { custody "Custody", referral "Referral order", caution "Caution" }
        fact harm "There are factors related to harm" boolean
        fact serious "The harm is serious" = harm and disposal == custody
        fact victim "There is an identifiable victim" boolean

        score safety "Safety"

        domain 1 cases "Cases" for court {
          provenance verbatim report "Annexe"
          standard 1.1 assessment "Assessment" {
            statement "Assessment is good."
            rated by lowest key question in kq
            key question 1.1.1 safe "Is the child kept safe?" when serious {
              contributes to safety
              prompt (a) victims "Are victims considered?" when victim
            }
            key question 1.1.2 plans "Is there a plan?" when disposal in {custody, referral}
          }
        }

        """;

    /// <summary>The demo with each pair's first text (which must occur exactly once) replaced by the
    /// second, which carries the markers: <c>("fact harm", "fact [|ha$$rm|]")</c>.</summary>
    public static MarkedText Mark(params (string Find, string Marked)[] replacements)
    {
        var text = Text;
        foreach (var (find, marked) in replacements)
        {
            var first = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(first >= 0 && text.IndexOf(find, first + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in the demo");
            text = text.Substring(0, first) + marked + text.Substring(first + find.Length);
        }

        return MarkedText.Parse(text);
    }
}
