using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Formatting;

/// <summary>The result of formatting one file: the canonical text, or the syntax errors that prevent it.</summary>
public sealed record FormattingResult(string? Text, ImmutableArray<Diagnostic> Errors)
{
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Writes a framework in its one canonical layout: two-space indentation, one declaration per line,
/// a blank line between top-level declarations (consecutive sources, case types and facts may stay
/// together), around every standard and key question, band rows aligned in columns, canonical
/// spacing in conditions, text quoted canonically. Every comment is kept. Works from the syntax tree
/// only, so formatting cannot change what the file means; a file with syntax errors is refused.
/// </summary>
public static class FrameworkFormatter
{
    public const int IndentSize = 2;

    /// <summary>An enumeration fact is written on one line when it fits in this many columns.</summary>
    public const int MaxLineWidth = 100;

    /// <summary>Formats the file of <paramref name="compilation"/>, unless it could not be read or has syntax errors.</summary>
    public static FormattingResult Format(FrameworkCompilation compilation)
    {
        // IF00xx: the file could not be read, or its text or syntax is broken; the tree then has
        // missing parts and cannot be written back faithfully. Later errors (names, rules) are the
        // author's to fix and do not stop formatting.
        var errors = compilation.Diagnostics.Where(d => d.IsError && DiagnosticCatalogue.IsTextOrSyntax(d.Code)).ToImmutableArray();
        return errors.IsEmpty
            ? new FormattingResult(Format(compilation.Syntax, compilation.Source), errors)
            : new FormattingResult(null, errors);
    }

    /// <summary>Formats a syntax tree that has no syntax errors.</summary>
    public static string Format(CompilationUnitSyntax syntax, SourceText source) =>
        new Formatter(syntax, source).Run();

    private sealed class Formatter
    {
        private readonly CompilationUnitSyntax _syntax;
        private readonly LayoutWriter _writer;
        private readonly int _end;

        public Formatter(CompilationUnitSyntax syntax, SourceText source)
        {
            _syntax = syntax;
            _writer = new LayoutWriter(source, syntax.Comments);
            _end = source.Length;
        }

        public string Run()
        {
            var declarations = _syntax.Declarations;
            for (var i = 0; i < declarations.Length; i++)
            {
                var spacing = i == 0 ? Spacing.Forbid : TopLevelSpacing(declarations[i - 1], declarations[i]);
                var limit = i + 1 < declarations.Length ? declarations[i + 1].Span.Start : _end;
                Declaration(declarations[i], spacing, limit);
            }

            return _writer.Finish();
        }

        // Runs of one-line declarations of one kind (the sources, the case types, the facts, the scores) may be
        // written without blank lines between them, as the bundled frameworks group them.
        private static Spacing TopLevelSpacing(DeclarationSyntax previous, DeclarationSyntax next) =>
            previous.GetType() == next.GetType() && next is SourceDeclarationSyntax or CaseTypeDeclarationSyntax or FactDeclarationSyntax or ScoreDeclarationSyntax
                ? Spacing.Preserve
                : Spacing.Require;

        private void Declaration(DeclarationSyntax declaration, Spacing spacing, int limit)
        {
            switch (declaration)
            {
                case FrameworkDeclarationSyntax framework:
                    Block(
                        $"framework {framework.Name.Text}",
                        framework.Span.Start,
                        framework.Name.Span.End,
                        framework.Span.End - 1,
                        framework.Properties.Select(p => Member(p.Span, (s, l) => Single(HeaderProperty(p), p.Span, s, l))).ToList(),
                        spacing,
                        limit);
                    break;
                case SourceDeclarationSyntax source:
                    Single($"source {source.Name.Text} {Quote(source.Title)}", source.Span, spacing, limit);
                    break;
                case ScaleDeclarationSyntax scale:
                    Block(
                        $"scale {scale.Name.Text}{OptionalText(scale.Label)}",
                        scale.Span.Start,
                        (scale.Label?.Span ?? scale.Name.Span).End,
                        scale.Span.End - 1,
                        scale.Levels.Select(l => Member(l.Span, (s, lim) => Single($"level {l.Name.Text} {Quote(l.Label)} points {l.Points.Text}", l.Span, s, lim))).ToList(),
                        spacing,
                        limit);
                    break;
                case BandsDeclarationSyntax bands:
                    Bands(bands, spacing, limit);
                    break;
                case CaseTypeDeclarationSyntax caseType:
                    Single($"case type {caseType.Name.Text} {Quote(caseType.Label)}", caseType.Span, spacing, limit);
                    break;
                case ValueSetDeclarationSyntax set:
                    Values($"values {set.Name.Text} {Quote(set.Label)}", set.Members, set.Label.Span.End, set.Span, set.Span.End - 1, string.Empty, spacing, limit);
                    break;
                case FactDeclarationSyntax fact:
                    Fact(fact, spacing, limit);
                    break;
                case DiscretionDeclarationSyntax discretion:
                    Discretion(discretion, spacing, limit);
                    break;
                case OverallDeclarationSyntax overall:
                    Single($"overall rated by total points in {overall.Bands.Text}", overall.Span, spacing, limit);
                    break;
                case ScoreDeclarationSyntax score:
                    var rounding = score.Rounding is { } rule ? $" rounded {rule.Text} to {score.Decimals?.Text} decimals" : string.Empty;
                    Single($"score {score.Name.Text} {Quote(score.Label)}{rounding}", score.Span, spacing, limit);
                    break;
                case DomainSyntax domain:
                    Item(domain, spacing, limit);
                    break;
            }
        }

