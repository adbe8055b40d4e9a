using System.Collections.Generic;

namespace InspectFramework.Runtime;

/// <summary>
/// Collects, while a generated validator goes through a case item by item, the facts left unset that
/// leave items' applicability undecided, and reports one IV0108 per fact in the framework's fact order,
/// naming the items, as the evaluator does. Created only for a case that has such items.
/// </summary>
public sealed class MissingFacts
{
    private readonly SortedDictionary<int, (string Fact, List<string> Items)> _missing = new();

    /// <summary>Records that fact <paramref name="fact"/> (its stable name, <paramref name="index"/> in
    /// framework order) is unset and decides whether <paramref name="item"/> ("key question 2.1.3") applies.</summary>
    public void Add(int index, string fact, string item)
    {
        if (!_missing.TryGetValue(index, out var entry))
        {
            _missing[index] = entry = (fact, new List<string>());
        }

        if (entry.Items.Count == 0 || entry.Items[entry.Items.Count - 1] != item)
        {
            entry.Items.Add(item);
        }
    }

    /// <summary>Adds the findings (IV0108) to <paramref name="findings"/>, in fact order; returns how many.</summary>
    public int Report(string caseId, ICollection<ValidationFinding> findings)
    {
        foreach (var entry in _missing.Values)
        {
            findings.Add(Findings.MissingFact(caseId, entry.Fact, entry.Items));
        }

        return _missing.Count;
    }
}
