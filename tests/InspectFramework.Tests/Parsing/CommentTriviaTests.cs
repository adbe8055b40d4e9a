using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tests.Parsing;

public sealed class CommentTriviaTests
{
    [Fact]
    public void Comments_are_kept_in_order_with_their_spans()
    {
        const string text = "// first\ncase type court /* inside */ \"Court\" // last\n";
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", text));
        var comments = compilation.Syntax.Comments;
        Assert.Equal(new[] { "// first", "/* inside */", "// last" }, comments.Select(c => c.Text));
        Assert.Equal(new[] { CommentKind.Line, CommentKind.Block, CommentKind.Line }, comments.Select(c => c.Kind));
        Assert.All(comments, c => Assert.Equal(c.Text, text.Substring(c.Span.Start, c.Span.Length)));
    }

    [Fact]
    public void A_block_comment_followed_by_more_text_is_not_unterminated()
    {
        // The lexer once matched '/*' up to the end of the file whenever that was longer.
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", "/* a */\ncase type court \"Court\" /* b\n c */\n"));
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code == "IF0003");
        Assert.Equal(2, compilation.Syntax.Comments.Length);
    }

    [Fact]
    public void An_unterminated_block_comment_is_still_reported()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", "case type court \"Court\"\n/* open * / ** \n"));
        Assert.Contains(compilation.Diagnostics, d => d.Code == "IF0003");
    }
}
