using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tests.Parsing;

/// <summary>
/// The incremental parser against the whole parse: after random edits of a bundled framework, a
/// re-parse from the previous version's syntax must give exactly the tree (every node, span and
/// comment) the whole parse gives, or give none; and a compilation made from the previous one must
/// report exactly what one made from scratch does.
/// </summary>
public sealed class IncrementalParserTests
{
    // Edits that keep the text valid (inside text and comments, white space, whole lines moved) and
    // edits that break it in the ways that cross a re-parsed part's ends: opened text and comments,
    // braces, declaration words, bad characters, bidi controls, line endings, astral characters.
    private static readonly string[] Insertions =
    [
        " ", "\n", "\r\n", "\r", "x", "é", "😀", "// note\n", "/* note */", "\"", "/*", "*/", "{", "}", "(", ")", "domain ", "fact ", "source ",
        "when ", "and ", "==", "&&", "\u201C", "\u202E", "\\", "fact extra \"Extra\" boolean\n", "key question 9.9.9 extra \"Extra?\"\n", "not ", "in {",
    ];

    [Theory]
    [InlineData("hmip-youth-2019.inspect", 1)]
    [InlineData("hmip-youth-2019.inspect", 2)]
    [InlineData("hmip-core-case-2009.inspect", 3)]
    public void A_reparse_after_random_edits_gives_the_whole_parse(string framework, int seed)
    {
        var random = new Random(seed);
        var clean = new SourceText(framework, File.ReadAllText(Path.Combine(RepositoryPaths.Frameworks, framework)));
        var cleanSyntax = FrameworkParser.Parse(clean, new DiagnosticBag(clean));
        int reused = 0, refused = 0;
        for (var step = 0; step < 150; step++)
        {
            // One to three edits between versions, as typing within the pause before a check makes.
            var text = clean.Text;
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                text = Edit(text, random);
            }

            var edited = new SourceText(framework, text);
            var whole = new DiagnosticBag(edited);
            var wholeSyntax = FrameworkParser.Parse(edited, whole);
            var bag = new DiagnosticBag(edited);
            var reparsed = IncrementalParser.Reparse(cleanSyntax, clean.Text, edited, bag);
            Assert.Equal(0, bag.Count);
            if (reparsed is null)
            {
                refused++;
                continue;
            }

            reused++;
            Assert.Equal(0, whole.Count);
            Assert.Equal(Dump(wholeSyntax), Dump(reparsed));

            // Go on from the new version, as an editor does, while it stays valid.
            (clean, cleanSyntax) = (edited, reparsed);
        }

        // Both ways are exercised: most edits are re-parsed in part, the rest are refused.
        Assert.True(reused > 30, $"{reused} re-parsed, {refused} refused");
        Assert.True(refused > 10, $"{reused} re-parsed, {refused} refused");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void A_compilation_from_the_previous_one_reports_what_one_from_scratch_does(int seed)
    {
        var random = new Random(seed);
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2018.inspect"));
        var previous = FrameworkCompilation.FromText(new SourceText("f.inspect", text));
        for (var step = 0; step < 60; step++)
        {
            var source = new SourceText("f.inspect", Edit(text, random));
            var incremental = FrameworkCompilation.FromText(source, previous);
            var scratch = FrameworkCompilation.FromText(source);
            Assert.Equal(Describe(scratch), Describe(incremental));

            // Go on from a version that parses, whose syntax the next one can start from; names and
            // rules may be wrong in it.
            if (!scratch.Diagnostics.Any(d => DiagnosticCatalogue.IsTextOrSyntax(d.Code)))
            {
                (text, previous) = (source.Text, incremental);
            }
        }
    }

    [Fact]
    public void Declarations_before_an_edit_are_kept_and_those_after_it_are_moved()
    {
        const string text = "case type court \"Court\"\ncase type other \"Other\"\ncase type last \"Last\"\n";
        var previous = FrameworkCompilation.FromText(new SourceText("t.inspect", text));
        var edited = FrameworkCompilation.FromText(new SourceText("t.inspect", text.Replace("\"Other\"", "\"Other types\"")), previous);

        Assert.Same(previous.Syntax.Declarations[0], edited.Syntax.Declarations[0]);
        Assert.NotSame(previous.Syntax.Declarations[1], edited.Syntax.Declarations[1]);
        var moved = Assert.IsType<CaseTypeDeclarationSyntax>(edited.Syntax.Declarations[2]);
        Assert.Equal(text.IndexOf("case type last", StringComparison.Ordinal) + " types".Length, moved.Span.Start);
        Assert.Equal("last", edited.Source[moved.Name.Span]);
    }

    private static string Edit(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        switch (random.Next(4))
        {
            case 0:
                var length = Math.Min(text.Length - at, random.Next(1, 20));
                var end = at + length < text.Length && char.IsLowSurrogate(text[at + length]) ? at + length + 1 : at + length;
                return text.Remove(at, end - at);
            case 1:
                // A whole line moved elsewhere (a declaration's line, a member, a closing brace).
                var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                var lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    return text;
                }

                var line = text.Substring(lineStart, lineEnd + 1 - lineStart);
                var rest = text.Remove(lineStart, line.Length);
                return rest.Insert(rest.IndexOf('\n', random.Next(rest.Length)) + 1, line);
            default:
                return text.Insert(at, Insertions[random.Next(Insertions.Length)]);
        }
    }

    private static string Describe(FrameworkCompilation compilation) =>
        string.Join("\n", compilation.Diagnostics.Select(d => $"{d.Code} {d.Location.Span} {d.Message}"))
        + "\n--\n" + string.Join("\n", compilation.References.Select(r => $"{r.Name.Span} {r.Symbol.SymbolKind} {r.Symbol.Name} {r.IsDeclaration}"))
        + "\n--\n" + Dump(compilation.Syntax);

    // Every property of every node, nested, with spans: record equality would compare the
    // ImmutableArrays of members by reference.
    private static string Dump(SyntaxNode node)
    {
        var text = new StringBuilder();
        Write(node, text, 0);
        if (node is CompilationUnitSyntax unit)
        {
            foreach (var comment in unit.Comments)
            {
                text.Append(CultureInfo.InvariantCulture, $"comment {comment.Kind} {comment.Span} {comment.Text}\n");
            }
        }

        return text.ToString();
    }

    private static void Write(object? value, StringBuilder text, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (value)
        {
            case SyntaxNode node:
                text.Append(indent).Append(node.GetType().Name).Append('\n');
                foreach (var property in node.GetType().GetProperties().Where(p => p.Name is not ("EqualityContract" or "Comments")).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    text.Append(indent).Append(' ').Append(property.Name).Append(":\n");
                    Write(property.GetValue(node), text, depth + 1);
                }

                break;
            case string s:
                text.Append(indent).Append('"').Append(s).Append("\"\n");
                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Write(item, text, depth + 1);
                }

                break;
            default:
                text.Append(indent).Append(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null").Append('\n');
                break;
        }
    }
}
