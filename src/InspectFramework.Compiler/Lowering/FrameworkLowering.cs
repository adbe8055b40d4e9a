using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Checking;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Runtime;

namespace InspectFramework.Compiler.Lowering;

/// <summary>Turns a bound framework without errors into the <see cref="FrameworkModel"/>.</summary>
public static class FrameworkLowering
{
    /// <exception cref="InvalidOperationException">The framework has unresolved parts: lower only error-free compilations.</exception>
    public static FrameworkModel Lower(FrameworkSymbol framework)
    {
        // The checker requires a scale and an overall rule whenever something uses them.
        var scale = framework.Scale;
        var overall = framework.Overall is { } rule ? rule.Bands ?? throw Unresolved("overall rule's band table") : null;
        var model = new FrameworkModel(
            framework.Name,
            framework.Title ?? throw Unresolved("title"),
            framework.Version ?? throw Unresolved("version"),
            framework.Publisher ?? throw Unresolved("publisher"),
            framework.Effective ?? throw Unresolved("effective date"),
            framework.Guidance,
            framework.Sources.Select(s => new SourceModel(s.Name, s.Title)).ToEquatableArray(),
            scale is null ? null : new ScaleModel(scale.Name, scale.Label, scale.Levels.Select(l => new LevelModel(l.Name, l.Label, l.Points, l.Ordinal)).ToEquatableArray()),
            framework.BandTables.Select(LowerBands).ToEquatableArray(),
            framework.CaseTypes.Select(c => new CaseTypeModel(c.Name, c.Label)).ToEquatableArray(),
            framework.Facts.Select(LowerFact).ToEquatableArray(),
            framework.Scores.Select(s => new ScoreModel(s.Name, s.Label, s.Rounding, s.Decimals)).ToEquatableArray(),
            framework.Domains.Select(LowerDomain).ToEquatableArray(),
            overall is null ? null : new OverallModel(overall.Name),
            DerivedFactOrder(framework)) { ValueSets = framework.ValueSets.Select(LowerValueSet).ToEquatableArray() };
        return model with { ContentHash = ContentHash.Compute(model) };
    }

    // The checker's DerivedFactGraph, built again here (cheap, and iterative): without errors there
    // is no cycle, so its evaluation order holds every derived fact.
    private static EquatableArray<string> DerivedFactOrder(FrameworkSymbol framework)
    {
        var graph = DerivedFactGraph.Build(framework.Facts);
        if (!graph.Cycles.IsEmpty)
        {
            throw Unresolved("order of derived facts (some depend on each other in a cycle)");
        }

        return graph.EvaluationOrder.Select(f => f.Name).ToEquatableArray();
    }

    private static BandTableModel LowerBands(BandTableSymbol table) => new(
        table.Name,
        table.Label,
        table.Measure,
        table.Rounding,
        table.Decimals,
        table.Bands.Select(b => new BandModel((b.Level ?? throw Unresolved($"level of a band in '{table.Name}'")).Name, b.Low, b.High)).ToEquatableArray());

    private static FactModel LowerFact(FactSymbol fact) => new(
        fact.Name,
        fact.Label,
        fact.Kind,
        fact.Members.Select(LowerValue).ToEquatableArray(),
        fact.IsDerived ? LowerCondition(fact.Derivation ?? throw Unresolved($"derivation of fact '{fact.Name}'")) : null,
        fact.ForAnalysis) { ValueSet = fact.ValueSet?.Name };

    private static ValueSetModel LowerValueSet(ValueSetSymbol set) => new(set.Name, set.Label, set.Members.Select(LowerValue).ToEquatableArray());

    private static EnumMemberModel LowerValue(EnumMemberSymbol value) => new(value.Name, value.Label, value.CaseTypes.Select(c => c.Name).ToEquatableArray());

    private static DomainModel LowerDomain(DomainSymbol domain) => new(
        domain.Number,
        domain.Name,
        domain.Text,
        domain.CaseTypes.Select(c => c.Name).ToEquatableArray(),
        LowerOptional(domain.Condition),
        domain.Guidance,
        LowerProvenance(domain),
        domain.Standards.Select(LowerStandard).ToEquatableArray());

    private static StandardModel LowerStandard(StandardSymbol standard) => new(
        standard.Number,
        standard.Name,
        standard.Text,
        standard.Statement,
        standard.RatingRule,
        standard.Bands?.Name,
        standard.RatingRule == RatingRule.LowestKeyQuestion && standard.Discretion is { } d
            ? new DiscretionModel(d.RationaleRequired, d.Moves.Select(m => new DiscretionMoveModel(m.From.Name, m.To.Name, m.WithinPoints)).ToEquatableArray())
            : null,
        LowerOptional(standard.Condition),
        standard.Guidance,
        LowerProvenance(standard),
        standard.KeyQuestions.Select(LowerKeyQuestion).ToEquatableArray());

