using System;
using System.Collections.Immutable;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Parsing;

/// <summary>
/// Re-parses an edited text from the syntax of the text before the edit, as Roslyn's incremental
/// parser does for members, at the grain of top-level declarations (ANTLR parses nothing
/// incrementally): only the declarations the edit touches, with the white space and comments around
/// them, are lexed and parsed again; those before the edit are kept as they are and those after it
/// are moved (<see cref="SyntaxShifter"/>). The result equals a whole parse of the new text, or there
/// is none, and the caller parses the whole text:
/// <list type="bullet">
/// <item>The earlier parse reported nothing, so each declaration in it is complete, its parentheses
/// balanced, and no diagnostic of the parse (whose places would move) needs keeping.</item>
/// <item>The part re-lexed starts where the last untouched declaration ends and stops where the next
/// one starts, both token boundaries of the earlier text with the same text before them; lexing has
/// no modes, so the tokens after the stop are the earlier ones moved, provided that a token of the new
/// text also starts at the stop (an opened comment or text that runs on is caught there).</item>
/// <item>The part re-parsed reports nothing (no bad character, unclosed text, deep nesting, syntax
/// error, bad escape) and parses in the fast stage, declaration by declaration, as the whole parse
/// does. A declaration's end never depends on the token after it: no declaration can go on with a
/// word that starts one (framework, source, scale, bands, case, fact, discretion, overall, score,
/// domain) or with the end of the text.</item>
/// </list>
/// The differential tests (IncrementalParserTests) hold it to the whole parse after random edits.
/// </summary>
internal static class IncrementalParser
{
    private const int BlockLength = 256;

    /// <summary>The syntax of <paramref name="source"/> from <paramref name="previous"/>, the syntax of
    /// <paramref name="previousText"/> from a parse that reported nothing; null when it has to be
    /// parsed whole. Reports into <paramref name="diagnostics"/> only what the whole parse would, which
    /// is nothing.</summary>
    public static CompilationUnitSyntax? Reparse(CompilationUnitSyntax previous, string previousText, SourceText source, DiagnosticBag diagnostics)
    {
        var (changed, insertedLength) = Difference(previousText, source.Text);
        var delta = insertedLength - changed.Length;
        var declarations = previous.Declarations;

        // The untouched declarations: [0, first) end before the change and [next, n) start after it.
        var first = 0;
        while (first < declarations.Length && declarations[first].Span.End < changed.Start)
        {
            first++;
        }

        var next = first;
        while (next < declarations.Length && declarations[next].Span.Start <= changed.End)
        {
            next++;
        }

        var start = first > 0 ? declarations[first - 1].Span.End : 0;
        var stop = (next < declarations.Length ? declarations[next].Span.Start : previousText.Length) + delta;

        var checkpoint = diagnostics.Save();
        var comments = ImmutableArray.CreateBuilder<CommentTrivia>();
        var tokens = FrameworkParser.Lex(source, diagnostics, comments, start, stop);
        var reparsed = tokens is not null && diagnostics.Count == checkpoint.Count && FrameworkParser.CheckNesting(tokens, diagnostics)
            ? FrameworkParser.ParseFast(source, tokens, diagnostics)
            : null;
        if (reparsed is null || diagnostics.Count != checkpoint.Count)
        {
            diagnostics.RollBack(checkpoint);
            return null;
        }

        var shifter = new SyntaxShifter(delta);
        var result = ImmutableArray.CreateBuilder<DeclarationSyntax>(first + reparsed.Value.Length + declarations.Length - next);
        for (var i = 0; i < first; i++)
        {
            result.Add(declarations[i]);
        }

        result.AddRange(reparsed.Value);
        for (var i = next; i < declarations.Length; i++)
        {
            result.Add(delta == 0 ? declarations[i] : shifter.Declaration(declarations[i]));
        }

        return new CompilationUnitSyntax(result.MoveToImmutable(), new TextSpan(0, source.Length))
        {
            Comments = MergeComments(previous.Comments, comments, start, stop - delta, shifter, delta),
        };
    }

    /// <summary>The span of <paramref name="before"/> that was replaced and the length of what replaced
    /// it, from the text the two share at their start and at their end.</summary>
    private static (TextSpan Changed, int InsertedLength) Difference(string before, string after)
    {
        var shortest = before.Length < after.Length ? before.Length : after.Length;
        var prefix = 0;
        while (prefix < shortest && before[prefix] == after[prefix])
        {
            // Whole blocks at a time where they are equal (SequenceEqual is vectorised).
            var block = Math.Min(BlockLength, shortest - prefix);
            if (block > 1 && before.AsSpan(prefix, block).SequenceEqual(after.AsSpan(prefix, block)))
            {
                prefix += block;
                continue;
            }

            prefix++;
        }

        var suffix = 0;
        while (suffix < shortest - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            var block = Math.Min(BlockLength, shortest - prefix - suffix);
            if (block > 1 && before.AsSpan(before.Length - suffix - block, block).SequenceEqual(after.AsSpan(after.Length - suffix - block, block)))
            {
                suffix += block;
                continue;
            }

            suffix++;
        }

        return (TextSpan.FromBounds(prefix, before.Length - suffix), after.Length - suffix - prefix);
    }

    // Comments are tokens, so none crosses the re-lexed part's ends.
    private static ImmutableArray<CommentTrivia> MergeComments(
        ImmutableArray<CommentTrivia> previous, ImmutableArray<CommentTrivia>.Builder reparsed, int start, int previousStop, SyntaxShifter shifter, int delta)
    {
        var merged = ImmutableArray.CreateBuilder<CommentTrivia>(previous.Length + reparsed.Count);
        foreach (var comment in previous)
        {
            if (comment.Span.End <= start)
            {
                merged.Add(comment);
            }
        }

        merged.AddRange(reparsed);
        foreach (var comment in previous)
        {
            if (comment.Span.Start >= previousStop)
            {
                merged.Add(delta == 0 ? comment : shifter.Comment(comment));
            }
        }

        return merged.ToImmutable();
    }
}
