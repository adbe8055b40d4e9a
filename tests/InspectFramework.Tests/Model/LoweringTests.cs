using System.Linq;
using InspectFramework.Model;
using InspectFramework.Text;

namespace InspectFramework.Tests.Model;

public sealed class LoweringTests
{
    internal const string Framework = """
        framework tiny {
          title "Tiny"
          version "1"
          publisher "Test"
          effective 2020-01-01
        }
        source s "Source document"
        scale rating {
          level inadequate "Inadequate" points 0
          level good "Good" points 1
        }
        bands kq "Key question bands" {
          of percentage rounded half_up to 0 decimals
          inadequate 0% to 64%
          good 65% to 100%
        }
        bands overall_bands "Overall" {
          of points
          inadequate 0 to 0
          good 1 to 1
        }
        overall rated by total points in overall_bands
        discretion {
          rationale required
          allow inadequate -> good when within 5 points
        }
        case type court "Court"
        fact harm "Harm" boolean
        fact disposal "Disposal" one of { custody "Custody", referral_order "Referral order" }
        fact sanctions "Previous sanctions" integer
        fact risky "Risky" = harm and disposal != custody or sanctions >= 2
        domain 1 court_work "Court work" for court {
          standard 1.1 assessment "Assessment" {
            statement "Assessment is good."
            rated by lowest key question in kq
            key question 1.1.1 desistance "Does assessment support desistance?" {
              provenance verbatim s "p. 1"
              prompt (a) strengths "Strengths?"
              prompt (b) victims "Victims?" when risky
            }
          }
        }
        """;

    private static FrameworkModel Lower(string text)
    {
        var compilation = FrameworkCompilation.Create(new SourceText("tiny.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }

    [Fact]
    public void Lowers_conditions_into_the_normal_form()
    {
        var model = Lower(Framework);
        var risky = model.Facts.Single(f => f.Name == "risky").Derivation;
        var expected = new AnyCondition(new ConditionModel[]
        {
            new AllCondition(new ConditionModel[]
            {
                new FactIsTrueCondition("harm"),
                new NotCondition(new MembershipCondition("disposal", new[] { "custody" }.ToEquatableArray())),
            }.ToEquatableArray()),
            new IntegerComparisonCondition(new IntegerFactOperand("sanctions"), Syntax.ComparisonOperator.GreaterOrEqual, new IntegerConstantOperand(2)),
        }.ToEquatableArray());
        Assert.Equal(expected, risky);
        var prompt = model.Domains[0].Standards[0].KeyQuestions[0].Prompts[1];
        Assert.Equal("1.1.1(b)", prompt.Number);
        Assert.Equal(new FactIsTrueCondition("risky"), prompt.Condition);
    }

    [Fact]
    public void Layout_and_comments_change_neither_the_model_nor_its_hash()
    {
        var original = Lower(Framework);
        var relaidOut = Lower("// a comment\n" + Framework.Replace("\n", "\n\n").Replace("  ", "    "));
        Assert.Equal(original, relaidOut);
        Assert.Equal(original.ContentHash, relaidOut.ContentHash);
        Assert.StartsWith("sha256:", original.ContentHash);
    }

    [Fact]
    public void A_wording_change_changes_the_model_and_its_hash()
    {
        var original = Lower(Framework);
        var reworded = Lower(Framework.Replace("Strengths?", "Strengths and protective factors?"));
        Assert.NotEqual(original, reworded);
        Assert.NotEqual(original.ContentHash, reworded.ContentHash);
    }

    [Fact]
    public void A_framework_with_errors_has_no_model()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("bad.inspect", Framework.Replace("when risky", "when riskyy")));
        Assert.True(compilation.HasErrors);
        Assert.Null(compilation.Model);
    }
}