    private static KeyQuestionModel LowerKeyQuestion(KeyQuestionSymbol question) => new(
        question.Number,
        question.Name,
        question.Text,
        question.Answers,
        question.RationaleRequired,
        LowerOptional(question.Condition),
        question.Guidance,
        LowerProvenance(question),
        question.Scores.Select(s => s.Name).ToEquatableArray(),
        question.Prompts.Select(LowerPrompt).ToEquatableArray());

    private static PromptModel LowerPrompt(PromptSymbol prompt) => new(
        prompt.Number,
        prompt.Letter,
        prompt.Name,
        prompt.Text,
        prompt.Answers,
        prompt.RationaleRequired,
        LowerOptional(prompt.Condition),
        prompt.Guidance,
        LowerProvenance(prompt));

    private static EquatableArray<ProvenanceModel> LowerProvenance(ItemSymbol item) =>
        item.Provenance.Select(p => new ProvenanceModel(p.Kind, (p.Source ?? throw Unresolved($"source of {item.DisplayName}")).Name, p.Note)).ToEquatableArray();

    private static ConditionModel? LowerOptional(BoundExpression? condition) =>
        condition is null ? null : LowerCondition(condition);

    /// <summary>Lowers a boolean condition into the normal form of <see cref="ConditionModel"/>.</summary>
    public static ConditionModel LowerCondition(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundBooleanLiteral literal:
                return new ConstantCondition(literal.Value);
            case BoundFactReference { Type.Kind: ValueTypeKind.Boolean } reference:
                return new FactIsTrueCondition(reference.Fact.Name);
            case BoundNot not:
                return new NotCondition(LowerCondition(not.Operand));
            case BoundLogical logical:
                var operands = logical.Operands.Select(LowerCondition).ToEquatableArray();
                return logical.Operator == LogicalOperator.And ? new AllCondition(operands) : new AnyCondition(operands);
            case BoundMembership membership:
                var test = new MembershipCondition(EnumFactName(membership.Left), membership.Members.Select(m => m.Name).ToEquatableArray());
                return membership.Negated ? new NotCondition(test) : test;
            case BoundComparison comparison:
                return LowerComparison(comparison);
            default:
                throw Unresolved($"condition '{expression.Syntax}'");
        }
    }

    private static ConditionModel LowerComparison(BoundComparison comparison)
    {
        var negate = comparison.Operator == Comparison.NotEqual;
        ConditionModel equality;
        switch (comparison.Left.Type.Kind)
        {
            case ValueTypeKind.Integer:
                return new IntegerComparisonCondition(IntegerOperand(comparison.Left), comparison.Operator, IntegerOperand(comparison.Right));
            case ValueTypeKind.Enumeration:
                equality = (comparison.Left, comparison.Right) switch
                {
                    (BoundEnumLiteral l, BoundEnumLiteral r) => new ConstantCondition(l.Member.Name == r.Member.Name),
                    (BoundEnumLiteral l, var r) => new MembershipCondition(EnumFactName(r), new[] { l.Member.Name }.ToEquatableArray()),
                    (var l, BoundEnumLiteral r) => new MembershipCondition(EnumFactName(l), new[] { r.Member.Name }.ToEquatableArray()),
                    var (l, r) => new SameValueCondition(EnumFactName(l), EnumFactName(r)),
                };
                break;
            case ValueTypeKind.Boolean:
                equality = new EquivalentCondition(LowerCondition(comparison.Left), LowerCondition(comparison.Right));
                break;
            default:
                throw Unresolved("comparison");
        }

        return negate ? new NotCondition(equality) : equality;
    }

    private static IntegerOperand IntegerOperand(BoundExpression expression) => expression switch
    {
        BoundIntegerLiteral literal => new IntegerConstantOperand(literal.Value),
        BoundFactReference reference => new IntegerFactOperand(reference.Fact.Name),
        _ => throw Unresolved("number in a comparison"),
    };

    private static string EnumFactName(BoundExpression expression) =>
        expression is BoundFactReference reference ? reference.Fact.Name : throw Unresolved("enumeration fact");

    private static InvalidOperationException Unresolved(string what) =>
        new($"Cannot lower a framework with errors: its {what} is unresolved. Lower only compilations without errors.");
}
