using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Checking;

/// <summary>Empty and duplicated wording, missing standard statements, unused facts.</summary>
internal static class WordingCheck
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
        var report = diagnostics.Report;
        CheckDeclarations(framework, report);
        CheckItems(framework, diagnostics);
        if (!diagnostics.HasSyntaxErrors)
        {
            CheckUnusedFacts(framework, report);
        }
    }

    // ---- labels of declarations ----------------------------------------------------------------------

    private static void CheckDeclarations(FrameworkSymbol framework, DiagnosticCatalogue report)
    {
        foreach (var property in framework.Header.Values.OrderBy(p => p.Span.Start))
        {
            if (property.Kind != HeaderPropertyKind.Effective && IsBlank(property.Value))
            {
                var name = property.Kind.ToString().ToLowerInvariant();
                report.EmptyWording(property.ValueSpan, "the framework", name);
            }
        }

        foreach (var source in framework.Sources)
        {
            Empty(source.Syntax.Title, $"source '{source.Name}'", "title", report);
        }

        if (framework.Scale is { } scale)
        {
            if (scale.Syntax.Label is { } scaleLabel)
            {
                Empty(scaleLabel, $"rating scale '{scale.Name}'", "label", report);
            }

            var levels = new Duplicates(report, "label");
            foreach (var level in scale.Levels)
            {
                levels.Add(level.Syntax.Label, $"level '{level.Name}'");
            }
        }

        foreach (var table in framework.BandTables)
        {
            if (table.Syntax.Label is { } label)
            {
                Empty(label, $"band table '{table.Name}'", "label", report);
            }
        }

        var scores = new Duplicates(report, "label");
        foreach (var score in framework.Scores)
        {
            scores.Add(score.Syntax.Label, $"score '{score.Name}'");
        }

        var caseTypes = new Duplicates(report, "label");
        foreach (var caseType in framework.CaseTypes)
        {
            caseTypes.Add(caseType.Syntax.Label, $"case type '{caseType.Name}'");
        }

        var sets = new Duplicates(report, "label");
        foreach (var set in framework.ValueSets)
        {
            sets.Add(set.Syntax.Label, $"value set '{set.Name}'");
            var values = new Duplicates(report, "label");
            foreach (var member in set.Members)
            {
                values.Add(member.Syntax.Label, $"value '{member.Name}' of value set '{set.Name}'", $"value '{member.Name}'");
            }
        }

        var facts = new Duplicates(report, "label");
        foreach (var fact in framework.Facts)
        {
            facts.Add(fact.Syntax.Label, $"fact '{fact.Name}'");
            // A fact of a value set has the set's values, checked once above; a fact without values has none.
            if (fact.Members.IsEmpty || fact.ValueSet is not null)
            {
                continue;
            }

            var members = new Duplicates(report, "label");
            foreach (var member in fact.Members)
            {
                members.Add(member.Syntax.Label, $"value '{member.Name}' of fact '{fact.Name}'", $"value '{member.Name}'");
            }
        }
    }

    // ---- items ---------------------------------------------------------------------------------------

    /// <summary>
    /// Duplicates are looked for among siblings only. Published frameworks repeat wording on
    /// purpose across parents: the court and out-of-court domains share standard titles,
    /// statements and key questions ("Does assessment sufficiently analyse how to support the
    /// child's desistance?" is both 2.1.1 and 3.1.1), while two identical key questions in one
    /// standard, or two identical prompts under one key question, are copying mistakes.
    /// </summary>
    private static void CheckItems(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
        var report = diagnostics.Report;
        var domains = new Duplicates(report, "title");
        foreach (var domain in framework.Domains)
        {
            domains.Add(domain.Syntax.Text, domain);
            CheckGuidance(domain, report);
            var standardTitles = new Duplicates(report, "title");
            var statements = new Duplicates(report, "statement");
            foreach (var standard in domain.Standards)
            {
                standardTitles.Add(standard.Syntax.Text, standard);
                CheckGuidance(standard, report);
                var statement = standard.Syntax.Members.OfType<StatementSyntax>().FirstOrDefault();
                if (statement is not null)
                {
                    statements.Add(statement.Text, standard);
                }
                else if (ReadToEnd.Standard(standard, diagnostics))
                {
                    report.MissingProperty(NumberOrName(standard), standard.DisplayName, "statement");
                }

                var questions = new Duplicates(report, "wording");
                foreach (var question in standard.KeyQuestions)
                {
                    questions.Add(question.Syntax.Text, question);
                    CheckGuidance(question, report);
                    var prompts = new Duplicates(report, "wording");
                    foreach (var prompt in question.Prompts)
                    {
                        prompts.Add(prompt.Syntax.Text, prompt);
                        CheckGuidance(prompt, report);
                    }
                }
            }
        }
    }

    private static void CheckGuidance(ItemSymbol item, DiagnosticCatalogue report)
    {
        foreach (var guidance in item.Syntax.Members.OfType<GuidanceSyntax>())
        {
            Empty(guidance.Text, item, "guidance", report);
        }
    }

    private static TextSpan NumberOrName(ItemSymbol item) =>
        item.Syntax.Number is { IsMissing: false } number ? number.Span
        : item.Syntax.Name.IsMissing ? item.Syntax.Span : item.Syntax.Name.Span;

    // ---- unused facts --------------------------------------------------------------------------------

    private static void CheckUnusedFacts(FrameworkSymbol framework, DiagnosticCatalogue report)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<BoundExpression>();
        foreach (var item in framework.AllItems)
        {
            if (item.Condition is { } condition)
            {
                CollectFacts(condition, used, pending);
            }
        }

        foreach (var fact in framework.Facts)
        {
            if (fact.Derivation is { } derivation)
            {
                CollectFacts(derivation, used, pending);
            }
        }

        foreach (var fact in framework.Facts)
        {
            // A fact whose values are tied to case types is checked in every case, so it is used.
            if (!fact.ForAnalysis && !fact.HasCaseTypedValues && !used.Contains(fact.Name))
            {
                report.UnusedFact(fact.Syntax.Name.Span, fact.Name);
            }
        }

        var usedSets = new HashSet<ValueSetSymbol>(framework.Facts.Select(f => f.ValueSet).OfType<ValueSetSymbol>());
        foreach (var set in framework.ValueSets)
        {
            if (!usedSets.Contains(set))
            {
                report.UnusedValueSet(set.Syntax.Name.Span, set.Name);
            }
        }
    }

    /// <summary>
    /// The facts a condition refers to. Where binding failed (and was reported), the names written
    /// there count too, so that one mistake in a condition does not also make its facts "unused".
    /// Iterative: conditions may nest as deep as the parser allows.
    /// </summary>
    /// <param name="pending">An empty work list, reused from one condition to the next.</param>
    private static void CollectFacts(BoundExpression root, HashSet<string> used, Stack<BoundExpression> pending)
    {
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case BoundFactReference reference:
                    used.Add(reference.Fact.Name);
                    break;
                case BoundNot not:
                    pending.Push(not.Operand);
                    break;
                case BoundLogical logical:
                    foreach (var operand in logical.Operands)
                    {
                        pending.Push(operand);
                    }

                    break;
                case BoundComparison comparison:
                    pending.Push(comparison.Left);
                    pending.Push(comparison.Right);
                    break;
                case BoundMembership membership:
                    pending.Push(membership.Left);
                    break;
                case BoundErrorExpression error:
                    CollectNames(error.Syntax, used);
                    break;
            }
        }
    }

    private static void CollectNames(ExpressionSyntax root, HashSet<string> used)
    {
        var pending = new Stack<ExpressionSyntax>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case NameExpressionSyntax name when !name.Name.IsMissing:
                    used.Add(name.Name.Text);
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    pending.Push(parenthesized.Inner);
                    break;
                case NotExpressionSyntax not:
                    pending.Push(not.Operand);
                    break;
                case LogicalExpressionSyntax logical:
                    foreach (var operand in logical.Operands)
                    {
                        pending.Push(operand);
                    }

                    break;
                case ComparisonExpressionSyntax comparison:
                    pending.Push(comparison.Left);
                    pending.Push(comparison.Right);
                    break;
                case MembershipExpressionSyntax membership:
                    pending.Push(membership.Left);
                    break;
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static bool Empty(TextSyntax text, ItemName item, string property, DiagnosticCatalogue report)
    {
        // Missing text is a syntax error, already reported.
        if (text.IsMissing || !IsBlank(text.Value))
        {
            return false;
        }

        report.EmptyWording(text.Span, item.ToString(), property);
        return true;
    }

    /// <summary>How a message names an item: a phrase, or a framework item's display name, which is
    /// made only when a message needs it (every item's wording is compared; few are reported).</summary>
    private readonly struct ItemName
    {
        private readonly string? _phrase;
        private readonly ItemSymbol? _item;

        private ItemName(string? phrase, ItemSymbol? item) => (_phrase, _item) = (phrase, item);

        public static implicit operator ItemName(string phrase) => new(phrase, null);

        public static implicit operator ItemName(ItemSymbol item) => new(null, item);

        public override string ToString() => _phrase ?? _item?.DisplayName ?? string.Empty;
    }

    private static bool IsBlank(string value) => value.Trim().Length == 0;

    /// <summary>
    /// Wording compared as a reader sees it: case and runs of white space do not matter, so
    /// "Does  planning ..." and "does planning ..." count as the same question. Two texts are equal
    /// when their normalised forms are (trimmed, each run of white space one space, upper case in the
    /// invariant culture); the forms are read character by character, never built, as every item's
    /// wording is compared.
    /// </summary>
    private readonly struct Wording : IEquatable<Wording>
    {
        private readonly string _text;
        private readonly int _hash;

        public Wording(string text)
        {
            _text = text;

            // FNV-1a over the normalised characters, computed once per text.
            var reader = new NormalisedReader(text);
            var hash = unchecked((int)2166136261);
            for (var c = reader.Next(); c >= 0; c = reader.Next())
            {
                hash = unchecked((hash ^ c) * 16777619);
            }

            _hash = hash;
        }

        public bool Equals(Wording other)
        {
            if (_hash != other._hash)
            {
                return false;
            }

            var left = new NormalisedReader(_text);
            var right = new NormalisedReader(other._text);
            while (true)
            {
                var c = left.Next();
                if (c != right.Next())
                {
                    return false;
                }

                if (c < 0)
                {
                    return true;
                }
            }
        }

        public override bool Equals(object? obj) => obj is Wording other && Equals(other);

        public override int GetHashCode() => _hash;
    }

    /// <summary>The characters of a text's normalised form, one at a time, then -1.</summary>
    private struct NormalisedReader
    {
        private readonly string _text;
        private int _index;
        private bool _space;

        public NormalisedReader(string text)
        {
            _text = text;
            _index = 0;
            _space = false;
            while (_index < text.Length && char.IsWhiteSpace(text[_index]))
            {
                _index++;
            }
        }

        public int Next()
        {
            while (_index < _text.Length)
            {
                var c = _text[_index];
                if (char.IsWhiteSpace(c))
                {
                    _space = true;
                    _index++;
                    continue;
                }

                // A run of white space before more text reads as one space; at the end, as nothing.
                if (_space)
                {
                    _space = false;
                    return ' ';
                }

                _index++;
                return char.ToUpperInvariant(c);
            }

            return -1;
        }
    }

    /// <summary>One group of siblings whose wording must differ; also reports empty wording.</summary>
    private sealed class Duplicates
    {
        private readonly DiagnosticCatalogue _report;
        private readonly string _property;
        private readonly Dictionary<Wording, (ItemName Item, TextSpan Span)> _first = new();

        public Duplicates(DiagnosticCatalogue report, string property)
        {
            _report = report;
            _property = property;
        }

        /// <param name="item">How the item is named in a message about it.</param>
        /// <param name="asOther">How it is named when a later sibling repeats it; <paramref name="item"/> if null.</param>
        public void Add(TextSyntax text, ItemName item, string? asOther = null)
        {
            if (text.IsMissing || Empty(text, item, _property, _report))
            {
                return;
            }

            var wording = new Wording(text.Value);
            if (_first.TryGetValue(wording, out var other))
            {
                _report.DuplicatedWording(text.Span, item.ToString(), _property, other.Item.ToString(), other.Span);
                return;
            }

            _first.Add(wording, (asOther ?? item, text.Span));
        }
    }
}
