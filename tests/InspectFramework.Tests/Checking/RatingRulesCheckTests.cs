using System.Linq;
using System.Text;

namespace InspectFramework.Tests.Checking;

public sealed class RatingRulesCheckTests
{
    // With rounding to d decimals the next band starts exactly 10^-d after the previous one ends.
    [Theory]
    [InlineData(0, "49", "50", null)]
    [InlineData(0, "49", "51", "IF0301")]
    [InlineData(0, "49", "49", "IF0302")]
    [InlineData(1, "49.9", "50.0", null)]
    [InlineData(1, "49.9", "50", null)]
    [InlineData(1, "49", "50", "IF0301")]
    [InlineData(1, "50.0", "50.0", "IF0302")]
    [InlineData(2, "49.99", "50.00", null)]
    [InlineData(2, "49.99", "50.01", "IF0301")]
    public void Adjacent_bands_meet_one_rounding_step_apart(int decimals, string end, string nextStart, string? expected)
    {
        var framework = new TestFramework
        {
            KeyQuestionBands = TestFramework.PercentageBands("key_question_bands", decimals, "0", end, nextStart, JustBelow(65, decimals), "65", JustBelow(80, decimals), "80", "100"),
        };

        var codes = framework.Codes();

        if (expected is null)
        {
            Assert.Empty(codes);
        }
        else
        {
            Assert.Equal(new[] { expected }, codes);
        }
    }

    [Fact]
    public void A_gap_names_every_uncovered_value_at_the_rounding()
    {
        var framework = new TestFramework
        {
            KeyQuestionBands = TestFramework.PercentageBands("key_question_bands", 1, "0", "49", "50", "64.9", "65", "79.9", "80", "100"),
        };

        var gap = Assert.Single(framework.Diagnostics());

        Assert.Equal("IF0301", gap.Code);
        Assert.Contains("no band covers 49.1% to 49.9%", gap.Message);
        Assert.Contains("Start this band at 49.1%", gap.Message);
    }

    [Fact]
    public void Twelve_standards_at_three_points_are_banded_0_to_36()
    {
        var framework = WithStandards(12);

        Assert.Empty(framework.Diagnostics());
    }

    [Fact]
    public void A_thirteenth_standard_without_new_bands_is_reported_at_the_top_edge()
    {
        var framework = WithStandards(13);

        var diagnostic = Assert.Single(framework.Diagnostics());

        Assert.Equal("IF0305", diagnostic.Code);
        Assert.Contains("0 to 39 points (13 standards x 3 points)", diagnostic.Message);
        Assert.Contains("ends at 36", diagnostic.Message);
        Assert.Equal(framework.ToString().IndexOf("31 to 36", System.StringComparison.Ordinal) + "31 to ".Length, diagnostic.Location.Span.Start);
    }

    [Fact]
    public void Judgement_standards_count_towards_the_reachable_points()
    {
        var framework = new TestFramework
        {
            Domains = new TestFramework().Domains + """

                domain 2 organisation "Organisational delivery" {
                  standard 2.1 governance "Governance and leadership" {
                    statement "Leadership supports a high-quality service."
                    rated by judgement
                  }
                }
                """,
        };

        var diagnostic = Assert.Single(framework.Diagnostics());

        Assert.Equal("IF0305", diagnostic.Code);
        Assert.Contains("3 standards x 3 points", diagnostic.Message);
    }

    [Fact]
    public void Bands_over_points_that_go_beyond_the_reachable_total_are_reported()
    {
        var framework = new TestFramework { OverallBands = TestFramework.PointsBands("overall_bands", 0, 1, 2, 3, 4, 5, 6, 7) };

        var diagnostic = Assert.Single(framework.Diagnostics());

        Assert.Equal("IF0305", diagnostic.Code);
        Assert.Contains("more than any total can reach", diagnostic.Message);
    }

    [Fact]
    public void An_unreadable_edge_is_reported_once_without_gaps_or_coverage_following_from_it()
    {
        var framework = new TestFramework
        {
            KeyQuestionBands = TestFramework.PercentageBands("key_question_bands", 0, "0", "49", "50", "64.1.2", "65", "79", "80", "100"),
        };

        Assert.Equal(new[] { "IF0112" }, framework.Codes());
    }

    [Fact]
    public void Edges_are_not_judged_against_a_rounding_rule_that_could_not_be_read()
    {
        var framework = new TestFramework
        {
            KeyQuestionBands = TestFramework.PercentageBands("key_question_bands", 9, "0", "49.9", "50.0", "64.9", "65.0", "79.9", "80.0", "100"),
        };

        Assert.Equal(new[] { "IF0112" }, framework.Codes());
    }

