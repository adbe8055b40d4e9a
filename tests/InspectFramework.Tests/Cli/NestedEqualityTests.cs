using System;
using System.Globalization;
using System.Linq;
using System.Text;
using InspectFramework.Cli;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Cli;

/// <summary>
/// Boolean equality lowers to one node holding each operand once. Expanded into
/// any(all(a, b), all(not a, not b)), a nest of them doubled at every level for every later walk:
/// 25 levels never finished `inspect schema`; the parser allows 100.
/// </summary>
public sealed class NestedEqualityTests
{
    // As deep as a framework can nest: the parser refuses more than 100 levels (IF0006).
    private const int Depth = 99;

    private static string Framework(int depth)
    {
        var text = new StringBuilder("""
            framework eq { title "Nested equality" version "1" publisher "P" effective 2020-01-01 }
            scale rating { level inadequate "Inadequate" points 0 level good "Good" points 1 }
            bands kq { of percentage rounded half_up to 0 decimals inadequate 0% to 49% good 50% to 100% }
            bands overall_bands { of points inadequate 0 to 0 good 1 to 1 }
            overall rated by total points in overall_bands
            case type court "Court disposal"

            """);
        for (var i = 0; i <= depth; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"fact b{i} \"B{i}\" boolean\n");
        }

        var condition = "b0";
        for (var i = 1; i <= depth; i++)
        {
            condition = $"({condition} == b{i})";
        }

        return text.Append(CultureInfo.InvariantCulture, $$"""
            fact x "X" = {{condition}}
            domain 1 work "Work" for court {
              standard 1.1 s "S" {
                statement "S."
                rated by lowest key question in kq
                key question 1.1.1 q "Is it done?" when x
              }
            }

            """).ToString();
    }

    [Fact]
    public void Boolean_equality_lowers_to_one_node_holding_each_operand_once()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("eq.inspect", Framework(2)));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));

        var x = compilation.Model!.Facts.Single(f => f.Name == "x").Derivation;

        Assert.Equal(
            new EquivalentCondition(new EquivalentCondition(new FactIsTrueCondition("b0"), new FactIsTrueCondition("b1")), new FactIsTrueCondition("b2")),
            x);
    }

    [Fact]
    public void Every_command_completes_on_equality_nested_as_deep_as_the_parser_allows()
    {
        using var folder = new TempFolder();
        folder.Write("eq.inspect", Framework(Depth));

        foreach (var args in new[]
        {
            new[] { "check", "eq.inspect" },
            new[] { "schema", "eq.inspect", "--out", "eq.schema.json" },
            new[] { "docs", "eq.inspect", "--out", "eq.html" },
            new[] { "docs", "eq.inspect", "--format", "markdown", "--out", "eq.md" },
            new[] { "generate", "eq.inspect", "--out", "generated" },
            new[] { "diff", "eq.inspect", "eq.inspect" },
        })
        {
            var result = CliRunner.Run(folder.Path, args);
            Assert.True(result.ExitCode == InspectApp.Success, $"inspect {string.Join(" ", args)}: {result}");
        }
    }
}
