using System;
using System.Collections.Generic;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Warning = 1,
    Error = 2,
}

/// <summary>Where a diagnostic points: the file, the character span and its line/column form.</summary>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public static Location Create(SourceText source, TextSpan span) =>
        new(source.Path, span, source.GetLinePositionSpan(span));
}

/// <summary>One finding of the compiler. Created only through <see cref="DiagnosticCatalogue"/>.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, Location Location)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The MSBuild canonical form that IDEs and CI parse: <c>path(line,col): error IF0123: message</c>.
    /// The path is escaped as the message is: a file name is data too, and must not start a line.</summary>
    public string ToCanonicalString()
    {
        var start = Location.LineSpan.Start;
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{DisplayText.OneLine(Location.Path)}({start.Line + 1},{start.Character + 1}): {severity} {Code}: {Message}";
    }

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

        c = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Code, y.Code);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
