using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Diagnostics;

/// <summary>Collects the diagnostics of one file; every phase writes here through the catalogue.</summary>
public sealed class DiagnosticBag
{
    /// <summary>
    /// Errors kept per file. A file of stray characters would otherwise give one error per character
    /// (32 million for the largest file allowed, and some gigabytes for them); after this many, the
    /// rest are counted as there (<see cref="HasErrors"/> stays right) but not kept, and one IF0011
    /// says so where the first of them is.
    /// </summary>
    public const int MaxErrors = 1000;

    private readonly List<Diagnostic> _items = new();
    private int _errors;
    private bool _overflowed;

    public DiagnosticBag(SourceText source)
        : this(source, Location.InFile(source.Path))
    {
    }

    private DiagnosticBag(SourceText? source, Location whole)
    {
        _source = source;
        Whole = whole;
        Report = new DiagnosticCatalogue(this);
    }

    private readonly SourceText? _source;

    /// <summary>A bag for diagnostics about a file as a whole, whose text there is none of (it could not
    /// be read, or is too large to read).</summary>
    public static DiagnosticBag ForFile(string path) => new(null, Location.InFile(path));

    /// <summary>A bag for diagnostics about no file at all (a command-line option, a template set).</summary>
    public static DiagnosticBag WithoutFile() => new(null, Location.None);

    /// <summary>The diagnostics <paramref name="report"/> makes about the file at <paramref name="path"/> as a whole.</summary>
    public static ImmutableArray<Diagnostic> AboutFile(string path, Action<DiagnosticCatalogue> report) => Collect(ForFile(path), report);

    /// <summary>The diagnostics <paramref name="report"/> makes about no file (an option, a setting).</summary>
    public static ImmutableArray<Diagnostic> AboutNoFile(Action<DiagnosticCatalogue> report) => Collect(WithoutFile(), report);

    private static ImmutableArray<Diagnostic> Collect(DiagnosticBag bag, Action<DiagnosticCatalogue> report)
    {
        report(bag.Report);
        return bag.ToSortedArray();
    }

    /// <summary>The text the diagnostics point into.</summary>
    public SourceText Source => _source ?? throw new InvalidOperationException("This bag reports only diagnostics without a place in a text.");

    /// <summary>Where diagnostics without a place in the text point: the file, or nothing.</summary>
    internal Location Whole { get; }

    internal Location LocationOf(TextSpan span) => Location.Create(Source, span);

    /// <summary>The catalogue bound to this bag: <c>bag.Report.UndefinedName(span, ...)</c>.</summary>
    public DiagnosticCatalogue Report { get; }

    public bool HasErrors { get; private set; }

    /// <summary>
    /// True once a text or syntax error (IF00xx) is reported: the syntax tree is then incomplete, so
    /// checks that conclude from something's absence (a fact no condition uses) stay quiet.
    /// </summary>
    public bool HasSyntaxErrors { get; private set; }

    public int Count => _items.Count;

    /// <summary>Whether a text or syntax error was reported inside <paramref name="span"/>: the parser
    /// then skipped or guessed part of what it holds.</summary>
    public bool HasSyntaxErrorIn(TextSpan span)
    {
        if (!HasSyntaxErrors)
        {
            return false;
        }

        foreach (var diagnostic in _items)
        {
            var at = diagnostic.Location.Span.Start;
            if (diagnostic.IsError && DiagnosticCatalogue.IsTextOrSyntax(diagnostic.Code) && at >= span.Start && at <= span.End)
            {
                return true;
            }
        }

        return false;
    }

    internal void Add(Diagnostic diagnostic)
    {
        HasErrors |= diagnostic.IsError;
        HasSyntaxErrors |= diagnostic.IsError && DiagnosticCatalogue.IsTextOrSyntax(diagnostic.Code);
        if (diagnostic.IsError && diagnostic.Code != DiagnosticCatalogue.IF0011.Code && ++_errors > MaxErrors)
        {
            if (!_overflowed)
            {
                _overflowed = true;
                Report.TooManyErrors(diagnostic.Location.Span, MaxErrors);
            }

            return;
        }

        _items.Add(diagnostic);
    }

    /// <summary>The bag as it is now, to return to with <see cref="RollBack"/>.</summary>
    internal Checkpoint Save() => new(_items.Count, _errors, _overflowed, HasErrors, HasSyntaxErrors);

    /// <summary>
    /// Forgets every diagnostic reported since <paramref name="checkpoint"/>, for work that is thrown
    /// away and done again (the parser's fast first attempt, whose syntax tree is rebuilt after a
    /// syntax error): the bag is then exactly as if that work had never run.
    /// </summary>
    internal void RollBack(Checkpoint checkpoint)
    {
        _items.RemoveRange(checkpoint.Count, _items.Count - checkpoint.Count);
        _errors = checkpoint.Errors;
        _overflowed = checkpoint.Overflowed;
        HasErrors = checkpoint.HasErrors;
        HasSyntaxErrors = checkpoint.HasSyntaxErrors;
    }

    internal readonly record struct Checkpoint(int Count, int Errors, bool Overflowed, bool HasErrors, bool HasSyntaxErrors);

    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        var copy = new List<Diagnostic>(_items);
        copy.Sort(DiagnosticOrder.Instance);
        return copy.ToImmutableArray();
    }
}
