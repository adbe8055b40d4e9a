using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tests;

public sealed class ParserTests
{
    [Fact]
    public void Unterminated_text_is_reported_and_parsing_continues()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", "framework x {\n  title \"open\n}\n"));
        var codes = compilation.Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("IF0002", codes);
        Assert.True(compilation.HasErrors);
    }

    [Fact]
    public void Deep_nesting_gives_a_diagnostic_not_a_stack_overflow()
    {
        var condition = new string('(', 10_000) + "a" + new string(')', 10_000);
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", "fact a \"A\" boolean\ndomain 1 d \"D\" when " + condition + " { }"));
        Assert.Contains(compilation.Diagnostics, d => d.Code == "IF0006");
    }

    [Fact]
    public void A_closed_block_comment_hides_only_itself()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", "/* a\n ** b */ framework x { /* c */ title \"T\" }\n"));
        var codes = compilation.Diagnostics.Select(d => d.Code).ToList();
        Assert.DoesNotContain("IF0003", codes);
        Assert.DoesNotContain("IF0101", codes);
        Assert.Equal("T", compilation.Framework?.Title);
    }

    [Fact]
    public void Text_read_before_a_syntax_error_is_reported_once()
    {
        // The fast first parse converts declarations as it goes; after the syntax error in the second
        // one, the file is parsed again from the start and the first one's bad escape must not be
        // reported a second time.
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", "framework x { title \"a \\q b\" }\nfact f \"F\" { }\n"));
        Assert.Single(compilation.Diagnostics, d => d.Code == "IF0005");
        Assert.Equal(23, compilation.Diagnostics.Single(d => d.Code == "IF0005").Location.Span.Start);
        Assert.Contains(compilation.Diagnostics, d => d.Code != "IF0005" && d.Location.Span.Start > 29);

        // The syntax error itself: the '{' where the fact's type should be (line 2, column 12).
        Assert.Equal(42, Assert.Single(compilation.Diagnostics, d => d.Code == "IF0001").Location.Span.Start);
    }

    [Fact]
    public void A_block_comment_without_its_end_is_reported()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", "framework x { title \"T\" } /* open ** / *"));
        Assert.Contains(compilation.Diagnostics, d => d.Code == "IF0003");
    }
}

public sealed class PooledScoreSyntaxTests
{
    private static FrameworkCompilation Compile(string text) => FrameworkCompilation.Create(new SourceText("t.inspect", text));

    private const string Head = "framework x { title \"T\" version \"1\" publisher \"P\" effective 2020-01-01 }\ncase type c \"C\"\nfact a \"A\" boolean\n";

    [Fact]
    public void A_score_without_rounding_takes_the_published_default()
    {
        var framework = Compile(Head + "score s \"S\"\nscore t \"T\" rounded down to 2 decimals\n").Framework!;
        Assert.Equal(new[] { ("s", "S", RoundingMode.HalfUp, 0), ("t", "T", RoundingMode.Down, 2) },
            framework.Scores.Select(s => (s.Name, s.Label, s.Rounding, s.Decimals)));
    }

    [Fact]
    public void Not_rated_after_a_condition_is_the_rating_rule_not_a_membership_test()
    {
        // After `when a`, `not` could begin `a not in {...}`; the token after it decides.
        var compilation = Compile(Head + "score s \"S\"\ndomain 1 d \"D\" for c {\n  contributes to s\n  standard 1.1 st \"St\" {\n    statement \"St.\"\n    key question 1.1.1 q \"Q?\" when a\n    not rated\n  }\n}\n");
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(RatingRule.NotRated, compilation.Framework!.Standards.Single().RatingRule);
    }

    [Fact]
    public void Score_and_contributes_may_also_be_names()
    {
        var compilation = Compile(Head.Replace("fact a \"A\" boolean", "fact score \"Score\" boolean\nfact contributes \"Contributes\" boolean") + "score s \"S\"\ndomain 1 d \"D\" for c {\n  contributes to s\n  standard 1.1 st \"St\" {\n    statement \"St.\"\n    not rated\n    key question 1.1.1 q \"Q?\" when score and not contributes\n  }\n}\n");
        Assert.Empty(compilation.Diagnostics);
    }

    [Theory]
    [InlineData("score s\n", "Write a score as: score <name> \"<label>\", optionally followed by: rounded half_up to 0 decimals.")]
    [InlineData("score s \"S\" rounded half_up 0 decimals\n", "Write a score as: score <name> \"<label>\", optionally followed by: rounded half_up to 0 decimals.")]
    [InlineData("domain 1 d \"D\" for c {\n  contributes s\n}\n", "Write contributions as: contributes to <score>, <score>.")]
    public void A_malformed_score_or_contribution_says_how_it_is_written(string text, string advice)
    {
        var diagnostics = Compile(Head + text).Diagnostics;
        Assert.Contains(diagnostics, d => d.Code is "IF0001" or "IF0010" && d.Message.EndsWith(advice, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_prompt_cannot_contribute_and_is_told_where_the_contribution_goes()
    {
        var diagnostics = Compile(Head + "score s \"S\"\ndomain 1 d \"D\" for c {\n  standard 1.1 st \"St\" {\n    statement \"St.\"\n    not rated\n    key question 1.1.1 q \"Q?\" {\n      contributes to s\n      prompt (a) p \"P?\" {\n        contributes to s\n      }\n    }\n  }\n}\n").Diagnostics;
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("IF0325", error.Code);
        Assert.Equal("Prompt 1.1.1(a) p cannot contribute to scores: a score pools the answers to key questions, and prompts only guide them. Move 'contributes to' to key question 1.1.1.", error.Message);
    }
}