    [Fact]
    public void An_edge_above_100_percent_is_reported_without_a_coverage_error_as_well()
    {
        var framework = new TestFramework
        {
            KeyQuestionBands = TestFramework.PercentageBands("key_question_bands", 0, "0", "49", "50", "64", "65", "79", "80", "101"),
        };

        Assert.Equal(new[] { "IF0312" }, framework.Codes());
    }

    [Fact]
    public void An_absurdly_large_points_edge_is_out_of_range_not_an_overflow()
    {
        var framework = new TestFramework
        {
            OverallBands = TestFramework.Bands("overall_bands", "of points", "0", "1", "2", "3", "4", "79228162514264337593543950335", "6", "6"),
        };

        Assert.Equal(new[] { "IF0312" }, framework.Codes());
    }

    [Fact]
    public void Unreadable_level_points_do_not_make_the_overall_bands_wrong()
    {
        var framework = new TestFramework { Scale = new TestFramework().Scale.Replace("points 3", "points 99999999999") };

        Assert.Equal(new[] { "IF0112" }, framework.Codes());
    }

    [Fact]
    public void A_level_banded_twice_is_not_also_out_of_order()
    {
        var framework = new TestFramework
        {
            KeyQuestionBands = TestFramework.Bands("key_question_bands", "of percentage rounded half_up to 0 decimals", "0", "49", "50", "64", "65", "79", "80", "100")
                .Replace("outstanding", "requires_improvement"),
        };

        // The table now bands 80% to 100% as requires_improvement a second time.
        Assert.Equal(new[] { "IF0316" }, framework.Codes());
    }

    [Fact]
    public void A_table_of_percentages_may_leave_out_the_percent_signs()
    {
        var framework = new TestFramework
        {
            KeyQuestionBands = TestFramework.Bands("key_question_bands", "of percentage rounded half_up to 0 decimals", "0", "49", "50", "64", "65", "79", "80", "100"),
        };

        Assert.Empty(framework.Diagnostics());
    }

    [Fact]
    public void A_discretion_block_without_moves_needs_no_rationale()
    {
        var framework = new TestFramework { Overall = new TestFramework().Overall + "\ndiscretion {\n}\n" };

        Assert.Empty(framework.Diagnostics());
    }

    [Fact]
    public void A_standard_sharing_the_framework_discretion_does_not_repeat_its_diagnostics()
    {
        var framework = new TestFramework
        {
            Overall = new TestFramework().Overall + "\ndiscretion {\n  allow requires_improvement -> good when within 5 points\n}\n",
        };

        Assert.Equal(new[] { "IF0318" }, framework.Codes());
    }

    [Fact]
    public void A_decimal_discretion_margin_within_range_is_accepted()
    {
        var framework = new TestFramework
        {
            Overall = new TestFramework().Overall + "\ndiscretion {\n  rationale required\n  allow requires_improvement -> good when within 2.5 points\n}\n",
        };

        Assert.Empty(framework.Diagnostics());
    }

    [Fact]
    public void Equal_points_on_neighbouring_levels_are_allowed()
    {
        var framework = new TestFramework { Scale = new TestFramework().Scale.Replace("\"Good\" points 2", "\"Good\" points 1") };

        Assert.Empty(framework.Diagnostics());
    }

    [Fact]
    public void A_computed_standard_in_a_domain_with_an_unknown_case_type_is_left_to_the_binder()
    {
        var framework = new TestFramework { Domains = new TestFramework().Domains.Replace("for court", "for courts") };

        Assert.Equal(new[] { "IF0109" }, framework.Codes());
    }

    /// <summary>The last value before <paramref name="whole"/> at the rounding: 64, 64.9, 64.99, ...</summary>
    private static string JustBelow(int whole, int decimals)
    {
        var step = 1m;
        for (var i = 0; i < decimals; i++)
        {
            step /= 10m;
        }

        return (whole - step).ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Standards 1.1 ... 1.n, each with one key question; overall bands as published for 12 standards (0 to 36).</summary>
    private static TestFramework WithStandards(int count)
    {
        var domain = new StringBuilder("domain 1 cases \"Case work\" for court {\n");
        for (var i = 1; i <= count; i++)
        {
            domain.Append($"  standard 1.{i} s{i} \"Standard {i}\" {{\n    statement \"Statement {i}.\"\n    rated by lowest key question in key_question_bands\n");
            domain.Append($"    key question 1.{i}.1 q \"Question of standard {i}?\"\n  }}\n");
        }

        return new TestFramework
        {
            OverallBands = TestFramework.PointsBands("overall_bands", 0, 6, 7, 18, 19, 30, 31, 36),
            Domains = domain.Append("}\n").ToString(),
        };
    }
}
