using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;
using InspectFramework.Tooling.Diff;

namespace InspectFramework.Tests.Diff;

public sealed class ApplicabilityComparerTests
{
    private static readonly FrameworkModel Sample = FrameworkCompilation.Create(new SourceText("s.inspect", DiffSample.Base)).Model!;

    private static readonly ConditionModel Harm = new FactIsTrueCondition("harm");
    private static readonly ConditionModel Victim = new FactIsTrueCondition("victim");

    private static ConditionModel Not(ConditionModel c) => new NotCondition(c);

    private static ConditionModel All(params ConditionModel[] c) => new AllCondition(c.ToEquatableArray());

    private static ConditionModel Any(params ConditionModel[] c) => new AnyCondition(c.ToEquatableArray());

    private static ConditionModel In(string fact, params string[] members) => new MembershipCondition(fact, members.ToEquatableArray());

    private static ConditionModel Sanctions(Comparison op, int value) =>
        new IntegerComparisonCondition(new IntegerFactOperand("sanctions"), op, new IntegerConstantOperand(value));

    private static ApplicabilityChange Compare(ConditionModel? before, ConditionModel? after) =>
        new ApplicabilityComparer(Sample, Sample).Compare(before, after);

    [Fact]
    public void Conditions_written_differently_with_the_same_cases_are_the_same()
    {
        Assert.Equal(ApplicabilityChange.Same, Compare(Not(Any(Harm, Victim)), All(Not(Harm), Not(Victim))));
        Assert.Equal(ApplicabilityChange.Same, Compare(Sanctions(Comparison.Greater, 2), Sanctions(Comparison.GreaterOrEqual, 3)));
        Assert.Equal(ApplicabilityChange.Same, Compare(Not(In("disposal", "custody")), In("disposal", "referral_order", "caution")));
        Assert.Equal(ApplicabilityChange.Same, Compare(null, Any(Harm, Not(Harm))));
        Assert.Equal(ApplicabilityChange.Same, Compare(new FactIsTrueCondition("concerns"), Any(Victim, Harm)));
    }

    [Fact]
    public void Widening_narrowing_and_shifting_are_told_apart()
    {
        Assert.Equal(ApplicabilityChange.Widened, Compare(Harm, Any(Harm, Victim)));
        Assert.Equal(ApplicabilityChange.Narrowed, Compare(Harm, All(Harm, Victim)));
        Assert.Equal(ApplicabilityChange.Shifted, Compare(Harm, Victim));
        Assert.Equal(ApplicabilityChange.Narrowed, Compare(null, Harm));
        Assert.Equal(ApplicabilityChange.Widened, Compare(Sanctions(Comparison.Greater, 2), Sanctions(Comparison.Greater, 1)));
        Assert.Equal(ApplicabilityChange.Shifted, Compare(Sanctions(Comparison.Less, 2), Sanctions(Comparison.Equal, 5)));
        Assert.Equal(ApplicabilityChange.Widened, Compare(In("disposal", "custody"), In("disposal", "custody", "caution")));
    }

    [Fact]
    public void Comparisons_of_two_integer_facts_are_left_undecided()
    {
        var factToFact = new IntegerComparisonCondition(new IntegerFactOperand("sanctions"), Comparison.Less, new IntegerFactOperand("sanctions"));
        Assert.Equal(ApplicabilityChange.Undecided, Compare(Harm, factToFact));
    }

    [Fact]
    public void A_changed_derived_fact_changes_the_conditions_that_use_it()
    {
        var narrower = FrameworkCompilation.Create(new SourceText("s.inspect", DiffSample.Base.Replace("= harm or victim", "= harm and victim"))).Model!;
        var comparer = new ApplicabilityComparer(Sample, narrower);
        var concerns = new FactIsTrueCondition("concerns");
        Assert.True(comparer.UsesChangedDerivation(concerns));
        Assert.False(comparer.UsesChangedDerivation(Harm));
        Assert.Equal(ApplicabilityChange.Narrowed, comparer.Compare(concerns, concerns));
    }
}
