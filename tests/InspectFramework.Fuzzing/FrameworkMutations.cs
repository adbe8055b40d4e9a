using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Fuzzing;

/// <summary>
/// Mutations that know the language: they work on the compiler's own tokens
/// (<see cref="FrameworkLexer"/>), on lines, and on the syntax tree's parts (declarations, items,
/// members, conditions), so most results are nearly right: the inputs that reach the binder and
/// the checks, where random bytes rarely get.
/// </summary>
internal static class FrameworkMutations
{
    // Values at the edges of what the binder reads: numbers past int and decimal, odd numbering,
    // impossible dates, huge percentages, keywords where names go, long and odd names, odd text, and text
    // that attacks the outputs (HostileText).
    private static readonly string[] Extremes = new[]
    {
        "0", "00", "1", "-1", "2147483647", "2147483648", "4294967296", "9223372036854775808", "79228162514264337593543950336",
        "99999999999999999999999999999999999999", "0.0000000000000000000000000001", "1.2.3.4.5.6.7.8.9", "1.1.1.1", "0.0", "100.5",
        "64.99999999999999999999", "2019-02-29", "2020-02-29", "0000-00-00", "9999-99-99", "2019-13-45",
        "a", "_", "__", "x1", "name_" + new string('x', 300), "domain", "when", "not", "and", "or", "in", "true", "false",
        "\"\"", "\" \"", "\"\\\"\"", "\"\\n\"", "\"\\u0000\"", "\"" + new string('w', 5000) + "\"", "\"tab\there\"", "\"line\\\nbreak\"",
        "%", "(", ")", "{", "}", ",", "=", "==", "!=", "<", "<=", ">", ">=", "->", "//", "/*", "*/", "'", "\u201c",
    }.Concat(HostileText.FrameworkLiterals).ToArray();

    public static string Apply(ref string text, FrameworkSeed seed, Corpus corpus, Random random)
    {
        var tokens = FrameworkLexer.Tokenize(text);
        var significant = Enumerable.Range(0, tokens.Length).Where(i => tokens[i].Kind is not (SyntaxTokenKind.WhiteSpace or SyntaxTokenKind.Comment)).ToList();
        if (significant.Count == 0)
        {
            text += corpus.Samples[random.Next(corpus.Samples.Length)].Text;
            return "append a sample to an empty file";
        }

        var pick = random.Next(significant.Count);
        var token = tokens[significant[pick]];
        switch (random.Next(11))
        {
            case 0:
                text = Replace(text, token.Span, string.Empty);
                return Describe("delete", token);
            case 1:
                text = Replace(text, new TextSpan(token.Span.End, 0), " " + token.Text);
                return Describe("duplicate", token);
            case 2:
            {
                // A neighbour half the time (a local mistake), anywhere otherwise.
                var other = tokens[random.Next(2) == 0 ? significant[Math.Min(significant.Count - 1, pick + 1)] : significant[random.Next(significant.Count)]];
                text = Swap(text, token.Span, other.Span);
                return Describe("swap", token) + " with " + Describe(string.Empty, other).TrimStart();
            }

            case 3:
            case 4:
            {
                // Another token of the same kind from anywhere in the corpus: other names (unknown
                // or duplicated), other keywords, other numbers.
                var pool = corpus.Vocabulary.TryGetValue(token.Kind, out var same) && random.Next(4) != 0 ? same : corpus.Vocabulary.Values.SelectMany(v => v).ToImmutableArray();
                var replacement = pool[random.Next(pool.Length)];
                text = Replace(text, token.Span, replacement);
                return Describe("replace", token) + " by " + ByteMutations.Show(replacement);
            }

            case 5:
            {
                var replacement = Extremes[random.Next(Extremes.Length)];
                text = Replace(text, token.Span, replacement);
                return Describe("replace", token) + " by " + ByteMutations.Show(replacement);
            }

            case 6:
            case 7:
                return Lines(ref text, random);
            case 8:
                return Parts(ref text, seed, corpus, random);
            case 9:
                return Conditions(ref text, tokens, random);
            default:
            {
                var count = 2 + random.Next(8);
                var start = random.Next(significant.Count);
                var end = Math.Min(significant.Count - 1, start + count - 1);
                var span = TextSpan.FromBounds(tokens[significant[start]].Span.Start, tokens[significant[end]].Span.End);
                text = Replace(text, span, string.Empty);
                return Invariant($"delete {end - start + 1} tokens at {span.Start}");
            }
        }
    }

