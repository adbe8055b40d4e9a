using System.Linq;
using InspectFramework.Text;

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
    public void A_block_comment_without_its_end_is_reported()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", "framework x { title \"T\" } /* open ** / *"));
        Assert.Contains(compilation.Diagnostics, d => d.Code == "IF0003");
    }
}
