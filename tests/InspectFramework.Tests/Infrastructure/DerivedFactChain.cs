using System.Globalization;
using System.Text;

namespace InspectFramework.Tests.Infrastructure;

/// <summary>
/// A valid framework whose one key question applies <c>when d0</c>, where d0 is defined from d1, d1
/// from d2, and so on down to the recorded fact <c>base</c>: a chain of derived facts as long as asked
/// (300,000 is about 10 MB, under the size limit). Anything that follows such a chain by recursion
/// overflows the stack.
/// </summary>
internal static class DerivedFactChain
{
    public const string ItemPath = "work.s.q";

    public static string Text(int length)
    {
        // In the canonical layout, so that 'inspect fmt --check' has nothing to change.
        var text = new StringBuilder("""
            framework chain {
              title "A chain of derived facts"
              version "1"
              publisher "Test inspectorate"
              effective 2020-01-01
            }

            scale rating "Rating" {
              level inadequate "Inadequate" points 0
              level good "Good" points 1
            }

            bands kq "Key questions" {
              of percentage rounded half_up to 0 decimals
              inadequate  0% to  49%
              good       50% to 100%
            }

            bands overall_bands "Overall" {
              of points
              inadequate 0 to 0
              good       1 to 1
            }

            overall rated by total points in overall_bands

            case type court "Court disposal"

            fact base "Base" boolean

            """);
        for (var i = 0; i < length; i++)
        {
            var next = i == length - 1 ? "base" : "d" + (i + 1).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"fact d{i} \"D{i}\" = {next}\n");
        }

        return text.Append("""

            domain 1 work "Work" for court {
              standard 1.1 s "S" {
                statement "S."
                rated by lowest key question in kq

                key question 1.1.1 q "Is it done?" when d0
              }
            }

            """).ToString();
    }
}