        private static string HeaderProperty(HeaderPropertySyntax property) => property.Kind switch
        {
            HeaderPropertyKind.Title => $"title {Quote(property.Value)}",
            HeaderPropertyKind.Version => $"version {Quote(property.Value)}",
            HeaderPropertyKind.Publisher => $"publisher {Quote(property.Value)}",
            HeaderPropertyKind.Effective => $"effective {property.Value}",
            _ => $"guidance {Quote(property.Value)}",
        };

        private void Bands(BandsDeclarationSyntax bands, Spacing spacing, int limit)
        {
            var measure = bands.Measure == BandMeasure.Points
                ? "of points"
                : $"of percentage rounded {bands.Rounding?.Text} to {bands.Decimals?.Text} decimals";
            var members = new List<BlockMember> { Member(bands.MeasureSpan, (s, l) => Single(measure, bands.MeasureSpan, s, l)) };

            // Columns: level names left-aligned, edges right-aligned, so the table reads as a table.
            var levelWidth = bands.Rows.Select(r => r.Level.Text.Length).DefaultIfEmpty(0).Max();
            var lowWidth = bands.Rows.Select(r => Edge(r.Low, r.LowIsPercent).Length).DefaultIfEmpty(0).Max();
            var highWidth = bands.Rows.Select(r => Edge(r.High, r.HighIsPercent).Length).DefaultIfEmpty(0).Max();
            foreach (var row in bands.Rows)
            {
                var text = $"{row.Level.Text.PadRight(levelWidth)} {Edge(row.Low, row.LowIsPercent).PadLeft(lowWidth)} to {Edge(row.High, row.HighIsPercent).PadLeft(highWidth)}";
                members.Add(Member(row.Span, (s, l) => Single(text, row.Span, s, l)));
            }

            Block($"bands {bands.Name.Text}{OptionalText(bands.Label)}", bands.Span.Start, (bands.Label?.Span ?? bands.Name.Span).End, bands.Span.End - 1, members, spacing, limit);
        }

        private static string Edge(NumberSyntax number, bool percent) => percent ? number.Text + "%" : number.Text;

        private void Fact(FactDeclarationSyntax fact, Spacing spacing, int limit)
        {
            var head = $"fact {fact.Name.Text} {Quote(fact.Label)}";
            var analysis = fact.ForAnalysis ? " for analysis" : string.Empty;
            switch (fact.Type)
            {
                case EnumFactTypeSyntax enumeration:
                    Values($"{head} one of", enumeration.Members, fact.Label.Span.End, fact.Span, enumeration.Span.End - 1, analysis, spacing, limit);
                    return;
                case ValueSetFactTypeSyntax shared:
                    Single($"{head} one of {shared.ValueSet.Text}{analysis}", fact.Span, spacing, limit);
                    return;
                case DerivedFactTypeSyntax derived:
                    Single($"{head} = {SyntaxConditionWriter.Write(derived.Expression)}{analysis}", fact.Span, spacing, limit);
                    return;
                case IntegerFactTypeSyntax:
                    Single($"{head} integer{analysis}", fact.Span, spacing, limit);
                    return;
                default:
                    Single($"{head} boolean{analysis}", fact.Span, spacing, limit);
                    return;
            }
        }

