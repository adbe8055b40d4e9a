using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Folding;

/// <summary>
/// Folding ranges: every declaration and member over more than one line (domains, standards, key
/// questions and prompts with their members, the header, the scale, band tables, facts with values,
/// discretion blocks) and comments over more than one line, in the order they start.
/// </summary>
public static class FoldingService
{
    public static ImmutableArray<FoldingRange> Fold(FrameworkCompilation compilation)
    {
        var source = compilation.Source;
        var ranges = new List<FoldingRange>();
        void Add(TextSpan span, FoldingRangeKind kind)
        {
            if (span.Length == 0 || span.End > source.Length)
            {
                return;
            }

            var start = source.GetLinePosition(span.Start).Line;
            var end = source.GetLinePosition(span.End).Line;
            if (end > start)
            {
                ranges.Add(new FoldingRange(start, end, kind));
            }
        }

        // Declarations nest at most four deep (domain, standard, key question, prompt).
        void Declaration(SyntaxNode node)
        {
            Add(node.Span, FoldingRangeKind.Region);
            var members = node switch
            {
                ItemSyntax item => item.Members,
                _ => ImmutableArray<SyntaxNode>.Empty,
            };
            foreach (var member in members)
            {
                if (member is ItemSyntax or DiscretionDeclarationSyntax)
                {
                    Declaration(member);
                }
            }
        }

        foreach (var declaration in compilation.Syntax.Declarations)
        {
            Declaration(declaration);
        }

        // Line comments alone on consecutive lines fold together; a block comment folds alone.
        var comments = compilation.Syntax.Comments;
        for (var i = 0; i < comments.Length; i++)
        {
            if (comments[i].Kind == CommentKind.Block)
            {
                Add(comments[i].Span, FoldingRangeKind.Comment);
                continue;
            }

            if (!IsAloneOnItsLine(source, comments[i]))
            {
                continue;
            }

            var last = i;
            while (last + 1 < comments.Length && comments[last + 1].Kind == CommentKind.Line
                && source.GetLinePosition(comments[last + 1].Span.Start).Line == source.GetLinePosition(comments[last].Span.Start).Line + 1
                && IsAloneOnItsLine(source, comments[last + 1]))
            {
                last++;
            }

            Add(TextSpan.FromBounds(comments[i].Span.Start, comments[last].Span.End), FoldingRangeKind.Comment);
            i = last;
        }

        return ranges.OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine).ToImmutableArray();
    }

    // A comment after code on its line belongs to that code, not to a run of comments.
    private static bool IsAloneOnItsLine(SourceText source, CommentTrivia comment)
    {
        var line = source.GetLinePosition(comment.Span.Start).Line;
        var start = source.GetLineStart(line);
        return source.Text.Substring(start, comment.Span.Start - start).Trim().Length == 0;
    }
}
