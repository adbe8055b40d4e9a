using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Checking;
using static InspectFramework.Tests.Checking.ConditionFrameworks;

namespace InspectFramework.Tests.Checking;

public sealed class ConditionEvaluatorTests
{
    // The case every row is evaluated against: harm, no victim, 3 previous sanctions, 5 other agencies, a referral order.
    [Theory]
    [InlineData("harm", true)]
    [InlineData("victim", false)]
    [InlineData("not victim", true)]
    [InlineData("not not victim", false)]
    [InlineData("harm and victim", false)]
    [InlineData("harm and not victim and sanctions == 3", true)]
    [InlineData("victim or sanctions > 4 or disposal == custody", false)]
    [InlineData("victim or sanctions > 2", true)]
    [InlineData("sanctions < 3", false)]
    [InlineData("sanctions <= 3", true)]
    [InlineData("sanctions > 3", false)]
    [InlineData("sanctions >= 3", true)]
    [InlineData("sanctions != 3", false)]
    [InlineData("3 == sanctions", true)]
    [InlineData("sanctions < others", true)]
    [InlineData("sanctions == others", false)]
    [InlineData("disposal == referral_order", true)]
    [InlineData("disposal != referral_order", false)]
    [InlineData("referral_order == disposal", true)]
    [InlineData("disposal in {custody, referral_order}", true)]
    [InlineData("disposal in {custody, yro}", false)]
    [InlineData("disposal not in {custody, yro}", true)]
    [InlineData("disposal not in {referral_order}", false)]
    [InlineData("harm == true", true)]
    [InlineData("harm == victim", false)]
    [InlineData("(harm or victim) == (sanctions > 1)", true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Evaluates_conditions_for_one_case(string condition, bool expected)
    {
        var (framework, bound) = Bind(condition);
        var values = new Values(framework)
        {
            ["harm"] = 1,
            ["victim"] = 0,
            ["sanctions"] = 3,
            ["others"] = 5,
            ["disposal"] = 1, // referral_order, the second member
        };

        Assert.True(ConditionEvaluator.CanEvaluate(bound));
        Assert.Equal(expected, ConditionEvaluator.IsTrue(bound, values));
    }

    [Fact]
    public void Derived_facts_are_read_from_the_values_like_recorded_ones()
    {
        var (framework, bound) = Bind("custodial and harm", "fact custodial \"Custodial\" = disposal == custody\n");
        var values = new Values(framework) { ["harm"] = 1, ["disposal"] = 0, ["custodial"] = 0 };
        Assert.False(ConditionEvaluator.IsTrue(bound, values));
        values["custodial"] = 1;
        Assert.True(ConditionEvaluator.IsTrue(bound, values));
    }

    [Theory]
    [InlineData("hram")]
    [InlineData("sanctions")]
    [InlineData("not sanctions")]
    [InlineData("harm and disposal")]
    [InlineData("disposal == custdy")]
    [InlineData("harm == 3")]
    public void A_condition_whose_binding_failed_cannot_be_evaluated(string condition)
    {
        var (_, bound) = Bind(condition);
        Assert.False(ConditionEvaluator.CanEvaluate(bound));
    }

    [Fact]
    public void Member_index_is_the_position_among_the_values()
    {
        var (framework, _) = Bind("harm");
        var disposal = framework.Facts.Single(f => f.Name == "disposal");
        Assert.Equal(new[] { 0, 1, 2 }, disposal.Members.Select(m => ConditionEvaluator.MemberIndex(disposal, m)));
    }

    private static (FrameworkSymbol Framework, BoundExpression Condition) Bind(string condition, string facts = "")
    {
        var framework = Compile(WithQuestion(condition, facts)).Framework!;
        var question = framework.AllItems.Single(i => i.Kind == ItemKind.KeyQuestion);
        return (framework, question.Condition!);
    }

    private sealed class Values : IFactValues
    {
        private readonly FrameworkSymbol _framework;
        private readonly Dictionary<FactSymbol, long> _values = new();

        public Values(FrameworkSymbol framework) => _framework = framework;

        public long this[string name]
        {
            set => _values[_framework.Facts.Single(f => f.Name == name)] = value;
        }

        public long ValueOf(FactSymbol fact) => _values[fact];
    }
}
