using System.Linq;

namespace InspectFramework.Tests.Checking;

public sealed class NumberingCheckTests
{
    private static readonly string Domains = new TestFramework().Domains;

    [Fact]
    public void Two_swapped_key_questions_give_one_diagnostic()
    {
        var framework = new TestFramework
        {
            Domains = Domains.Replace("1.1.1 desistance", "1.1.X desistance").Replace("1.1.2 child_safe", "1.1.1 child_safe").Replace("1.1.X", "1.1.2"),
        };

        var diagnostic = Assert.Single(framework.Diagnostics());

        Assert.Equal("IF0108", diagnostic.Code);
        Assert.Equal("Key question 1.1.1 is listed after key question 1.1.2. List them in number order.", diagnostic.Message);
    }

    [Fact]
    public void The_children_of_a_duplicated_standard_are_not_reported_again()
    {
        var framework = new TestFramework
        {
            Domains = Domains.Replace("standard 1.2 planning", "standard 1.1 planning").Replace("key question 1.2.1", "key question 1.1.1"),
        };

        Assert.Equal(new[] { "IF0106" }, framework.Codes());
    }

    [Fact]
    public void The_children_of_a_misplaced_standard_are_checked_against_its_own_number()
    {
        var framework = new TestFramework
        {
            Domains = Domains.Replace("standard 1.2 planning", "standard 2.1 planning").Replace("key question 1.2.1", "key question 2.1.1"),
        };

        Assert.Equal(new[] { "IF0107" }, framework.Codes());
    }

    [Fact]
    public void A_standard_number_with_a_part_too_many_does_not_belong_under_its_domain()
    {
        var framework = new TestFramework { Domains = Domains.Replace("standard 1.2 planning", "standard 1.2.1 planning") };

        var diagnostic = Assert.Single(framework.Diagnostics());

        Assert.Equal("IF0107", diagnostic.Code);
        Assert.StartsWith("Standard 1.2.1 is inside domain 1, so its number should be 1 followed by one more part", diagnostic.Message);
    }

    [Fact]
    public void An_item_whose_number_a_syntax_error_left_out_gets_no_numbering_diagnostic()
    {
        var framework = new TestFramework { Domains = Domains.Replace("key question 1.1.2 child_safe", "key question child_safe") };

        var codes = framework.Codes();

        Assert.Contains(codes, c => c is "IF0001" or "IF0010");
        Assert.DoesNotContain(codes, c => c is "IF0106" or "IF0107" or "IF0108" or "IF0112");
    }

    [Fact]
    public void A_number_too_large_to_read_is_invalid_not_a_crash()
    {
        var framework = new TestFramework { Domains = Domains.Replace("1.1.2 child_safe", "1.1.99999999999999999999 child_safe") };

        Assert.Equal(new[] { "IF0112" }, framework.Codes());
    }

    [Fact]
    public void Prompts_without_letters_are_fine()
    {
        var framework = new TestFramework
        {
            Domains = Domains.Replace(
                "key question 1.2.1 desistance \"Does planning support desistance?\"",
                "key question 1.2.1 desistance \"Does planning support desistance?\" {\n      prompt strengths \"Strengths?\"\n      prompt victims \"Victims?\"\n    }"),
        };

        Assert.Empty(framework.Diagnostics());
    }

    [Fact]
    public void Letters_listed_out_of_order_are_one_diagnostic_each()
    {
        var framework = new TestFramework
        {
            Domains = Domains.Replace(
                "key question 1.2.1 desistance \"Does planning support desistance?\"",
                "key question 1.2.1 desistance \"Does planning support desistance?\" {\n      prompt (b) strengths \"Strengths?\"\n      prompt (a) victims \"Victims?\"\n      prompt (c) others \"Others?\"\n    }"),
        };

        var diagnostic = Assert.Single(framework.Diagnostics());

        Assert.Equal("IF0108", diagnostic.Code);
        Assert.Equal("Prompt 1.2.1(a) is listed after prompt 1.2.1(b). List them in number order.", diagnostic.Message);
    }

    [Fact]
    public void Diagnostics_point_at_the_number()
    {
        var framework = new TestFramework { Domains = Domains.Replace("1.1.2 child_safe", "1.1.3 child_safe") };

        var diagnostic = Assert.Single(framework.Diagnostics());

        var text = framework.ToString();
        Assert.Equal("1.1.3", text.Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length));
    }
}
