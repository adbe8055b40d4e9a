using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler;

/// <summary>
/// Applies the preferred fixes of a framework's diagnostics (<c>inspect check --fix</c>) in rounds:
/// the fixes a round can trust (see <see cref="Choose"/>) are applied together, the text is compiled
/// again, and so on while preferred fixes remain, for at most <see cref="MaxRounds"/> rounds.
/// It refuses, changing nothing, when a fix's changes do not fit the text or when fixing leaves more
/// errors than there were: a fix must never make a file worse.
/// </summary>
public static class FrameworkFixer
{
    /// <summary>Enough for a slip of each kind and a few parse errors, one round each; each round
    /// is one more compilation.</summary>
    public const int MaxRounds = 10;

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
            if (compilation.Diagnostics.FirstOrDefault(d => d.PreferredFix is { } f && !TextChange.Fit(length, f.Changes)) is { } unfit)
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
    /// The fixes of one round. Only fixes that do not depend on the parser's recovery are applied
    /// together: first those of the text's characters (quotes, '&amp;&amp;', an unclosed text), which the lexer
    /// finds one by one; then, once there are none, the first parse error's alone, since later parse
    /// errors may only follow from how the parser recovered from it (after a '=' it may think a block
    /// ends early and report a '}' missing); and only once the text parses, the fixes of names and
    /// rules, which were bound from the recovery's guesses until then (with a '||' dropped,
    /// 'custody' alone would be "fixed" into 'disposal == custody'). Within a round, a fix that
    /// touches one chosen before it waits for the next round.
    /// </summary>
    private static List<AppliedFix> Choose(ImmutableArray<Diagnostic> diagnostics)
    {
        var characters = diagnostics.Where(d => DiagnosticCatalogue.IsTextOrSyntax(d.Code) && !DiagnosticCatalogue.IsParseError(d.Code) && d.PreferredFix is not null).ToList();
        if (characters.Count > 0)
        {
            return NonTouching(characters);
        }

        var firstParseError = diagnostics.FirstOrDefault(d => DiagnosticCatalogue.IsParseError(d.Code));
        if (firstParseError is not null)
        {
            return NonTouching(new[] { firstParseError });
        }

        return diagnostics.Any(d => d.IsError && DiagnosticCatalogue.IsTextOrSyntax(d.Code))
            ? new List<AppliedFix>()
            : NonTouching(diagnostics);
    }

    private static List<AppliedFix> NonTouching(IEnumerable<Diagnostic> diagnostics)
    {
        var chosen = new List<AppliedFix>();
        var taken = new List<TextSpan>();
        foreach (var diagnostic in diagnostics)
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

    // Two insertions at one place, or an insertion at the edge of a replacement, would depend on
    // their order: treated as overlapping.
    private static bool Touches(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;
}
