using System.Collections.Generic;
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
