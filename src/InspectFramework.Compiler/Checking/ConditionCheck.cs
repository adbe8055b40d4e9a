using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Checking;

/// <summary>Derived-fact cycles and conditions that never or always hold, or items that can never apply.</summary>
internal static class ConditionCheck
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
        var report = diagnostics.Report;
        var graph = DerivedFactGraph.Build(framework.Facts);
        foreach (var cycle in graph.Cycles)
        {
            report.DerivedFactCycle(cycle[0].Syntax.Name.Span, cycle.Select(f => (f.Name, f.Syntax.Name.Span)).ToList());
        }

        var solver = new ConditionSolver(graph);
        foreach (var fact in framework.Facts)
        {
            if (fact.Derivation is { } derivation && fact.Syntax.Type is DerivedFactTypeSyntax derived)
            {
                var outcomes = solver.Analyse(derivation);
                if (outcomes.CanBeTrue == Possibility.Impossible)
                {
                    report.ConditionNeverHolds(derived.Expression.Span, $"fact '{fact.Name}'", ownerIsFact: true);
                }
                else if (outcomes.CanBeFalse == Possibility.Impossible)
                {
                    report.ConditionAlwaysHolds(derived.Expression.Span, $"fact '{fact.Name}'", ownerIsFact: true);
                }
            }
        }

        CheckItems(framework, solver, report);
    }

    private static void CheckItems(FrameworkSymbol framework, ConditionSolver solver, DiagnosticCatalogue report)
    {
        // Items already known never to apply; their descendants are not reported again for it.
        var neverApply = new HashSet<ItemSymbol>();
        var caseTypeRestrictions = new Dictionary<DomainSymbol, List<BoundExpression>>();

        // Parents come before their children in AllItems.
        foreach (var item in framework.AllItems)
        {
            var parentNeverApplies = item.Parent is not null && neverApply.Contains(item.Parent);
            if (parentNeverApplies)
            {
                neverApply.Add(item);
            }

            if (item.Condition is not { } condition || item.Syntax.Condition is not { } syntax || !solver.IsMeaningful(condition))
            {
                continue;
            }

            // The item's own condition first: when it cannot hold on its own, that is the precise finding,
            // and its ancestors are not blamed for it.
            var outcomes = solver.Analyse(condition);
            if (outcomes.CanBeTrue == Possibility.Impossible)
            {
                report.ConditionNeverHolds(syntax.Span, item.DisplayName, ownerIsFact: false);
                neverApply.Add(item);
                continue;
            }

            if (outcomes.CanBeFalse == Possibility.Impossible)
            {
                report.ConditionAlwaysHolds(syntax.Span, item.DisplayName, ownerIsFact: false);
            }

            // Possible on its own, but not with the values its domain's case types allow.
            var domain = DomainOf(item);
            if (!caseTypeRestrictions.TryGetValue(domain, out var restrictions))
            {
                restrictions = CaseTypeRestrictions(framework, domain);
                caseTypeRestrictions.Add(domain, restrictions);
            }

            if (restrictions.Count > 0 && solver.CanAllHold(restrictions.Prepend(condition)) == Possibility.Impossible)
            {
                report.ConditionNeverHoldsForCaseTypes(syntax.Span, item.DisplayName, domain.DisplayName, domain.CaseTypes.Select(c => c.Name).ToList());
                neverApply.Add(item);
                continue;
            }

            if (parentNeverApplies)
            {
                continue;
            }

            var contradicting = ContradictingAncestor(item, condition, solver);
            if (contradicting is not null)
            {
                report.ItemNeverApplies(syntax.Span, item.DisplayName, contradicting.DisplayName, contradicting.Syntax.Condition?.Span ?? contradicting.Syntax.Span);
                neverApply.Add(item);
            }
        }
    }

    private static DomainSymbol DomainOf(ItemSymbol item)
    {
        var domain = item;
        while (domain.Parent is not null)
        {
            domain = domain.Parent;
        }

        return (DomainSymbol)domain;
    }

    /// <summary>
    /// What every case of the domain's case types is known to satisfy: for each fact with values tied
    /// to case types, that its value is one those case types allow (<c>disposal in {referral_order, ...}</c>).
    /// None for a domain without case types, whose items never apply to a case.
    /// </summary>
    private static List<BoundExpression> CaseTypeRestrictions(FrameworkSymbol framework, DomainSymbol domain)
    {
        var restrictions = new List<BoundExpression>();
        if (domain.CaseTypes.IsEmpty)
        {
            return restrictions;
        }

        foreach (var fact in framework.Facts)
        {
            if (fact.Kind != Model.FactKind.Enumeration || !fact.HasCaseTypedValues)
            {
                continue;
            }

            var allowed = fact.Members.Where(m => domain.CaseTypes.Any(m.AllowedFor)).ToImmutableArray();
            var reference = new BoundFactReference(fact, new ValueType(ValueTypeKind.Enumeration, fact), new NameExpressionSyntax(fact.Syntax.Name));
            restrictions.Add(new BoundMembership(reference, Negated: false, allowed, reference.Syntax));
        }

        return restrictions;
    }

    /// <summary>
    /// The ancestor whose condition the item's own condition contradicts, or null. Ancestors are added
    /// from the nearest up, and the first one that makes the conditions impossible together is named.
    /// An ancestor's condition that has no meaning (binding failed) is left out: the rest still has to
    /// hold, so a contradiction found without it is real.
    /// </summary>
    private static ItemSymbol? ContradictingAncestor(ItemSymbol item, BoundExpression condition, ConditionSolver solver)
    {
        var ancestors = new List<ItemSymbol>();
        var conditions = new List<BoundExpression> { condition };
        for (var ancestor = item.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.Condition is { } inherited && solver.IsMeaningful(inherited))
            {
                ancestors.Add(ancestor);
                conditions.Add(inherited);
            }
        }

        if (ancestors.Count == 0 || solver.CanAllHold(conditions) != Possibility.Impossible)
        {
            return null;
        }

        // All of them together are impossible; find how far up the contradiction reaches.
        for (var count = 1; count < ancestors.Count; count++)
        {
            if (solver.CanAllHold(conditions.Take(count + 1)) == Possibility.Impossible)
            {
                return ancestors[count - 1];
            }
        }

        return ancestors[ancestors.Count - 1];
    }
}
