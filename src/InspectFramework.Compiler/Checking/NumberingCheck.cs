using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Checking;

/// <summary>
/// Published numbers: well formed, under their parent, unique, in sequence without gaps; prompt
/// letters likewise. An item whose number is malformed, misplaced or a duplicate is left out of the
/// sequence, and its children are not compared with it, so one mistake gives one diagnostic rather
/// than a cascade. Items whose number a syntax error left out are skipped.
/// </summary>
internal static class NumberingCheck
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
        var report = diagnostics.Report;
        var wholeFile = !diagnostics.HasSyntaxErrors;
        var domains = new NumberedChildren(report, ItemKind.Domain, parent: null, parentSound: true);
        foreach (var domain in framework.Domains)
        {
            var standards = new NumberedChildren(report, ItemKind.Standard, domain, domains.Add(domain));
            foreach (var standard in domain.Standards)
            {
                var keyQuestions = new NumberedChildren(report, ItemKind.KeyQuestion, standard, standards.Add(standard));
                foreach (var question in standard.KeyQuestions)
                {
                    keyQuestions.Add(question);
                    CheckPromptLetters(question, report);
                }

                keyQuestions.Finish(wholeFile);
            }

            standards.Finish(wholeFile);
        }

        domains.Finish(wholeFile);
    }

    /// <summary>Prompts of one key question: all lettered or none; letters a, b, c, ... once each, in order.</summary>
    private static void CheckPromptLetters(KeyQuestionSymbol question, DiagnosticCatalogue report)
    {
        if (!question.Prompts.Any(p => ((PromptSyntax)p.Syntax).Letter is not null))
        {
            return;
        }

        var sequence = new Sequence(report, "prompt", position => $"{question.Number}({(char)('a' + position - 1)})");
        var seen = new Dictionary<char, PromptSymbol>();
        foreach (var prompt in question.Prompts)
        {
            var letter = ((PromptSyntax)prompt.Syntax).Letter;
            if (letter is null)
            {
                report.PromptsPartlyLettered(prompt.Syntax.Name.IsMissing ? prompt.Syntax.Span : prompt.Syntax.Name.Span, Describe(prompt), question.DisplayName);
                continue;
            }

            if (letter.IsMissing)
            {
                continue;
            }

            // One lower-case letter: prompts under a key question run from (a) to at most (z).
            if (letter.Text.Length != 1 || letter.Text[0] is < 'a' or > 'z')
            {
                report.InvalidNumber(letter.Span, letter.Text, "a prompt letter: use one lower-case letter, such as (a) or (b)");
                continue;
            }

            if (seen.TryGetValue(letter.Text[0], out var first))
            {
                report.DuplicateNumber(letter.Span, Describe(prompt), "letter", $"({letter.Text})", Describe(first), (first.Syntax as PromptSyntax)?.Letter?.Span ?? first.Syntax.Span);
                continue;
            }

            seen.Add(letter.Text[0], prompt);
            sequence.Add(letter.Text[0] - 'a' + 1, letter.Span, prompt.Number);
        }

        sequence.Finish();
    }

    private static string Describe(ItemSymbol item) =>
        item.Name.Length == 0 ? item.DisplayName : $"{KindWord(item.Kind)} '{item.Name}'";

    private static string KindWord(ItemKind kind) => kind switch
    {
        ItemKind.Domain => "domain",
        ItemKind.Standard => "standard",
        ItemKind.KeyQuestion => "key question",
        _ => "prompt",
    };

    /// <summary>
    /// The numbered children of one parent, in source order. <see cref="Add"/> checks one child's
    /// number and says whether it is sound, so that the child's own children are checked against it.
    /// </summary>
    private sealed class NumberedChildren
    {
        private readonly DiagnosticCatalogue _report;
        private readonly ItemKind _kind;
        private readonly ItemSymbol? _parent;
        private readonly bool _parentSound;
        private readonly Dictionary<string, ItemSymbol> _seen = new(StringComparer.Ordinal);
        private readonly Sequence _sequence;

        public NumberedChildren(DiagnosticCatalogue report, ItemKind kind, ItemSymbol? parent, bool parentSound)
        {
            _report = report;
            _kind = kind;
            _parent = parent;
            _parentSound = parentSound;
            _sequence = new Sequence(report, KindWord(kind), position =>
                parent is null ? position.ToString(CultureInfo.InvariantCulture) : parent.Number + "." + position.ToString(CultureInfo.InvariantCulture));
        }

        public bool Add(ItemSymbol item)
        {
            var number = item.Syntax.Number;
            if (number is null || number.IsMissing || number.Text.Length == 0)
            {
                _sequence.MarkIncomplete();
                return false;
            }

            var parts = ParseParts(number.Text);
            if (parts is null)
            {
                _sequence.MarkIncomplete();
                _report.InvalidNumber(number.Span, number.Text, $"a valid {KindWord(_kind)} number: write whole numbers from 1 without leading zeros, such as {Example(_kind)}");
                return false;
            }

            if (_kind == ItemKind.Domain && parts.Count != 1)
            {
                _report.InvalidNumber(number.Span, number.Text, "a valid domain number: a domain is numbered with one whole number, such as 2");
                return false;
            }

            // Under a parent whose own number is wrong there is nothing sound to compare with.
            if (!_parentSound)
            {
                return false;
            }

            if (_parent is not null && (parts.Count != _parent.Number.Split('.').Length + 1
                || !number.Text.StartsWith(_parent.Number + ".", StringComparison.Ordinal)))
            {
                _report.NumberNotUnderParent(number.Span, KindWord(_kind), number.Text, _parent.DisplayName, _parent.Number);
                return false;
            }

            if (_seen.TryGetValue(number.Text, out var first))
            {
                _report.DuplicateNumber(number.Span, Describe(item), "number", number.Text, Describe(first), first.Syntax.Number?.Span ?? first.Syntax.Span);
                return false;
            }

            _seen.Add(number.Text, item);
            _sequence.Add(parts[parts.Count - 1], number.Span, number.Text);
            return true;
        }

        /// <summary>Reports the sequence; without gaps when the parser skipped part of the file, where
        /// an item it could not read would look like one.</summary>
        public void Finish(bool wholeFile)
        {
            if (!wholeFile)
            {
                _sequence.MarkIncomplete();
            }

            _sequence.Finish();
        }

        private static string Example(ItemKind kind) => kind switch
        {
            ItemKind.Domain => "2",
            ItemKind.Standard => "2.1",
            _ => "2.1.3",
        };

        /// <summary>The parts of "2.1.3", or null unless each is a whole number from 1 written without leading zeros.</summary>
        private static List<int>? ParseParts(string text)
        {
            var result = new List<int>();
            foreach (var part in text.Split('.'))
            {
                if (part.Length == 0 || part[0] == '0'
                    || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return null;
                }

                result.Add(value);
            }

            return result;
        }
    }

    /// <summary>
    /// Positions 1, 2, 3, ... of sibling items, unique, in source order. An item listed after a
    /// higher one is out of order; a position missing from the whole set is a gap, reported at the
    /// first item after it. Two swapped items are thus one diagnostic, not an order and a gap.
    /// </summary>
    private sealed class Sequence
    {
        private readonly DiagnosticCatalogue _report;
        private readonly string _kind;
        private readonly Func<int, string> _numberOf;
        private readonly List<(int Position, TextSpan Span, string Number)> _items = new();

        // A sibling without a readable number may be the one that fills a gap: gaps are then not reported.
        private bool _incomplete;

        public Sequence(DiagnosticCatalogue report, string kind, Func<int, string> numberOf)
        {
            _report = report;
            _kind = kind;
            _numberOf = numberOf;
        }

        public void Add(int position, TextSpan span, string number) => _items.Add((position, span, number));

        public void MarkIncomplete() => _incomplete = true;

        public void Finish()
        {
            (int Position, TextSpan Span, string Number)? highest = null;
            foreach (var item in _items)
            {
                if (highest is { } h && item.Position < h.Position)
                {
                    _report.NumberOutOfSequence(item.Span, _kind, item.Number, null, h.Number, h.Span);
                }
                else
                {
                    highest = item;
                }
            }

            if (_incomplete)
            {
                return;
            }

            var expected = 1;
            foreach (var item in _items.OrderBy(i => i.Position))
            {
                if (item.Position > expected)
                {
                    _report.NumberOutOfSequence(item.Span, _kind, item.Number, _numberOf(expected), null);
                }

                expected = item.Position + 1;
            }
        }
    }
}
