using System.Linq;
using System.Text.Json;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Formatting;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;
using InspectFramework.Tests.Scoring;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Checking;

/// <summary>Shared value sets (<c>values ...</c>, <c>one of set</c>) and values tied to case types (<c>for court</c>).</summary>
public sealed class ValueSetAndCaseTypeTests
{
    private const string Disposal = """
        case type court "Court disposal"
        case type out_of_court "Out-of-court disposal"
        fact disposal "Type of disposal" one of {
          youth_caution "Youth caution" for out_of_court,
          custody "Custody" for court,
          referral_order "Referral order" for court
        }
        """;

    private const string Classification = """
        values classification "Classification" { low "Low", medium "Medium", high "High", very_high "Very high" }
        fact safety "Safety and wellbeing" one of classification
        fact harm "Risk of serious harm" one of classification
        """;

    private static readonly string Domains = new TestFramework().Domains;

    private static TestFramework With(string declarations, string? condition = null) => new()
    {
        Declarations = declarations,
        Domains = condition is null ? Domains : Domains.Replace("\"Does planning support desistance?\"", "\"Does planning support desistance?\" when " + condition),
    };

    [Fact]
    public void Facts_of_one_value_set_share_its_values_in_the_model()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", With("case type court \"Court disposal\"\n" + Classification, "safety in {high, very_high} or harm == medium").ToString()));

        Assert.Empty(compilation.Diagnostics);
        var model = compilation.Model!;
        var set = Assert.Single(model.ValueSets);
        Assert.Equal("classification", set.Name);
        Assert.Equal(new[] { "low", "medium", "high", "very_high" }, set.Members.Select(m => m.Name));
        Assert.All(model.Facts, f => Assert.Equal("classification", f.ValueSet));
        Assert.All(model.Facts, f => Assert.Equal(set.Members, f.Members));
    }

    [Fact]
    public void An_undeclared_value_set_a_value_named_twice_and_an_unused_set_are_reported()
    {
        Assert.Equal(new[] { "IF0109" }, With("case type court \"Court disposal\"\nfact safety \"Safety\" one of clasification for analysis").Codes());
        Assert.Contains("IF0105", With("case type court \"Court disposal\"\nvalues classification \"Classification\" { low \"Low\", low \"Lower\" }\nfact safety \"Safety\" one of classification for analysis").Codes());

        var unused = Assert.Single(With("case type court \"Court disposal\"\nvalues classification \"Classification\" { low \"Low\" }").Diagnostics());
        Assert.Equal("IF0404", unused.Code);
        Assert.Equal("Value set 'classification' is declared but no fact takes its values. Remove it, or write 'one of classification' on the facts that have these values.", unused.Message);
    }

    [Fact]
    public void A_value_for_an_undeclared_case_type_is_reported()
    {
        var diagnostic = Assert.Single(With("case type court \"Court disposal\"\nfact disposal \"Disposal\" one of { custody \"Custody\" for cort } for analysis").Diagnostics());

        Assert.Equal("IF0109", diagnostic.Code);
        Assert.Contains("'cort'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_needing_a_value_of_another_case_type_never_holds_in_a_domain_for_court()
    {
        var diagnostic = Assert.Single(With(Disposal, "disposal == youth_caution").Diagnostics());

        Assert.Equal("IF0205", diagnostic.Code);
        Assert.Equal("The condition of key question 1.2.1 can never be true in a case of domain 1 (court): it needs a value those case types do not allow, so it never applies. Check the condition, or the case types its values are for.", diagnostic.Message);
        Assert.Empty(With(Disposal, "disposal == custody").Diagnostics());
        Assert.Empty(With(Disposal, "disposal in {youth_caution, referral_order}").Diagnostics());
    }

    [Fact]
    public void The_formatter_writes_value_sets_and_case_types_of_values_canonically()
    {
        const string messy = "values   classification \"Classification\" {low \"Low\" ,high \"High\"}\nfact safety \"Safety\" one of   classification for   analysis\ncase type court \"Court\"\nfact disposal \"Disposal\" one of { custody \"Custody\" for   court , caution \"Caution\" }\n";
        var compilation = FrameworkCompilation.Create(new SourceText("t.inspect", messy));

        var formatted = FrameworkFormatter.Format(compilation).Text;

        Assert.Equal(
            "values classification \"Classification\" { low \"Low\", high \"High\" }\n\nfact safety \"Safety\" one of classification for analysis\n\ncase type court \"Court\"\n\nfact disposal \"Disposal\" one of { custody \"Custody\" for court, caution \"Caution\" }\n",
            formatted);
        Assert.Equal(formatted, FrameworkFormatter.Format(FrameworkCompilation.Create(new SourceText("t.inspect", formatted!))).Text);
    }

    [Fact]
    public void Tying_a_value_to_a_case_type_changes_the_content_hash()
    {
        var tied = FrameworkCompilation.Create(new SourceText("t.inspect", With(Disposal, "disposal == custody").ToString())).Model!;
        var untied = FrameworkCompilation.Create(new SourceText("t.inspect", With(Disposal.Replace(" for out_of_court", string.Empty).Replace(" for court", string.Empty), "disposal == custody").ToString())).Model!;

        Assert.NotEqual(untied.ContentHash, tied.ContentHash);
    }

    [Fact]
    public void A_case_whose_value_its_case_type_does_not_allow_is_rejected_with_IV0007()
    {
        var tiny = new TinyInspection(edit: text => text.Replace(
            "fact harm \"Factors related to harm\" boolean",
            "fact disposal \"Disposal\" one of { custody \"Custody\" for court, caution \"Caution\" for other }\nfact harm \"Factors related to harm\" boolean"));
        var good = tiny.Court("C001");
        var bad = tiny.Court("C002");
        tiny.Cases.Clear();
        tiny.Cases.Add(good with { Facts = good.Facts.Append(new FactValue("disposal", "custody")).ToList() });
        tiny.Cases.Add(bad with { Facts = bad.Facts.Append(new FactValue("disposal", "caution")).ToList() });

        var result = tiny.Score();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(Findings.ValueNotForCaseTypeCode, problem.Code);
        Assert.Equal("C002", problem.CaseId);
        Assert.Equal("'caution' is not a value of fact 'disposal' for a case of type 'court': it allows custody. Correct the value or the case type.", problem.Message);
        Assert.True(problem.Location.HasPosition, "the problem is located at the case");
        Assert.Equal(2, result.CasesRead);
        Assert.Equal(1, result.CasesRejected);
    }

    [Fact]
    public void The_json_schema_allows_each_case_type_only_its_values_and_defines_a_value_set_once()
    {
        var plan = Scoring.Scoring.Bundled("hmip-youth-2019.inspect");

        using var schema = JsonDocument.Parse(CaseDataSchema.Generate(plan));

        var defs = schema.RootElement.GetProperty("$defs");
        var classification = defs.GetProperty("values.classification");
        Assert.Equal(new[] { "low", "medium", "high", "very_high" }, classification.GetProperty("oneOf").EnumerateArray().Select(v => v.GetProperty("const").GetString()));
        var facts = defs.GetProperty("facts").GetProperty("properties");
        Assert.Equal("#/$defs/values.classification", facts.GetProperty("risk_of_serious_harm_inspector").GetProperty("oneOf")[0].GetProperty("$ref").GetString());

        var rules = defs.GetProperty("case").GetProperty("allOf").EnumerateArray().ToList();
        Assert.Equal(2, rules.Count);
        Assert.All(rules, r => Assert.Equal("case_type", Assert.Single(r.GetProperty("if").GetProperty("required").EnumerateArray()).GetString()));
        var court = rules.Single(r => r.GetProperty("if").GetProperty("properties").GetProperty("case_type").GetProperty("const").GetString() == "court");
        var allowed = court.GetProperty("then").GetProperty("properties").GetProperty("facts").GetProperty("properties").GetProperty("disposal").GetProperty("enum");
        Assert.Equal(new[] { "referral_order", "youth_rehabilitation_order", "custody", null }, allowed.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()));
    }
}