        // A fact's or a value set's values: on one line when they fit, else one value per line; the
        // closing brace carries what follows it (`for analysis`).
        private void Values(string head, ImmutableArray<EnumMemberSyntax> values, int labelEnd, TextSpan span, int close, string tail, Spacing spacing, int limit)
        {
            var members = values.Select(m => $"{m.Name.Text} {Quote(m.Label)}{CaseTypes(m.CaseTypes)}").ToList();
            var oneLine = $"{head} {{ {string.Join(", ", members)} }}{tail}";
            // Only a comment after the label stays inside the declaration and needs the
            // members on lines of their own; one in the head moves before it either way
            // (were it counted, a second run would find it gone and join the lines).
            if (oneLine.Length <= MaxLineWidth && !_writer.HasCommentWithin(TextSpan.FromBounds(labelEnd, span.End)))
            {
                Single(oneLine, span, spacing, limit);
                return;
            }

            var blockMembers = new List<BlockMember>();
            for (var i = 0; i < values.Length; i++)
            {
                var member = values[i];
                var text = members[i] + (i + 1 < values.Length ? "," : string.Empty);
                blockMembers.Add(Member(member.Span, (s, l) => Single(text, member.Span, s, l)));
            }

            Block(head, span.Start, labelEnd, close, blockMembers, spacing, limit, "}" + tail, span.End);
        }

        private static string CaseTypes(ImmutableArray<NameSyntax> caseTypes) =>
            caseTypes.IsEmpty ? string.Empty : " for " + string.Join(", ", caseTypes.Select(c => c.Text));

        private void Discretion(DiscretionDeclarationSyntax discretion, Spacing spacing, int limit)
        {
            var members = discretion.Clauses.Select(c => Member(c.Span, (s, l) => Single(Clause(c), c.Span, s, l))).ToList();

            // The head is the one keyword `discretion`.
            Block("discretion", discretion.Span.Start, discretion.Span.Start + "discretion".Length, discretion.Span.End - 1, members, spacing, limit);
        }

        private static string Clause(DiscretionClauseSyntax clause) => clause switch
        {
            DiscretionMoveSyntax move => $"allow {move.From.Text} -> {move.To.Text}" + (move.WithinPoints is { } within ? $" when within {within.Text} points" : string.Empty),
            _ => "rationale required",
        };

        // ---- items --------------------------------------------------------------------------------

        private void Item(ItemSyntax item, Spacing spacing, int limit)
        {
            var head = new StringBuilder();
            var headEnd = item.Text.Span.End;
            switch (item)
            {
                case DomainSyntax domain:
                    head.Append("domain ").Append(domain.NumberText);
                    break;
                case StandardSyntax standard:
                    head.Append("standard ").Append(standard.NumberText);
                    break;
                case KeyQuestionSyntax question:
                    head.Append("key question ").Append(question.NumberText);
                    break;
                case PromptSyntax prompt:
                    head.Append("prompt");
                    if (prompt.Letter is { } letter)
                    {
                        head.Append(" (").Append(letter.Text).Append(')');
                    }

                    break;
            }

            head.Append(' ').Append(item.Name.Text).Append(' ').Append(Quote(item.Text.Value));
            if (item is DomainSyntax { CaseTypes.IsEmpty: false } withTypes)
            {
                head.Append(" for ").Append(string.Join(", ", withTypes.CaseTypes.Select(c => c.Text)));
                headEnd = Math.Max(headEnd, withTypes.CaseTypes[withTypes.CaseTypes.Length - 1].Span.End);
            }

            if (item.Condition is { } condition)
            {
                head.Append(" when ").Append(SyntaxConditionWriter.Write(condition));
                headEnd = Math.Max(headEnd, condition.Span.End);
            }

            var members = new List<BlockMember>();
            for (var i = 0; i < item.Members.Length; i++)
            {
                var member = item.Members[i];
                var separated = IsSeparated(member) || (i > 0 && IsSeparated(item.Members[i - 1]));
                members.Add(Member(member.Span, (s, l) => ItemMember(member, s == Spacing.Forbid ? s : separated ? Spacing.Require : s, l)));
            }

            // Key questions and prompts need braces only for members; a brace pair holding nothing
            // but comments stays, to keep those comments inside.
            var hasBraces = item.Span.End > headEnd;
            if (members.Count == 0 && (!hasBraces || !_writer.HasOwnLineCommentBefore(headEnd, item.Span.End - 1)) && item is KeyQuestionSyntax or PromptSyntax)
            {
                Single(head.ToString(), TextSpan.FromBounds(item.Span.Start, headEnd), spacing, limit);
                return;
            }

            Block(head.ToString(), item.Span.Start, headEnd, item.Span.End - 1, members, spacing, limit);
        }

