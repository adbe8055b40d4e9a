using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;

namespace InspectFramework.Tests.Emit;

/// <summary>Custom templates handed to the emitter as data (<see cref="EmitOptions.Templates"/>): no files involved.</summary>
public sealed class CustomTemplateTests
{
    private static readonly Lazy<Compiler.Model.FrameworkModel> Model = new(() =>
        FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect")).Model!);

    private static EmitResult Emit(params TemplateFile[] templates) =>
        CSharpEmitter.Emit(Model.Value, new EmitOptions { Templates = templates.ToImmutableArray() });

    [Fact]
    public void A_custom_header_given_as_text_shows_in_every_file_and_the_rest_stays_built_in()
    {
        var result = Emit(new TemplateFile("in-memory/Header.hbs", "// Company header for {{Namespace}}\r\n" + CSharpTemplates.ReadDefault("Header")));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var builtIn = CSharpEmitter.Emit(Model.Value).Files;
        Assert.Equal(builtIn.Select(f => f.Name), result.Files.Select(f => f.Name));
        foreach (var (custom, original) in result.Files.Zip(builtIn, (c, o) => (c, o)))
        {
            Assert.Equal("// Company header for HmipYouth2019\n" + original.Text, custom.Text);
        }
    }

    [Fact]
    public void A_template_of_no_known_name_is_a_warning_at_its_path_and_ignored()
    {
        var result = Emit(new TemplateFile("in-memory/Enum.hbs", "typo"), new TemplateFile("in-memory/Cases.txt", "not a template"));
        Assert.True(result.Success);
        Assert.Equal<GeneratedFile>(CSharpEmitter.Emit(Model.Value).Files, result.Files);
        Assert.Equal(
            new[] { "in-memory/Cases.txt: warning IF0504", "in-memory/Enum.hbs: warning IF0504" },
            result.Diagnostics.Select(d => d.ToCanonicalString()).Select(s => s.Substring(0, s.IndexOf(':', s.IndexOf("warning", StringComparison.Ordinal)))).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void A_custom_header_failing_while_rendering_is_reported_against_the_header()
    {
        var result = Emit(new TemplateFile("in-memory/Header.hbs", "{{unknownHelper Namespace}}"));
        Assert.False(result.Success);
        Assert.Empty(result.Files);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.StartsWith("in-memory/Header.hbs: error IF0503: Template 'Header.hbs' failed:", diagnostic.ToCanonicalString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_including_itself_is_reported_with_the_cause_not_a_crash()
    {
        var diagnostic = Assert.Single(Emit(new TemplateFile("in-memory/Header.hbs", "{{> Header}}")).Diagnostics);
        Assert.StartsWith("in-memory/Header.hbs: error IF0503: Template 'Header.hbs' failed: Runtime error while rendering partial 'Header': ", diagnostic.ToCanonicalString(), StringComparison.Ordinal);
        Assert.DoesNotContain("inner exception", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_write_view_data_as_csharp_with_the_helpers()
    {
        var result = Emit(new TemplateFile("in-memory/Framework.hbs", "{{csString Name}} {{csString Version}} {{csComment Publisher}} {{csString Guidance}}"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            "\"hmip_youth_2019\" \"2019.1\" HM Inspectorate of Probation \"Three domains, 12 standards. Domain 1 is rated by inspectors' judgement; domains 2 and 3 are rated from a case sample: each key question is the percentage of applicable cases answered yes, and each standard takes the lowest band among its applicable key questions.\"\n",
            result.Files.Single(f => f.Name.EndsWith(".Framework.g.cs", StringComparison.Ordinal)).Text);
    }

    [Fact]
    public void Templates_write_numbers_conditions_and_documentation_with_the_helpers()
    {
        // The values are the framework's (frameworks/hmip-youth-2019.inspect): its levels' points, the
        // key question bands' requires_improvement band from 50%, discretion within 5 points, and the
        // conditions of key questions 2.2.2 (when safety_concerns) and 2.2.3 (when harm_factors): whether
        // they certainly hold (csCondition), and three-valued (csKleene: the derived facts are bool?).
        var template = "{{#each Levels}}{{csInt Points}},{{/each}} {{csDecimal BandTables.[0].Bands.[1].Low}} {{csDecimal DiscretionRules.[0].Moves.[0].WithinPoints}} {{csBool HasOverall}} "
            + "{{#each Domains.[0].Standards.[1].KeyQuestions}}{{#if Condition}}{{csCondition Condition \"p\"}}; x &&{{csAndCondition Condition \"this\"}}; k {{csKleene Condition \"p\"}};{{/if}}{{/each}} "
            + "{{csAllConditions Domains.[0].Standards.[1].KeyQuestions.[0].LocalConditions \"p\"}} {{#csDoc Levels.[0].Doc}}{{this}}|{{/csDoc}}";
        var result = Emit(new TemplateFile("in-memory/Framework.hbs", template));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            "0,1,2,3, 50m 5m true p.SafetyConcerns == true; x &&this.SafetyConcerns == true; k p.SafetyConcerns;p.HarmFactors == true; x &&this.HarmFactors == true; k p.HarmFactors; true "
            + "/// <summary>|/// Inadequate|/// </summary>|/// <remarks>|/// <para>Level inadequate: 0 points.</para>|/// </remarks>|\n",
            result.Files.Single(f => f.Name.EndsWith(".Framework.g.cs", StringComparison.Ordinal)).Text);
    }

    [Theory]
    [InlineData("{{csString Titel}}", "csString was given a name the view does not have here")]
    [InlineData("{{csInt Name}}", "csInt takes a whole number, not String")]
    [InlineData("{{csDecimal Levels}}", "csDecimal takes a number, not ImmutableArray`1")]
    [InlineData("{{csCondition Domains.[0].Condition}}", "csCondition takes 2 values, not 1")]
    [InlineData("{{csCondition Name \"p\"}}", "csCondition takes a condition, not String")]
    [InlineData("{{csAndCondition Domains.[0].Standards.[1].KeyQuestions.[1].Condition Levels}}", "csAndCondition takes as its second value the profile's name (\"p\"), not ImmutableArray`1")]
    [InlineData("{{csAllConditions Levels \"p\"}}", "csAllConditions takes a list of conditions, not ImmutableArray`1")]
    [InlineData("{{#csDoc Name}}{{this}}{{/csDoc}}", "csDoc takes a documentation comment (a Doc), not String")]
    [InlineData("{{csComment Levels}}", "csComment takes text, not ImmutableArray`1")]
    [InlineData("{{csString Name Title}}", "csString takes one value, not 2")]
    public void A_helper_given_the_wrong_value_is_a_template_error(string template, string reason)
    {
        var diagnostic = Assert.Single(Emit(new TemplateFile("in-memory/Enums.hbs", template)).Diagnostics);
        Assert.Equal($"in-memory/Enums.hbs: error IF0503: Template 'Enums.hbs' failed: {reason}. Fix the template, or remove it to use the built-in one.", diagnostic.ToCanonicalString());
    }
}
