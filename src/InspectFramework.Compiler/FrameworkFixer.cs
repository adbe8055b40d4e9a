using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler;

/// <summary>
/// Applies the preferred fixes of a framework's diagnostics (<c>inspect check --fix</c>): those that do
/// not overlap, all at once; then compiles again and repeats while new preferred fixes appear (once
/// the syntax is whole, the binder's), for at most <see cref="MaxRounds"/> rounds.
/// It refuses, changing nothing, when a fix's changes do not fit the text or when fixing leaves more
/// errors than there were: a fix must never make a file worse.
/// </summary>
public static class FrameworkFixer
{
    public const int MaxRounds = 3;

    public static FixResult Fix(FrameworkCompilation compilation)
    {
        if (compilation is null)
        {
            throw new ArgumentNullException(nameof(compilation));
        }

        var original = compilation;
        var applied = ImmutableArray.CreateBuilder<AppliedFix>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { compilation.Source.Text };
        for (var round = 0; round < MaxRounds; round++)
        {
            var length = compilation.Source.Length;
            if (compilation.Diagnostics.FirstOrDefault(d => d.PreferredFix is { } f && !Fits(f, length)) is { } unfit)
            {
                return FixResult.Refused(original, $"the fix for {unfit.Code} at {unfit.Location} does not fit the text");
            }

            var chosen = Choose(compilation.Diagnostics);
            if (chosen.Count == 0)
            {
                break;
            }

            var text = TextChange.Apply(compilation.Source.Text, chosen.SelectMany(c => c.Fix.Changes));

            if (!seen.Add(text))
            {
                break;
            }

            applied.AddRange(chosen);
            compilation = FrameworkCompilation.Create(new SourceText(compilation.Source.Path, text));
        }

        var before = original.Diagnostics.Count(d => d.IsError);
        var after = compilation.Diagnostics.Count(d => d.IsError);
        if (after > before)
        {
            return FixResult.Refused(original, $"fixing would leave {after} errors where there are {before}");
        }

        return new FixResult(compilation, applied.ToImmutable(), null);
    }

    /// <summary>
    /// The preferred fix of each diagnostic, in text order, leaving out any that touches or overlaps
    /// a fix chosen before it (it is chosen again in the next round if still needed). While the text
    /// has syntax errors, only their fixes are chosen: names and rules were then bound from the
    /// parser's recovery, whose guesses (a '||' dropped, so two conditions run together) would make
    /// their fixes wrong.
    /// </summary>
    private static List<AppliedFix> Choose(ImmutableArray<Diagnostic> diagnostics)
    {
        var chosen = new List<AppliedFix>();
        var taken = new List<TextSpan>();
        var syntaxOnly = diagnostics.Any(d => d.IsError && DiagnosticCatalogue.IsTextOrSyntax(d.Code));
        foreach (var diagnostic in diagnostics.Where(d => !syntaxOnly || DiagnosticCatalogue.IsTextOrSyntax(d.Code)))
        {
            if (diagnostic.PreferredFix is not { Changes.Length: > 0 } fix)
            {
                continue;
            }

            if (fix.Changes.Any(c => taken.Any(t => Touches(t, c.Span))))
            {
                continue;
            }

            chosen.Add(new AppliedFix(diagnostic, fix));
            taken.AddRange(fix.Changes.Select(c => c.Span));
        }

        return chosen;
    }

    // A fix whose changes overlap each other or reach outside the text cannot be applied as meant.
    private static bool Fits(CodeFix fix, int length)
    {
        var spans = fix.Changes.Select(c => c.Span).OrderBy(s => s.Start).ToList();
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Start < 0 || spans[i].End > length || (i > 0 && spans[i].Start < spans[i - 1].End))
            {
                return false;
            }
        }

        return true;
    }

    // Two insertions at one place, or an insertion at the edge of a replacement, would depend on
    // their order: treated as overlapping.
    private static bool Touches(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;
}