        // Standards and key questions stand apart from their neighbours with a blank line.
        private static bool IsSeparated(SyntaxNode member) => member is StandardSyntax or KeyQuestionSyntax;

        private void ItemMember(SyntaxNode member, Spacing spacing, int limit)
        {
            switch (member)
            {
                case ItemSyntax item:
                    Item(item, spacing, limit);
                    break;
                case DiscretionDeclarationSyntax discretion:
                    Discretion(discretion, spacing, limit);
                    break;
                case StatementSyntax statement:
                    Single($"statement {Quote(statement.Text)}", statement.Span, spacing, limit);
                    break;
                case RatingRuleSyntax rule:
                    var ruleText = rule.Kind switch
                    {
                        RatingRuleKind.Judgement => "rated by judgement",
                        RatingRuleKind.NotRated => "not rated",
                        _ => $"rated by lowest key question in {rule.Bands?.Text}",
                    };
                    Single(ruleText, rule.Span, spacing, limit);
                    break;
                case ContributionsSyntax contributions:
                    Single("contributes to " + string.Join(", ", contributions.Scores.Select(s => s.Text)), contributions.Span, spacing, limit);
                    break;
                case GuidanceSyntax guidance:
                    Single($"guidance {Quote(guidance.Text)}", guidance.Span, spacing, limit);
                    break;
                case ProvenanceSyntax provenance:
                    var kind = provenance.Kind == ProvenanceKind.Verbatim ? "verbatim" : "reconstructed";
                    Single($"provenance {kind} {provenance.Source.Text}{OptionalText(provenance.Note)}", provenance.Span, spacing, limit);
                    break;
                case AnswersSyntax answers:
                    Single($"answers {answers.Kind.Text}", answers.Span, spacing, limit);
                    break;
                case RationaleRequiredSyntax rationale:
                    Single("rationale required", rationale.Span, spacing, limit);
                    break;
            }
        }

        // ---- layout primitives ----------------------------------------------------------------------

        /// <summary>One member of a block: where it starts, and how to write it given its spacing and trailing-comment limit.</summary>
        private readonly record struct BlockMember(int Start, Action<Spacing, int> Write);

        private static BlockMember Member(TextSpan span, Action<Spacing, int> write) => new(span.Start, write);

        private void Single(string text, TextSpan span, Spacing spacing, int limit) =>
            _writer.Line(text, span.Start, span.End, spacing, limit);

        /// <summary>
        /// A construct with a braced body: the head line ending in <c>{</c>, the members one level in,
        /// the comments before the closing brace, the closing line.
        /// </summary>
        private void Block(
            string head,
            int start,
            int headEnd,
            int closeBrace,
            IReadOnlyList<BlockMember> members,
            Spacing spacing,
            int limit,
            string closeText = "}",
            int? closeEnd = null)
        {
            _writer.Line(head + " {", start, headEnd, spacing, members.Count > 0 ? members[0].Start : closeBrace);
            _writer.Indent();
            for (var i = 0; i < members.Count; i++)
            {
                members[i].Write(i == 0 ? Spacing.Forbid : Spacing.Preserve, i + 1 < members.Count ? members[i + 1].Start : closeBrace);
            }

            // Comments up to the end of the closing line's code (between `}` and `for analysis`) go
            // inside the block too, where a second run finds them.
            _writer.Leading(closeBrace, closeEnd ?? closeBrace, members.Count == 0 ? Spacing.Forbid : Spacing.Preserve);
            _writer.Outdent();
            _writer.Line(closeText, closeBrace, closeEnd ?? closeBrace + 1, Spacing.Forbid, limit);
        }

        private static string Quote(TextSyntax text) => TextEscaper.Quote(text.Value);

        private static string Quote(string value) => TextEscaper.Quote(value);

        private static string OptionalText(TextSyntax? text) => text is null ? string.Empty : " " + Quote(text);
    }
}
