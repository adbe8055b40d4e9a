namespace InspectFramework.Tests.Checking;

public sealed class WordingCheckTests
{
    private static readonly string Domains = new TestFramework().Domains;

    [Fact]
    public void Key_questions_of_different_standards_may_share_their_wording()
    {
        var framework = new TestFramework { Domains = Domains.Replace("Does planning support desistance?", "Does assessment support desistance?") };

        Assert.Empty(framework.Diagnostics());
    }

    [Fact]
    public void Standards_of_one_domain_may_not_share_their_title()
    {
        var framework = new TestFramework { Domains = Domains.Replace("\"Planning\"", "\"Assessment\"") };

        var diagnostic = Assert.Single(framework.Diagnostics());

        Assert.Equal("IF0402", diagnostic.Code);
        Assert.Equal("Standard 1.2 has the same title as standard 1.1. Check that one of them was not copied by mistake.", diagnostic.Message);
    }

    [Fact]
    public void Wording_that_differs_only_in_case_and_spacing_is_the_same()
    {
        var framework = new TestFramework { Domains = Domains.Replace("Does assessment keep the child safe?", "does  assessment support\tdesistance? ") };

        Assert.Equal(new[] { "IF0402" }, framework.Codes());
    }

    [Fact]
    public void A_fact_in_a_condition_that_failed_to_type_check_still_counts_as_used()
    {
        var framework = new TestFramework
        {
            Declarations = "case type court \"Court disposal\"\nfact disposal \"Disposal\" one of { custody \"Custody\", referral_order \"Referral order\" }",
            Domains = Domains.Replace("\"Does planning support desistance?\"", "\"Does planning support desistance?\" when disposal > 3"),
        };

        Assert.Equal(new[] { "IF0202" }, framework.Codes());
    }

    [Fact]
    public void Unused_facts_are_not_reported_when_a_syntax_error_may_have_hidden_their_use()
    {
        var framework = new TestFramework
        {
            Declarations = "case type court \"Court disposal\"\nfact harm \"Harm\" boolean",
            Domains = Domains.Replace("\"Does planning support desistance?\"", "\"Does planning support desistance?\" when (harm or"),
        };

        var codes = framework.Codes();

        Assert.Contains(codes, c => c is "IF0001" or "IF0010");
        Assert.DoesNotContain("IF0403", codes);
    }

    [Fact]
    public void A_missing_statement_is_reported_at_the_standard_number()
    {
        var framework = new TestFramework { Domains = Domains.Replace("    statement \"Planning is well-informed.\"\n", string.Empty) };

        var diagnostic = Assert.Single(framework.Diagnostics());

        Assert.Equal("IF0103", diagnostic.Code);
        Assert.Equal("1.2", framework.ToString().Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length));
    }
}
