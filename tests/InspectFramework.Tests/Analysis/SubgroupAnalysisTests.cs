using System.Linq;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Analysis;
using InspectFramework.Tooling.Statistics;

namespace InspectFramework.Tests.Analysis;

/// <summary>
/// The analysis engine on small inspections built here, checked against counts, percentages and test
/// results worked out by hand (the test statistics with Python's math module: erfc for the normal
/// tail, math.comb for Fisher's hypergeometric sums, exp(-X²/2) for the chi-square tail at 2 df).
/// </summary>
public sealed class SubgroupAnalysisTests
{
    private static AnalysisRow Row(AnalysisResult result, string number) => result.Rows.Single(r => r.Definition.Number == number);

    [Fact]
    public void Each_subgroup_gets_its_percentage_and_N_and_a_clear_difference_gets_three_stars()
    {
        // Male 40 of 50 yes (80%), female 20 of 50 (40%); all 60 of 100.
        var inspection = new AnalysisInspection().Add(40, 50, gender: "male").Add(20, 50, gender: "female");

        var (result, problems) = AnalysisInspection.Analyse("gender", null, inspection);

        Assert.Empty(problems);
        Assert.True(result.IsAnalysed);
        Assert.Equal(new[] { "Male", "Female" }, result.Groups.Select(g => g.Label));
        Assert.Equal(new long[] { 50, 50 }, result.Cases.Groups);
        var row = Row(result, "1.1.1");
        Assert.Equal(new Proportion(40, 50), row.Groups[0]);
        Assert.Equal(new Proportion(20, 50), row.Groups[1]);
        Assert.Equal(new Proportion(60, 100), row.All);
        Assert.Equal(80m, row.Groups[0].Percent(row.Definition));
        Assert.Equal(40m, row.Groups[1].Percent(row.Definition));

        // Expected counts 30 and 20 per group: the z-test. By hand: z = 0.4 / sqrt(0.6 * 0.4 * (1/50 + 1/50))
        // = 4.08248290463863, p = erfc(z / sqrt 2) = 4.45570906040562e-05.
        Assert.Equal(SignificanceTestKind.TwoProportionZ, row.Test!.Test);
        Assert.Equal(4.08248290463863, row.Test.Statistic, 1e-12);
        Assert.Equal(4.45570906040562e-05, row.Test.PValue, 1e-15);
        Assert.Equal("***", row.Stars);
    }

    [Fact]
    public void Small_groups_go_to_Fishers_test_and_a_difference_that_may_be_chance_gets_no_star()
    {
        // 8 of 10 against 3 of 10: expected counts 5.5 and 4.5, below 5. By hand: P(table) =
        // C(10,8) C(10,3) / C(20,11) = 0.03215051202667302; two-sided p = 0.06977851869492735.
        var inspection = new AnalysisInspection().Add(8, 10, gender: "male").Add(3, 10, gender: "female");

        var row = Row(AnalysisInspection.Analyse("gender", null, inspection).Result, "1.1.1");

        Assert.Equal(SignificanceTestKind.FisherExact, row.Test!.Test);
        Assert.Equal(0.03215051202667302, row.Test.Statistic, 1e-13);
        Assert.Equal(0.06977851869492735, row.Test.PValue, 1e-13);
        Assert.Equal("-", row.Stars);
    }

    [Fact]
    public void Three_subgroups_use_chi_square()
    {
        // 30, 20 and 10 of 40: X² = 20 (by hand: expected 20 yes and 20 no per group, 6 cells of 5), 2 df, p = e^-10.
        var inspection = new AnalysisInspection().Add(30, 40, ethnicity: "white").Add(20, 40, ethnicity: "black").Add(10, 40, ethnicity: "asian");

        var row = Row(AnalysisInspection.Analyse("ethnicity", null, inspection).Result, "1.1.1");

        Assert.Equal(new[] { 75m, 50m, 25m }, row.Groups.Select(g => g.Percent(row.Definition)!.Value));
        Assert.Equal(SignificanceTestKind.PearsonChiSquare, row.Test!.Test);
        Assert.Equal(2, row.Test.DegreesOfFreedom);
        Assert.Equal(20.0, row.Test.Statistic, 1e-12);
        Assert.Equal(4.5399929762484854e-05, row.Test.PValue, 1e-15);
        Assert.Equal("***", row.Stars);
    }

