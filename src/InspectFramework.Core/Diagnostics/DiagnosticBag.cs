using System.Collections.Generic;
using System.Collections.Immutable;
using InspectFramework.Text;

namespace InspectFramework.Diagnostics;

/// <summary>Collects the diagnostics of one file; every phase writes here through the catalogue.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public DiagnosticBag(SourceText source)
    {
        Source = source;
        Report = new DiagnosticCatalogue(this);
    }

    public SourceText Source { get; }

    /// <summary>The catalogue bound to this bag: <c>bag.Report.UndefinedName(span, ...)</c>.</summary>
    public DiagnosticCatalogue Report { get; }

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    internal void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        var copy = new List<Diagnostic>(_items);
        copy.Sort(DiagnosticOrder.Instance);
        return copy.ToImmutableArray();
    }
}
