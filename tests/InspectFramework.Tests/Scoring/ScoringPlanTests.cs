using System;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

public sealed class ScoringPlanTests
{
    private const string Facts = """
        fact risky "Risky" = serious or sanctions >= 2
        fact serious "Serious" = custodial and harm
        fact custodial "Custodial" = disposal == custody

        """;

    private static FrameworkModel Model()
    {
        var text = InspectFramework.Tests.Model.LoweringTests.Framework.Replace("fact risky \"Risky\" = harm and disposal != custody or sanctions >= 2\n", Facts, StringComparison.Ordinal);
        var compilation = FrameworkCompilation.Create(new SourceText("tiny.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }

    [Fact]
    public void Derived_facts_are_worked_out_in_the_models_order()
    {
        var model = Model();
        var plan = ScoringPlan.Create(model);
        Assert.Equal(model.DerivedFactOrder, plan.DerivedOrder.Select(i => plan.Facts[i].Name));
    }

    [Theory]
    [InlineData("risky,serious,custodial", "puts 'risky' before 'serious'")]
    [InlineData("custodial,serious", "leaves out some derived facts")]
    [InlineData("custodial,serious,risky,risky", "names 'risky', which is not a derived fact or comes twice")]
    [InlineData("harm,custodial,serious,risky", "names 'harm', which is not a derived fact")]
    public void A_model_whose_derived_fact_order_lowering_did_not_make_is_refused_as_a_mistake_of_the_caller(string order, string reason)
    {
        var model = Model() with { DerivedFactOrder = order.Split(',').ToEquatableArray() };
        var error = Assert.Throws<ArgumentException>(() => ScoringPlan.Create(model));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_with_a_reference_that_does_not_resolve_is_refused_as_a_mistake_of_the_caller()
    {
        var model = Model() with { Overall = new OverallModel("missing") };
        var error = Assert.Throws<ArgumentException>(() => ScoringPlan.Create(model));
        Assert.Contains("its overall rule names an undeclared band table 'missing'", error.Message, StringComparison.Ordinal);
    }
}
