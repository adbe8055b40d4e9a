using System.Linq;
using InspectFramework.Compiler.Checking;
using static InspectFramework.Tests.Checking.ConditionFrameworks;

namespace InspectFramework.Tests.Checking;

public sealed class DerivedFactGraphTests
{
    [Fact]
    public void Each_derived_fact_comes_after_the_derived_facts_it_uses()
    {
        var facts = """
            fact high "High" = serious or harm
            fact serious "Serious" = custodial and sanctions > 2
            fact custodial "Custodial" = disposal == custody
            fact other "Other" = victim

            """;
        var graph = DerivedFactGraph.Build(Compile(WithQuestion("high", facts)).Framework!.Facts);
        Assert.Equal(new[] { "custodial", "serious", "high", "other" }, graph.EvaluationOrder.Select(f => f.Name));
        Assert.Empty(graph.Cycles);
    }

    [Fact]
    public void Facts_on_a_cycle_are_opaque_and_left_out_of_the_evaluation_order()
    {
        var facts = """
            fact uses "Uses" = a or harm
            fact a "A" = b and harm
            fact b "B" = not a

            """;
        var graph = DerivedFactGraph.Build(Compile(WithQuestion("uses", facts)).Framework!.Facts);
        Assert.Equal(new[] { "uses" }, graph.EvaluationOrder.Select(f => f.Name));
        var cycle = Assert.Single(graph.Cycles);
        Assert.Equal(new[] { "a", "b", "a" }, cycle.Select(f => f.Name));
        var byName = graph.Facts.ToDictionary(f => f.Name);
        Assert.True(graph.IsOpaque(byName["a"]));
        Assert.True(graph.IsOpaque(byName["b"]));
        Assert.False(graph.IsOpaque(byName["uses"]));
        Assert.True(graph.IsExpanded(byName["uses"]));
        Assert.False(graph.IsExpanded(byName["harm"]));
    }

    [Fact]
    public void A_derived_fact_built_on_one_that_failed_to_bind_is_unknown()
    {
        var facts = """
            fact broken "Broken" = hram
            fact uses "Uses" = broken or harm
            fact fine "Fine" = harm

            """;
        var graph = DerivedFactGraph.Build(Compile(WithQuestion("harm", facts)).Framework!.Facts);
        var byName = graph.Facts.ToDictionary(f => f.Name);
        Assert.True(graph.IsUnknown(byName["broken"]));
        Assert.True(graph.IsUnknown(byName["uses"]));
        Assert.False(graph.IsUnknown(byName["fine"]));
    }
}