    /// <summary>
    /// Edits that keep the meaning: comments, blank lines and odd white space between tokens, other
    /// wording in a text. Most results still compile cleanly, so they reach the back ends (the
    /// formatter, which must keep every comment; documents; diffs; scoring) and keep the share of
    /// clean inputs up.
    /// </summary>
    public static string Gentle(ref string text, Corpus corpus, Random random)
    {
        var tokens = FrameworkLexer.Tokenize(text);
        if (tokens.IsEmpty)
        {
            return "nothing to edit gently";
        }

        var token = tokens[random.Next(tokens.Length)];
        if (random.Next(3) == 0 && token.Kind == SyntaxTokenKind.Text && corpus.Vocabulary.TryGetValue(SyntaxTokenKind.Text, out var texts))
        {
            var replacement = texts[random.Next(texts.Length)];
            text = Replace(text, token.Span, replacement);
            return Describe("replace", token) + " by " + ByteMutations.Show(replacement);
        }

        var trivia = Trivia[random.Next(Trivia.Length)];
        var at = random.Next(2) == 0 ? token.Span.Start : token.Span.End;
        text = Replace(text, new TextSpan(at, 0), trivia);
        return Invariant($"insert {ByteMutations.Show(trivia)} at {at}");
    }

    // Between any two tokens these change nothing but the layout.
    private static readonly string[] Trivia =
    {
        " ", "\t", "\n", "\n\n\n", "\r\n", " // a comment\n", "\n// a comment on its own line\n", "/* a block */", "/* a\nblock\nover lines */",
        "/**/", "// \u00e9\u2019 comment \U0001F600\n", "\f", "\uFEFF", " /* // */ ", "//\n", "\n  // indented\n  ",
    };

    /// <summary>Moves syntax parts: splices a part of another framework (or this one) in place of
    /// a part of the same category or after any part, deletes a part, or duplicates one.</summary>
    public static string Parts(ref string text, FrameworkSeed seed, Corpus corpus, Random random)
    {
        if (seed.Parts.IsEmpty || !ReferenceEquals(text, seed.Text))
        {
            // Parts are known only in the seed's own text; once it has changed, lines stand in.
            return Lines(ref text, random);
        }

        var target = seed.Parts[random.Next(seed.Parts.Length)];
        var donorFile = corpus.All[random.Next(corpus.All.Length)];
        var same = donorFile.Parts.Where(p => p.Category == target.Category).ToList();
        switch (random.Next(5))
        {
            case 0:
            case 1:
            {
                var donor = same.Count > 0 && random.Next(4) != 0 ? same[random.Next(same.Count)] : donorFile.Parts.IsEmpty ? target : donorFile.Parts[random.Next(donorFile.Parts.Length)];
                var donorText = (donorFile.Parts.IsEmpty ? seed : donorFile).Text.Substring(donor.Span.Start, donor.Span.Length);
                text = Replace(text, target.Span, donorText);
                return Invariant($"replace {target.Category} at {target.Span.Start} by {donor.Category} from {donorFile.Name} at {donor.Span.Start}");
            }

            case 2:
            {
                var donor = donorFile.Parts.IsEmpty ? target : donorFile.Parts[random.Next(donorFile.Parts.Length)];
                var donorText = (donorFile.Parts.IsEmpty ? seed : donorFile).Text.Substring(donor.Span.Start, donor.Span.Length);
                text = Replace(text, new TextSpan(target.Span.End, 0), "\n" + donorText);
                return Invariant($"insert {donor.Category} from {donorFile.Name} at {donor.Span.Start} after {target.Category} at {target.Span.Start}");
            }

            case 3:
                text = Replace(text, target.Span, string.Empty);
                return Invariant($"delete {target.Category} at {target.Span.Start}");
            default:
                text = Replace(text, new TextSpan(target.Span.End, 0), "\n" + text.Substring(target.Span.Start, target.Span.Length));
                return Invariant($"duplicate {target.Category} at {target.Span.Start}");
        }
    }

