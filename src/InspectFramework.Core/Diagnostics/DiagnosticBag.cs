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

    /// <summary>
    /// True once a text or syntax error (IF00xx) is reported: the syntax tree is then incomplete, so
    /// checks that conclude from something's absence (a fact no condition uses) stay quiet.
    /// </summary>
    public bool HasSyntaxErrors { get; private set; }

    public int Count => _items.Count;

    internal void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
        HasSyntaxErrors |= diagnostic.IsError && diagnostic.Code.StartsWith("IF00", System.StringComparison.Ordinal);
    }

    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        var copy = new List<Diagnostic>(_items);
        copy.Sort(DiagnosticOrder.Instance);
        return copy.ToImmutableArray();
    }
}
