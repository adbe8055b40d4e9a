using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Warning = 1,
    Error = 2,
}

/// <summary>
/// One finding with a stable code: the compiler's diagnostics (IF codes, created only through
/// <see cref="DiagnosticCatalogue"/>) and the problems found in inspection data (IV codes, which add
/// the case and item they are about) share this shape, so every host shows them the same way.
/// </summary>
public record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, Location Location)
{
    private readonly ImmutableArray<CodeFix> _fixes = ImmutableArray<CodeFix>.Empty;
    private readonly ImmutableArray<RelatedLocation> _relatedLocations = ImmutableArray<RelatedLocation>.Empty;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Mechanical corrections, at most one of them preferred; empty when there are none.</summary>
    public ImmutableArray<CodeFix> Fixes
    {
        get => _fixes;
        init => _fixes = value.IsDefault ? ImmutableArray<CodeFix>.Empty : value;
    }

    /// <summary>Other places the message names, such as the first declaration of a duplicate name;
    /// empty when there are none.</summary>
    public ImmutableArray<RelatedLocation> RelatedLocations
    {
        get => _relatedLocations;
        init => _relatedLocations = value.IsDefault ? ImmutableArray<RelatedLocation>.Empty : value;
    }

    /// <summary>The fix to apply without asking, if there is one.</summary>
    public CodeFix? PreferredFix => Fixes.FirstOrDefault(f => f.IsPreferred);

    // Value equality all the way down: ImmutableArray compares the arrays it wraps by reference.
    public virtual bool Equals(Diagnostic? other) =>
        other is not null && EqualityContract == other.EqualityContract
        && Code == other.Code && Severity == other.Severity && Message == other.Message && Location == other.Location
        && Fixes.SequenceEqual(other.Fixes) && RelatedLocations.SequenceEqual(other.RelatedLocations);

    public override int GetHashCode() => (Code, Severity, Message, Location).GetHashCode();

    /// <summary>The MSBuild canonical form that IDEs and CI parse: <c>path(line,col): error IF0123: message</c>,
    /// on one line.</summary>
    public string ToCanonicalString()
    {
        var location = Location.ToString();
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return DisplayText.OneLine($"{location}{(location.Length > 0 ? ": " : string.Empty)}{severity} {Code}: {Subject}{Message}");
    }

    /// <summary>What the message is about, before it (a case and an item in data); empty here.</summary>
    protected virtual string Subject => string.Empty;

    public override string ToString() => ToCanonicalString();
}

/// <summary>Orders diagnostics by file, position, then code: the order every host prints them in.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c != 0)
        {
            return c;
        }

        c = x.Location.LineSpan.Start.CompareTo(y.Location.LineSpan.Start);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Code, y.Code);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