    private static string Lines(ref string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        var other = random.Next(2) == 0 ? Math.Min(lines.Count - 1, at + 1) : random.Next(lines.Count);
        string edit;
        switch (random.Next(3))
        {
            case 0:
                lines.RemoveAt(at);
                edit = Invariant($"delete line {at + 1}");
                break;
            case 1:
                lines.Insert(other, lines[at]);
                edit = Invariant($"copy line {at + 1} before line {other + 1}");
                break;
            default:
                (lines[at], lines[other]) = (lines[other], lines[at]);
                edit = Invariant($"swap lines {at + 1} and {other + 1}");
                break;
        }

        text = string.Join("\n", lines);
        return edit;
    }

    // Conditions at the edges: nesting near the limit, long chains, negation runs.
    private static string Conditions(ref string text, ImmutableArray<SyntaxToken> tokens, Random random)
    {
        var names = tokens.Where(t => t.Kind == SyntaxTokenKind.Name).ToList();
        if (names.Count == 0)
        {
            return Lines(ref text, random);
        }

        var name = names[random.Next(names.Count)];
        var depth = FrameworkParser.MaxNestingDepth - 3 + random.Next(7);
        string replacement;
        string edit;
        switch (random.Next(4))
        {
            case 0:
                replacement = new string('(', depth) + name.Text + new string(')', depth - random.Next(2));
                edit = Invariant($"nest '{name.Text}' at {name.Span.Start} in {depth} parentheses");
                break;
            case 1:
                replacement = string.Concat(Enumerable.Repeat("not ", depth)) + name.Text;
                edit = Invariant($"negate '{name.Text}' at {name.Span.Start} {depth} times");
                break;
            case 2:
            {
                var count = 1 + random.Next(2000);
                var op = random.Next(2) == 0 ? " and " : " or ";
                replacement = string.Join(op, Enumerable.Repeat(name.Text, count));
                edit = Invariant($"chain '{name.Text}' at {name.Span.Start} {count} times with{op.TrimEnd()}");
                break;
            }

            default:
            {
                var count = 1 + random.Next(depth);
                replacement = string.Concat(Enumerable.Repeat("(not ", count)) + name.Text + " in {" + name.Text + "}" + new string(')', count);
                edit = Invariant($"wrap '{name.Text}' at {name.Span.Start} in {count} negated groups with a list");
                break;
            }
        }

        text = Replace(text, name.Span, replacement);
        return edit;
    }

    private static string Replace(string text, TextSpan span, string replacement) =>
        text.Substring(0, span.Start) + replacement + text.Substring(span.End);

    private static string Swap(string text, TextSpan a, TextSpan b)
    {
        if (a.Start > b.Start)
        {
            (a, b) = (b, a);
        }

        if (a.End > b.Start)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, a.Start).Append(text, b.Start, b.Length).Append(text, a.End, b.Start - a.End).Append(text, a.Start, a.Length).Append(text, b.End, text.Length - b.End);
        return builder.ToString();
    }

    private static string Describe(string verb, SyntaxToken token) =>
        Invariant($"{verb} {token.Kind.ToString().ToLowerInvariant()} {ByteMutations.Show(token.Text)} at {token.Span.Start}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
