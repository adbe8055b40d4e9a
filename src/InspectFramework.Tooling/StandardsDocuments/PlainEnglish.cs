using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.StandardsDocuments;

/// <summary>
/// Reads conditions aloud in plain English from the published labels of facts, values and case
/// types: <c>disposal in {custody}</c> becomes "the type of disposal is Custody",
/// <c>harm_factors and not mappa_eligible</c> "there are factors related to harm and it is not the
/// case that the child is eligible for ...".
/// </summary>
public sealed class PlainEnglish
{
    private readonly Dictionary<string, FactModel> _facts;
    private readonly Dictionary<string, CaseTypeModel> _caseTypes;

    public PlainEnglish(FrameworkModel model)
        : this(model.Facts, model.CaseTypes)
    {
    }

    /// <summary>From the labels alone, for a framework that has no model yet because of errors
    /// elsewhere (an editor reads its conditions aloud while it is being written).</summary>
    public PlainEnglish(IEnumerable<FactModel> facts, IEnumerable<CaseTypeModel> caseTypes)
    {
        _facts = facts.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _caseTypes = caseTypes.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    private enum Context
    {
        Top,
        InAll,
        InAny,
        InNot,
    }

    /// <summary>The condition as a clause to follow "where": "there are factors related to harm".</summary>
    public string Clause(ConditionModel condition) => Phrase(condition, Context.Top);

    /// <summary>"court disposal cases", "court disposal and out-of-court disposal cases".</summary>
    public string CaseTypes(IEnumerable<string> caseTypes) =>
        JoinAnd(caseTypes.Select(c => _caseTypes.TryGetValue(c, out var type) ? LowerFirst(type.Label) : c).ToList()) + " cases";

    /// <summary>
    /// When an item applies, as a sentence: "Applies only to court disposal cases where there are
    /// factors related to harm." Null when the item has no condition of its own.
    /// </summary>
    public string? Applicability(ConditionModel? condition, IEnumerable<string> caseTypes)
    {
        if (condition is null)
        {
            return null;
        }

        var types = caseTypes.ToList();
        var scope = types.Count == 0 ? "Applies only" : "Applies only to " + CaseTypes(types);
        return $"{scope} where {Clause(condition)}.";
    }

    // Conditions are at most FrameworkParser.MaxNestingDepth deep, so the recursion is bounded.
    private string Phrase(ConditionModel condition, Context context)
    {
        switch (condition)
        {
            case ConstantCondition constant:
                return constant.Value ? "in every case" : "in no case";
            case FactIsTrueCondition fact:
                return Statement(fact.Fact);
            case MembershipCondition membership:
                return $"{Subject(membership.Fact)} is {JoinOr(Values(membership.Fact, membership.Members))}";
            case NotCondition { Operand: MembershipCondition membership }:
                return $"{Subject(membership.Fact)} is {Neither(Values(membership.Fact, membership.Members))}";
            case SameValueCondition same:
                return $"{Subject(same.Left)} is the same as {Subject(same.Right)}";
            case NotCondition { Operand: SameValueCondition same }:
                return $"{Subject(same.Left)} differs from {Subject(same.Right)}";
            case IntegerComparisonCondition comparison:
                return ComparisonPhrase(comparison);
            case EquivalentCondition equivalent:
                return $"{Phrase(equivalent.Left, Context.InAll)} exactly when {Phrase(equivalent.Right, Context.InAll)}";
            case NotCondition not:
                return "it is not the case that " + Phrase(not.Operand, Context.InNot);
            case AllCondition all:
                var conjunction = JoinAnd(all.Operands.Select(o => Phrase(o, Context.InAll)).ToList());
                return context is Context.InAny or Context.InNot ? "both " + conjunction : conjunction;
            case AnyCondition any:
                var disjunction = JoinOr(any.Operands.Select(o => Phrase(o, Context.InAny)).ToList());
                return context is Context.InAll or Context.InNot ? "either " + disjunction : disjunction;
            default:
                return ConditionText.ToSource(condition);
        }
    }

    private string ComparisonPhrase(IntegerComparisonCondition comparison)
    {
        // Put the fact first: "3 < n" reads as "n is more than 3".
        var (left, op, right) = comparison.Left is IntegerConstantOperand && comparison.Right is IntegerFactOperand
            ? (comparison.Right, Flip(comparison.Operator), comparison.Left)
            : (comparison.Left, comparison.Operator, comparison.Right);
        var relation = op switch
        {
            Comparison.Equal => "exactly",
            Comparison.NotEqual => "not",
            Comparison.Less => "less than",
            Comparison.LessOrEqual => "at most",
            Comparison.Greater => "more than",
            _ => "at least",
        };
        return $"{Operand(left)} is {relation} {Operand(right)}";
    }

    private static Comparison Flip(Comparison op) => op switch
    {
        Comparison.Less => Comparison.Greater,
        Comparison.LessOrEqual => Comparison.GreaterOrEqual,
        Comparison.Greater => Comparison.Less,
        Comparison.GreaterOrEqual => Comparison.LessOrEqual,
        _ => op,
    };

    private string Operand(IntegerOperand operand) => operand switch
    {
        IntegerConstantOperand constant => constant.Value.ToString(CultureInfo.InvariantCulture),
        IntegerFactOperand fact => Subject(fact.Fact),
        _ => "?",
    };

    // A boolean fact's label is a statement ("There are factors related to harm").
    private string Statement(string fact) => _facts.TryGetValue(fact, out var model) ? LowerFirst(model.Label) : fact;

    // Other facts' labels are nouns ("Type of disposal"): "the type of disposal".
    private string Subject(string fact) => "the " + (_facts.TryGetValue(fact, out var model) ? LowerFirst(model.Label) : fact);

    private List<string> Values(string fact, EquatableArray<string> members)
    {
        var labels = _facts.TryGetValue(fact, out var model)
            ? model.Members.ToDictionary(m => m.Name, m => m.Label, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        return members.Select(m => labels.TryGetValue(m, out var label) ? label : m).ToList();
    }

    private static string Neither(List<string> values) => values.Count switch
    {
        1 => "not " + values[0],
        2 => $"neither {values[0]} nor {values[1]}",
        _ => "none of " + JoinAnd(values),
    };

    private static string JoinAnd(IReadOnlyList<string> parts) => Join(parts, "and");

    private static string JoinOr(IReadOnlyList<string> parts) => Join(parts, "or");

    private static string Join(IReadOnlyList<string> parts, string word) => parts.Count switch
    {
        0 => string.Empty,
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + $" {word} " + parts[parts.Count - 1],
    };

    /// <summary>Lower-cases the first letter of a label to use it inside a sentence, unless it
    /// starts an acronym ("MAPPA", "ICT").</summary>
    public static string LowerFirst(string label)
    {
        if (label.Length == 0 || !char.IsUpper(label[0]))
        {
            return label;
        }

        if (label.Length > 1 && char.IsUpper(label[1]))
        {
            return label;
        }

        return char.ToLowerInvariant(label[0]) + label.Substring(1);
    }
}
