using System;
using System.Collections.Generic;
using System.Globalization;
using InspectFramework.Diagnostics;
using InspectFramework.Semantics;
using InspectFramework.Syntax;

namespace InspectFramework.Checking;

/// <summary>
/// Published numbers: well formed, under their parent, unique, in sequence without gaps; prompt
/// letters likewise. An item whose number is malformed, misplaced or a duplicate is left out of the
/// sequence, and so are its children, so that one mistake gives one diagnostic rather than a cascade.
/// </summary>
internal static class NumberingCheck
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
        var report = diagnostics.Report;
        var domains = new Sequence(report, ItemKind.Domain, parent: null, parentSound: true);
        foreach (var domain in framework.Domains)
        {
            var standards = new Sequence(report, ItemKind.Standard, domain, domains.Add(domain));
            foreach (var standard in domain.Standards)
            {
                var keyQuestions = new Sequence(report, ItemKind.KeyQuestion, standard, standards.Add(standard));
                foreach (var question in standard.KeyQuestions)
                {
                    keyQuestions.Add(question);
                    CheckPromptLetters(question, report);
                }
            }
        }
    }

    /// <summary>Prompts of one key question: all lettered or none; letters a, b, c, ... once each, in order.</summary>
    private static void CheckPromptLetters(KeyQuestionSymbol question, DiagnosticCatalogue report)
    {
        var anyLettered = false;
        foreach (var prompt in question.Prompts)
        {
            anyLettered |= ((PromptSyntax)prompt.Syntax).Letter is not null;
        }

        if (!anyLettered)
        {
            return;
        }

        var seen = new Dictionary<int, PromptSymbol>();
        var previous = 0;
        PromptSymbol? previousPrompt = null;
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

            // One lower-case letter: published prompts run (a) to at most (z) under a key question.
            if (letter.Text.Length != 1 || letter.Text[0] is < 'a' or > 'z')
            {
                report.InvalidNumber(letter.Span, letter.Text, "a prompt letter: use one lower-case letter, (a), (b), (c), ...");
                continue;
            }

            var position = letter.Text[0] - 'a' + 1;
            if (seen.TryGetValue(position, out var first))
            {
                report.DuplicateNumber(letter.Span, Describe(prompt), "letter", $"({letter.Text})", Describe(first));
                continue;
            }

            seen.Add(position, prompt);
            if (position < previous)
            {
                report.NumberOutOfSequence(letter.Span, "prompt", prompt.Number, string.Empty, previousPrompt!.Number);
            }
            else if (position > previous + 1)
            {
                report.NumberOutOfSequence(letter.Span, "prompt", prompt.Number, $"{question.Number}({(char)('a' + previous)})", null);
            }

            if (position > previous)
            {
                previous = position;
                previousPrompt = prompt;
            }
        }
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
    private sealed class Sequence
    {
        private readonly DiagnosticCatalogue _report;
        private readonly ItemKind _kind;
        private readonly ItemSymbol? _parent;
        private readonly bool _parentSound;
        private readonly Dictionary<string, ItemSymbol> _seen = new(StringComparer.Ordinal);
        private int _previous;
        private ItemSymbol? _previousItem;

        public Sequence(DiagnosticCatalogue report, ItemKind kind, ItemSymbol? parent, bool parentSound)
        {
            _report = report;
            _kind = kind;
            _parent = parent;
            _parentSound = parentSound;
        }

        public bool Add(ItemSymbol item)
        {
            // A missing number is a syntax error, already reported.
            var number = item.Syntax.Number;
            if (number is null || number.IsMissing || number.Text.Length == 0)
            {
                return false;
            }

            var parts = ParseParts(number.Text);
            if (parts is null)
            {
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
                _report.DuplicateNumber(number.Span, Describe(item), "number", number.Text, Describe(first));
                return false;
            }

            _seen.Add(number.Text, item);
            var position = parts[parts.Count - 1];
            if (position < _previous)
            {
                _report.NumberOutOfSequence(number.Span, KindWord(_kind), number.Text, string.Empty, _previousItem!.Number);
            }
            else if (position > _previous + 1)
            {
                var expected = (_previous + 1).ToString(CultureInfo.InvariantCulture);
                _report.NumberOutOfSequence(number.Span, KindWord(_kind), number.Text, _parent is null ? expected : _parent.Number + "." + expected, null);
            }

            if (position > _previous)
            {
                _previous = position;
                _previousItem = item;
            }

            return true;
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
}