    [Fact]
    public void Cases_without_the_fact_are_counted_as_not_recorded_and_left_out_of_the_test_only()
    {
        // 3 cases record no gender: 2 yes, 1 no.
        var inspection = new AnalysisInspection().Add(40, 50, gender: "male").Add(20, 50, gender: "female").Add(2, 3);

        var (result, _) = AnalysisInspection.Analyse("gender", null, inspection);

        Assert.Equal(103, result.Cases.All);
        Assert.Equal(3, result.Cases.NotRecorded);
        var row = Row(result, "1.1.1");
        Assert.Equal(new Proportion(2, 3), row.NotRecorded);
        Assert.Equal(new Proportion(62, 103), row.All);

        // The test is the one between male and female alone.
        Assert.Equal(4.08248290463863, row.Test!.Statistic, 1e-12);
    }

    [Fact]
    public void N_counts_only_the_cases_a_key_question_applies_to_and_answered_yes_or_no()
    {
        var inspection = new AnalysisInspection()
            .Case("yes", gender: "male", harm: true, others: "no")
            .Case("yes", gender: "male", harm: true, others: "yes")
            .Case("no", gender: "male", review: "not_applicable")
            .Case("yes", gender: "female", harm: true, others: "yes", review: "no")
            .Case("no", gender: "female");

        var result = AnalysisInspection.Analyse("gender", null, inspection).Result;

        // 1.1.2 applies only with harm: male 1 of 2, female 1 of 1.
        var others = Row(result, "1.1.2");
        Assert.Equal(new Proportion(1, 2), others.Groups[0]);
        Assert.Equal(new Proportion(1, 1), others.Groups[1]);

        // 1.1.3 "not applicable" leaves the denominator: male 2 of 2, female 1 of 2.
        var review = Row(result, "1.1.3");
        Assert.Equal(new Proportion(2, 2), review.Groups[0]);
        Assert.Equal(new Proportion(1, 2), review.Groups[1]);

        // The pooled score "safety" adds up 1.1.2 and 1.1.3: male 3 of 4, female 2 of 3, all 5 of 7.
        var safety = Row(result, "safety");
        Assert.Equal(AnalysisRowKind.Score, safety.Definition.Kind);
        Assert.Equal("Safety", safety.Definition.Text);
        Assert.Equal(new Proportion(3, 4), safety.Groups[0]);
        Assert.Equal(new Proportion(2, 3), safety.Groups[1]);
        Assert.Equal(new Proportion(5, 7), safety.All);
        Assert.Equal(new[] { 75m, 67m }, safety.Groups.Select(g => g.Percent(safety.Definition)!.Value));
        Assert.Same(safety, result.Rows[0]);
    }

    [Fact]
    public void Boolean_facts_list_yes_then_no()
    {
        var inspection = new AnalysisInspection().Add(1, 4, lookedAfter: true).Add(6, 6, lookedAfter: false);

        var result = AnalysisInspection.Analyse("looked_after", null, inspection).Result;

        Assert.Equal(new[] { "yes", "no" }, result.Groups.Select(g => g.Name));
        var row = Row(result, "1.1.1");
        Assert.Equal(new Proportion(1, 4), row.Groups[0]);
        Assert.Equal(new Proportion(6, 6), row.Groups[1]);
        Assert.Equal(25m, row.Groups[0].Percent(row.Definition));
    }

    [Fact]
    public void Integer_facts_split_by_each_value_or_by_bands()
    {
        var inspection = new AnalysisInspection()
            .Add(1, 2, sanctions: 0).Add(2, 2, sanctions: 1).Add(1, 3, sanctions: 3).Add(0, 1, sanctions: 5).Add(1, 1, sanctions: 9);

        var byValue = AnalysisInspection.Analyse("sanctions", null, inspection).Result;
        Assert.Equal(new[] { "0", "1", "3", "5", "9" }, byValue.Groups.Select(g => g.Label));
        Assert.Equal(new long[] { 2, 2, 3, 1, 1 }, byValue.Cases.Groups);

        // 9 is outside every band: counted apart, like an unrecorded value.
        var banded = AnalysisInspection.Analyse("sanctions", "0,1-2,3-5", inspection).Result;
        Assert.Equal(new[] { "0", "1-2", "3-5" }, banded.Groups.Select(g => g.Label));
        var row = Row(banded, "1.1.1");
        Assert.Equal(new[] { new Proportion(1, 2), new Proportion(2, 2), new Proportion(1, 4) }, row.Groups);
        Assert.Equal(1, banded.Cases.OutsideBands);
        Assert.Equal(new Proportion(1, 1), row.OutsideBands);
        Assert.Equal(new Proportion(5, 9), row.All);
    }

