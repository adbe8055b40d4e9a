using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Formatting;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Formatting;

public sealed class FormatterTests
{
    /// <summary>Every bundled framework and every baseline sample: the files fmt must handle.</summary>
    public static IEnumerable<object[]> Corpus() =>
        Directory.EnumerateFiles(RepositoryPaths.Frameworks, "*.inspect")
            .Concat(BaselineSample.All().Select(s => BaselineSample.Get((string)s[0]).InputPath))
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => new object[] { p });

    private static FrameworkCompilation Compile(string text, string path = "test.inspect") =>
        FrameworkCompilation.Create(new SourceText(path, text));

    private static string Format(string text)
    {
        var result = FrameworkFormatter.Format(Compile(text));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Text!;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Formatting_is_idempotent_keeps_meaning_and_keeps_every_comment(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        var original = FrameworkSource.Compile(path);
        var result = FrameworkFormatter.Format(original);
        if (!result.Succeeded)
        {
            // Only samples with syntax errors may be refused, and the refusal names them.
            Assert.StartsWith("tests/", relativePath, System.StringComparison.Ordinal);
            Assert.NotEmpty(result.Errors);
            Assert.All(result.Errors, e => Assert.StartsWith("IF00", e.Code, System.StringComparison.Ordinal));
            return;
        }

        var formatted = Compile(result.Text!, path);
        Assert.Equal(result.Text, FrameworkFormatter.Format(formatted).Text);

        if (original.Model is { } model)
        {
            Assert.Equal(model, formatted.Model);
            Assert.Equal(model.ContentHash, formatted.Model!.ContentHash);
        }
        else
        {
            // Semantic errors: the same findings, only at other positions.
            Assert.Equal(original.Diagnostics.Select(d => (d.Code, d.Message)), formatted.Diagnostics.Select(d => (d.Code, d.Message)));
        }

        Assert.Equal(CommentTexts(original.Syntax), CommentTexts(formatted.Syntax));
    }

    private static IEnumerable<string> CommentTexts(CompilationUnitSyntax syntax) =>
        syntax.Comments.Select(c => c.Kind == CommentKind.Line ? c.Text.TrimEnd() : c.Text.Replace("\r\n", "\n"));

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Bundled_frameworks_are_canonically_formatted(string relativePath)
    {
        if (!relativePath.StartsWith("frameworks/", System.StringComparison.Ordinal))
        {
            return;
        }

        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        var result = FrameworkFormatter.Format(FrameworkSource.Compile(path));
        Assert.Equal(File.ReadAllText(path), result.Text);
    }

    [Fact]
    public void Layout_of_every_construct_matches_the_snapshot()
    {
        var input = File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Formatting", "Layout.input.txt"));
        var compilation = Compile(input);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var formatted = Format(input);
        Snapshot.Verify(formatted, "Layout", "txt");
        Assert.Equal(formatted, Format(formatted));
        Assert.Equal(compilation.Model, Compile(formatted).Model);
        Assert.Equal(CommentTexts(compilation.Syntax), CommentTexts(Compile(formatted).Syntax));
    }

    [Theory]
    [InlineData("fact f \"F\" boolean for analysis")]
    [InlineData("fact f \"F\" integer for analysis")]
    [InlineData("fact f \"F\" one of { a \"A\", b \"B\" } for analysis")]
    [InlineData("fact g \"G\" boolean\nfact f \"F\" = not g for analysis")]
    public void The_analysis_marker_survives_formatting_on_every_kind_of_fact(string facts)
    {
        // Only the facts matter; the header merely gives the binder a framework to hang them on.
        var source = "framework t { }\n" + facts + "\n";
        var formatted = Format(source);
        var before = Compile(source).Framework!.Facts.Single(f => f.Name == "f");
        var after = Compile(formatted).Framework!.Facts.Single(f => f.Name == "f");
        Assert.True(before.ForAnalysis);
        Assert.True(after.ForAnalysis, formatted);
    }

    [Theory]
    [InlineData("fact gender /**/ \"Gender\" one of { male \"Male\", female \"Female\" }")]
    [InlineData("fact gender/* a\nblock */ \"Gender\" one of { male \"Male\", female \"Female\" } for analysis")]
    public void A_comment_in_the_head_of_a_short_enumeration_moves_before_it_in_one_run(string fact)
    {
        // Found by the fuzzer: the comment sent the members onto lines of their own, but moved
        // before the fact, so the second run joined them again.
        var once = Format("framework t { }\n" + fact + "\n");

        Assert.Equal(once, Format(once));
        Assert.Contains("\nfact gender \"Gender\" one of { male \"Male\", female \"Female\" }", once, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_refused_with_its_errors()
    {
        var result = FrameworkFormatter.Format(Compile("framework x {\n  title \"open\n}\n"));
        Assert.False(result.Succeeded);
        Assert.Null(result.Text);
        Assert.Contains(result.Errors, e => e.Code == "IF0002");
    }

    [Fact]
    public void Semantic_errors_do_not_stop_formatting()
    {
        var compilation = Compile("framework   x {\n}\ndomain 1 d \"D\" when  nowhere  { }\n");
        Assert.True(compilation.HasErrors);
        var result = FrameworkFormatter.Format(compilation);
        Assert.Equal("framework x {\n}\n\ndomain 1 d \"D\" when nowhere {\n}\n", result.Text);
    }

    [Fact]
    public void Text_is_quoted_canonically_without_changing_its_value()
    {
        var formatted = Format("source s \"\\u0041\\u2019\\t\\\\ \\\"q\\\" \\u0007 \\uD800\"\n");
        Assert.Equal("source s \"A\u2019\\t\\\\ \\\"q\\\" \\u0007 \\uD800\"\n", formatted);
    }

    [Fact]
    public void Line_endings_become_lf_and_trailing_blanks_go()
    {
        var formatted = Format("// note   \r\ncase type court \"Court\"   \r\n\r\n\r\n\r\ncase type other \"Other\"\r\n");
        Assert.Equal("// note\ncase type court \"Court\"\n\ncase type other \"Other\"\n", formatted);
    }

    [Fact]
    public void A_file_of_comments_only_keeps_them()
    {
        Assert.Equal("// one\n\n/* two */\n", Format("// one\n\n\n   /* two */   \n"));
        Assert.Equal(string.Empty, Format(string.Empty));
    }

    [Fact]
    public void Deeply_nested_conditions_are_formatted_without_overflow()
    {
        const int depth = InspectFramework.Compiler.Parsing.FrameworkParser.MaxNestingDepth;
        var condition = new string('(', depth) + "a" + new string(')', depth);
        var text = $"fact a \"A\" boolean\nfact b \"B\" = {condition}\n";
        Assert.Equal(text, Format(text));
    }
}

/// <summary>Comments dropped between every two tokens of a framework: the hardest placement test.</summary>
public sealed class CommentEverywhereTests
{
    public static IEnumerable<object[]> Inputs() => new[]
    {
        new object[] { "sample", false },
        new object[] { "sample", true },
        new object[] { "layout", false },
        new object[] { "layout", true },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Comments_between_all_tokens_survive_formatting(string input, bool lineComments)
    {
        var text = input == "sample"
            ? Diff.DiffSample.Base
            : File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Formatting", "Layout.input.txt"));
        var commented = InsertComments(text, lineComments);
        var original = FrameworkCompilation.Create(new SourceText("c.inspect", commented));
        Assert.False(original.HasErrors, string.Join("\n", original.Diagnostics.Where(d => d.IsError)));
        Assert.True(original.Syntax.Comments.Length > 100);

        var once = FrameworkFormatter.Format(original).Text!;
        var formatted = FrameworkCompilation.Create(new SourceText("c.inspect", once));
        Assert.Equal(once, FrameworkFormatter.Format(formatted).Text);
        Assert.Equal(original.Model, formatted.Model);
        Assert.Equal(original.Syntax.Comments.Select(c => c.Text.TrimEnd()), formatted.Syntax.Comments.Select(c => c.Text.TrimEnd()));
    }

    // Puts a numbered comment at every run of white space outside text and comments.
    private static string InsertComments(string text, bool lineComments)
    {
        var builder = new System.Text.StringBuilder();
        var number = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                var end = i + 1;
                while (end < text.Length && text[end] != '"')
                {
                    end += text[end] == '\\' ? 2 : 1;
                }

                builder.Append(text, i, end + 1 - i);
                i = end + 1;
            }
            else if (c == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
            {
                var end = text[i + 1] == '/' ? text.IndexOf('\n', i) : text.IndexOf("*/", i + 2, System.StringComparison.Ordinal) + 2;
                end = end < i ? text.Length : end;
                builder.Append(text, i, end - i);
                i = end;
            }
            else if (char.IsWhiteSpace(c))
            {
                builder.Append(c);
                builder.Append(lineComments ? $"// c{number++}\n" : $"/* c{number++} */ ");
                while (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
                {
                    builder.Append(text[++i]);
                }

                i++;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }
}