    [Fact]
    public void Several_inspections_give_each_ones_figures_the_pooled_total_and_the_range()
    {
        var first = new AnalysisInspection("North").Add(9, 10, gender: "male").Add(3, 10, gender: "female");
        var second = new AnalysisInspection("South").Add(5, 10, gender: "male").Add(5, 10, gender: "female");
        var third = new AnalysisInspection("West").Add(2, 5, gender: "male");

        var result = AnalysisInspection.Analyse("gender", null, first, second, third).Result;

        Assert.Equal(new[] { "North", "South", "West" }, result.Inspections.Select(i => i.Service));
        var row = Row(result, "1.1.1");
        Assert.Equal(new[] { new Proportion(12, 20), new Proportion(10, 20), new Proportion(2, 5) }, row.ByInspection);
        Assert.Equal(new Proportion(24, 45), row.All);
        Assert.Equal((40m, 60m, 3), row.Range);

        // The subgroups pool over the inspections: male 16 of 25, female 8 of 20.
        Assert.Equal(new Proportion(16, 25), row.Groups[0]);
        Assert.Equal(new Proportion(8, 20), row.Groups[1]);

        // 1.1.2 applied nowhere: no percentage, no range.
        Assert.Null(Row(result, "1.1.2").Range);
    }

    [Fact]
    public void A_problem_in_any_inspection_refuses_the_analysis_and_names_every_problem()
    {
        var good = new AnalysisInspection("Good").Add(4, 5, gender: "male");
        var bad = new AnalysisInspection("Bad").Case("maybe", gender: "male").Case("yes", gender: "other");

        var (result, problems) = AnalysisInspection.Analyse("gender", null, good, bad);

        Assert.False(result.IsAnalysed);
        Assert.Empty(result.Rows);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("inspection-2.json", p.Location.Path));
        Assert.Equal(2, result.Inspections[1].Result.CasesRead);
        Assert.Equal(2, result.Inspections[1].Result.CasesRejected);
        Assert.True(result.Inspections[0].Result.IsScored);
    }

    [Fact]
    public void An_integer_fact_with_too_many_values_is_refused_with_the_way_out()
    {
        var inspection = new AnalysisInspection();
        for (var i = 0; i <= SubgroupFact.MaxDistinctValues; i++)
        {
            inspection.Case("yes", sanctions: i);
        }

        var result = AnalysisInspection.Analyse("sanctions", null, inspection).Result;

        Assert.False(result.IsAnalysed);
        Assert.Contains("--bins", result.Refusal);
    }

    [Theory]
    [InlineData("gendr", null, "the framework has no fact called 'gendr'. Did you mean 'gender'? Its facts for analysis: gender, ethnicity, looked_after, sanctions.")]
    [InlineData("gender", "0,1", "--bins bands an integer fact, and 'gender' is a 'one of' fact: its subgroups are its values. Leave out --bins.")]
    [InlineData("sanctions", "0,x", "--bins: 'x' is not a band. Write the bands in order, separated by commas, each a value (1), a range (2-5) or an open top (6+), for example --bins 0,1,2-5,6+.")]
    [InlineData("sanctions", "0-3,2-5", "--bins: band '2-5' overlaps or comes before '0-3'. Write the bands in order, separated by commas, each a value (1), a range (2-5) or an open top (6+), for example --bins 0,1,2-5,6+.")]
    [InlineData("sanctions", "6+,7", "--bins: band '7' overlaps or comes before '6+'. Write the bands in order, separated by commas, each a value (1), a range (2-5) or an open top (6+), for example --bins 0,1,2-5,6+.")]
    public void A_wrong_fact_or_wrong_bands_say_what_to_do(string fact, string? bins, string expected)
    {
        Assert.Null(SubgroupFact.Create(AnalysisInspection.Plan, fact, bins, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Bands_parse_single_values_ranges_and_an_open_top()
    {
        var fact = SubgroupFact.Create(AnalysisInspection.Plan, "sanctions", " 0, 1 ,2-5,6+", out _)!;

        Assert.Equal(new[] { new IntegerBand(0, 0), new IntegerBand(1, 1), new IntegerBand(2, 5), new IntegerBand(6, null) }, fact.Bands);
        Assert.Equal(new[] { 0, 1, 2, 2, 3, 3, -1 }, new[] { 0, 1, 2, 5, 6, 1000, -1 }.Select(fact.KeyOf));
    }
}
