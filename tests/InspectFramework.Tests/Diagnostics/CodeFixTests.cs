using System;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;
using static InspectFramework.Tests.Checking.ConditionFrameworks;

namespace InspectFramework.Tests.Diagnostics;

/// <summary>
/// Each fix applied to real text: a framework that checks clean is broken in one place, the broken
/// text is compiled, its preferred fixes are applied as <c>inspect check --fix</c> applies them, and
/// the result must be the expected text (usually the framework as it was) and check clean.
/// </summary>
public sealed class CodeFixTests
{
    public const string Clean = """
        // A small framework that checks clean, with no warnings.
        framework fixes_demo {
          title "Demonstration framework"
          version "1.0"
          publisher "HM Inspectorate of Probation"
          effective 2019-06-01
        }

        scale rating "Rating" {
          level inadequate "Inadequate" points 0
          level requires_improvement "Requires improvement" points 1
          level good "Good" points 2
          level outstanding "Outstanding" points 3
        }

        bands key_question_bands "Key question rating bands" {
          of percentage rounded half_up to 0 decimals
          inadequate           0% to 49%
          requires_improvement 50% to 64%
          good                 65% to 79%
          outstanding          80% to 100%
        }

        bands overall_bands "Overall rating bands" {
          of points
          inadequate           0 to 0
          requires_improvement 1 to 1
          good                 2 to 2
          outstanding          3 to 3
        }

        overall rated by total points in overall_bands

        discretion {
          rationale required
          allow requires_improvement -> good when within 5 points
        }

        case type court "Court disposal"

        fact disposal "Disposal" one of { referral_order "Referral order", custody "Custody" }
        fact harm_factors "There are factors related to harm" boolean
        fact identifiable_victim "There is an identifiable victim" boolean

        domain 1 court_disposals "Court disposals" for court {
          standard 1.1 assessment "Assessment" {
            statement "Assessment is well-informed, analytical and personalised."
            rated by lowest key question in key_question_bands
            key question 1.1.1 desistance "Does assessment sufficiently analyse how to support the child's desistance?" {
              guidance "Consider the child's strengths and protective factors."
            }
            key question 1.1.2 others_safe "Does assessment sufficiently analyse how to keep other people safe?" when harm_factors and (identifiable_victim or disposal == custody)
          }
        }

        """;

    [Fact]
    public void The_clean_framework_is_clean() => Assert.Empty(Compile(Clean).Diagnostics);

    [Theory]
    // Every "Did you mean": the name is replaced.
    [InlineData("IF0109", "when harm_factors and", "when harm_factros and")]
    [InlineData("IF0109", "in key_question_bands", "in key_queston_bands")]
    [InlineData("IF0109", "for court {", "for cuort {")]
    [InlineData("IF0111", "half_up to 0", "half_upp to 0")]
    [InlineData("IF0201", "disposal == custody", "disposal == custdy")]
    [InlineData("IF0308", "allow requires_improvement", "allow requires_improvment")]
    [InlineData("IF0001", "  standard 1.1", "  standrd 1.1")]
    [InlineData("IF0001", "rated by lowest", "rated by lowst")]
    // Slips from other notations.
    [InlineData("IF0001", "disposal == custody", "disposal = custody")]
    [InlineData("IF0001", "    key question 1.1.2", "    keyquestion 1.1.2")]
    [InlineData("IF0004", "harm_factors and (", "harm_factors && (")]
    [InlineData("IF0004", "identifiable_victim or disposal", "identifiable_victim || disposal")]
    [InlineData("IF0004", "points 1\n", "points 1;\n")]
    // Quotes: typographic pairs, single quotes, a lone typographic quote, a text left open.
    [InlineData("IF0004", "\"Assessment\"", "\u201CAssessment\u201D")]
    [InlineData("IF0004", "\"Assessment\"", "\u2018Assessment\u2019")]
    [InlineData("IF0004", "\"Assessment\"", "'Assessment'")]
    [InlineData("IF0004", "\"Assessment\"", "\u201CAssessment\"")]
    [InlineData("IF0002", "\"Assessment\" {", "\"Assessment\u201D {")]
    [InlineData("IF0002", "title \"Demonstration framework\"", "title \"Demonstration framework")]
    [InlineData("IF0002", "title \"Demonstration framework\"", "title \"Demonstration framework\u201D")]
    // Brackets the parser's recovery says are missing.
    [InlineData("IF0010", "(identifiable_victim or disposal == custody)", "(identifiable_victim or disposal == custody")]
    [InlineData("IF0010", "protective factors.\"\n    }\n", "protective factors.\"\n")]
    // Bands: an edge that leaves a gap or an overlap, or does not reach 0% or 100%; '%' in points.
    [InlineData("IF0301", "good                 65% to 79%", "good                 67% to 79%")]
    [InlineData("IF0302", "good                 65% to 79%", "good                 60% to 79%")]
    [InlineData("IF0304", "inadequate           0% to 49%", "inadequate           1% to 49%")]
    [InlineData("IF0304", "outstanding          80% to 100%", "outstanding          80% to 99%")]
    [InlineData("IF0315", "good                 2 to 2", "good                 2% to 2%")]
    public void The_preferred_fix_undoes_the_slip(string code, string clean, string broken) =>
        AssertFixed(code, clean, broken, clean);

    [Theory]
    // A value used on its own stands for a comparison with its fact.
    [InlineData("IF0109", "disposal == custody)", "custody)", "disposal == custody)")]
    // Words put in place of symbols get the spaces a word needs.
    [InlineData("IF0004", "harm_factors and (", "harm_factors&&(", "harm_factors and (")]
    [InlineData("IF0004", "when harm_factors and", "when !harm_factors and", "when not harm_factors and")]
    // A '}' goes on a line of its own, indented as its '{'.
    [InlineData("IF0010", "the child's desistance?\" {\n      guidance \"Consider the child's strengths and protective factors.\"\n    }\n",
        "the child's desistance?\" {\n      guidance \"Consider the child's strengths and protective factors.\" // note\n",
        "the child's desistance?\" {\n      guidance \"Consider the child's strengths and protective factors.\" // note\n    }\n")]
    // A clause goes before the '}' of its block.
    [InlineData("IF0318", "  rationale required\n  allow requires_improvement -> good when within 5 points\n",
        "  allow requires_improvement -> good when within 5 points\n",
        "  allow requires_improvement -> good when within 5 points\n  rationale required\n")]
    public void The_preferred_fix_corrects_the_slip(string code, string clean, string broken, string expected) =>
        AssertFixed(code, clean, broken, expected);

    [Fact]
    public void Slips_in_a_bundled_framework_are_fixed_and_nothing_else_is_touched()
    {
        // After 'keyquestion' the parser's recovery reports two '}' missing (IF0010) that are not:
        // fixing only the first parse error in a round keeps those braces out of the file.
        var original = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"));
        var broken = ReplaceFirst(ReplaceFirst(ReplaceFirst(original,
            "  key question 2.1.1 ", "  keyquestion 2.1.1 "),
            "when identifiable_victim {", "when identifiable_victm {"),
            "\"Court disposals\"", "\u201CCourt disposals\u201D");
        var compilation = Compile(broken);
        Assert.Contains(compilation.Diagnostics, d => d.Code == "IF0010" && d.PreferredFix is not null);

        var result = FrameworkFixer.Fix(compilation);

        Assert.Equal(new[] { "IF0004", "IF0001", "IF0109" }, result.Applied.Select(a => a.Diagnostic.Code));
        Assert.Equal(original, result.Compilation.Source.Text);
        Assert.Empty(result.Compilation.Diagnostics);
    }

    [Fact]
    public void A_bidirectional_control_in_text_is_escaped_and_in_a_comment_removed()
    {
        var broken = Clean
            .Replace("// A small framework", "// A \u202Esmall framework", StringComparison.Ordinal)
            .Replace("\"Demonstration framework\"", "\"Demonstration \u2067framework\"", StringComparison.Ordinal);
        var result = FrameworkFixer.Fix(Compile(broken));

        Assert.Equal(new[] { "IF0012", "IF0012" }, result.Applied.Select(a => a.Diagnostic.Code));
        Assert.Equal(Clean.Replace("\"Demonstration framework\"", "\"Demonstration \\u2067framework\"", StringComparison.Ordinal), result.Compilation.Source.Text);
        Assert.Empty(result.Compilation.Diagnostics);
    }

    [Fact]
    public void A_missing_brace_points_at_the_brace_it_closes()
    {
        var broken = Clean.Replace("protective factors.\"\n    }\n", "protective factors.\"\n", StringComparison.Ordinal);
        var missing = Assert.Single(Compile(broken).Diagnostics, d => d.Code == "IF0010");

        var related = Assert.Single(missing.RelatedLocations);
        Assert.Equal("The block opened here.", related.Message);
        Assert.Equal("{", broken.Substring(related.Location.Span.Start, related.Location.Span.Length));
        Assert.Contains("desistance?\" {", Line(broken, related.Location.LineSpan.Start.Line), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rated by judgement")]
    [InlineData("not rated")]
    public void A_missing_rating_rule_is_offered_but_not_preferred(string rule)
    {
        var broken = Clean.Replace("    rated by lowest key question in key_question_bands\n", string.Empty, StringComparison.Ordinal);
        var missing = Assert.Single(Compile(broken).Diagnostics, d => d.Code == "IF0307");
        Assert.Null(missing.PreferredFix);

        var fixedText = TextChange.Apply(broken, missing.Fixes.Single(f => f.Title == $"Add '{rule}'").Changes);

        // The rule is the author's choice, with its consequences: with the one standard 'not rated',
        // the overall bands no longer fit (IF0305). The fix itself leaves nothing wrong.
        Assert.Contains($"\n    {rule}\n  }}\n", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(Compile(fixedText).Diagnostics, d => d.Code == "IF0307" || DiagnosticCatalogue.IsTextOrSyntax(d.Code));
    }

    [Fact]
    public void A_condition_that_always_holds_can_be_removed_but_that_is_not_preferred()
    {
        var broken = Clean.Replace("when harm_factors and (identifiable_victim or disposal == custody)", "when harm_factors or not harm_factors", StringComparison.Ordinal);
        var always = Assert.Single(Compile(broken).Diagnostics, d => d.Code == "IF0206");
        var fix = Assert.Single(always.Fixes);
        Assert.False(fix.IsPreferred);

        var fixedText = TextChange.Apply(broken, fix.Changes);

        Assert.Contains("keep other people safe?\"\n", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(Compile(fixedText).Diagnostics, d => d.IsError || d.Code == "IF0206");
    }

    [Fact]
    public void A_property_given_twice_points_at_the_first()
    {
        var broken = Clean.Replace("    rated by lowest key question", "    statement \"Again.\"\n    rated by lowest key question", StringComparison.Ordinal);
        var twice = Assert.Single(Compile(broken).Diagnostics, d => d.Code == "IF0104");

        var related = Assert.Single(twice.RelatedLocations);
        Assert.Equal("The first one.", related.Message);
        Assert.StartsWith("statement \"Assessment is", broken.Substring(related.Location.Span.Start), StringComparison.Ordinal);
    }

    [Fact]
    public void Tied_suggestions_are_each_offered_and_none_is_preferred()
    {
        // 'harm_a' is as close to 'harm_b' as to 'harm_c'.
        var broken = Clean
            .Replace("fact harm_factors", "fact harm_b \"B\" boolean\nfact harm_c \"C\" boolean\nfact harm_factors", StringComparison.Ordinal)
            .Replace("when harm_factors and", "when harm_a and harm_b and harm_c and harm_factors and", StringComparison.Ordinal);
        var undefined = Assert.Single(Compile(broken).Diagnostics, d => d.Code == "IF0109");

        Assert.Equal("There is no fact called 'harm_a'. Did you mean 'harm_b'?", undefined.Message);
        Assert.Equal(new[] { "Replace 'harm_a' with 'harm_b'", "Replace 'harm_a' with 'harm_c'" }, undefined.Fixes.Select(f => f.Title));
        Assert.Null(undefined.PreferredFix);
    }

    [Fact]
    public void An_invalid_escape_offers_a_literal_backslash_without_preferring_it()
    {
        var broken = Clean.Replace("\"Demonstration framework\"", "\"Demonstration\\q framework\"", StringComparison.Ordinal);
        var escape = Assert.Single(Compile(broken).Diagnostics, d => d.Code == "IF0005");
        var fix = Assert.Single(escape.Fixes);

        Assert.False(fix.IsPreferred);
        var fixedText = TextChange.Apply(broken, fix.Changes);
        Assert.Contains("\"Demonstration\\\\q framework\"", fixedText, StringComparison.Ordinal);
        Assert.Empty(Compile(fixedText).Diagnostics);
    }

    [Fact]
    public void Fixes_that_touch_are_applied_in_later_rounds()
    {
        // Two slips side by side: '=' and a misspelt value; both are fixed, one round each.
        var broken = Clean.Replace("disposal == custody", "disposal = custdy", StringComparison.Ordinal);
        var result = FrameworkFixer.Fix(Compile(broken));

        Assert.False(result.IsRefused);
        Assert.Equal(Clean, result.Compilation.Source.Text);
        Assert.Empty(result.Compilation.Diagnostics);
    }

    [Fact]
    public void Applying_changes_refuses_overlaps_and_changes_outside_the_text()
    {
        Assert.Equal("a and b", TextChange.Apply("a&&b", new[] { new TextChange(new TextSpan(1, 2), " and ") }));
        Assert.Equal("xy", TextChange.Apply("", new[] { TextChange.Insert(0, "x"), TextChange.Insert(0, "y") }));
        Assert.Throws<ArgumentException>(() => TextChange.Apply("abc", new[] { new TextChange(new TextSpan(0, 2), "x"), new TextChange(new TextSpan(1, 1), "y") }));
        Assert.Throws<ArgumentException>(() => TextChange.Apply("abc", new[] { new TextChange(new TextSpan(2, 2), "x") }));
    }

    [Fact]
    public void Changes_fit_exactly_when_they_can_be_applied()
    {
        // An insertion at the start of a replacement goes before it, whichever is listed first.
        var adjoining = new[] { new TextChange(new TextSpan(1, 2), "x"), TextChange.Insert(1, "y") };
        Assert.True(TextChange.Fit(3, adjoining));
        Assert.Equal("ayx", TextChange.Apply("abc", adjoining));
        Assert.False(TextChange.Fit(3, new[] { new TextChange(new TextSpan(0, 2), "x"), new TextChange(new TextSpan(1, 1), "y") }));
        Assert.False(TextChange.Fit(3, new[] { new TextChange(new TextSpan(2, 2), "x") }));
        Assert.False(TextChange.Fit(3, new[] { TextChange.Insert(-1, "x") }));
    }

    [Fact]
    public void Fixes_and_related_locations_are_never_default()
    {
        var diagnostic = new Diagnostic("IF0001", DiagnosticSeverity.Error, "m", Location.None) { Fixes = default, RelatedLocations = default };
        Assert.True(diagnostic.Fixes.IsEmpty);
        Assert.True(diagnostic.RelatedLocations.IsEmpty);
        Assert.True(new Diagnostic("IF0001", DiagnosticSeverity.Error, "m", Location.None).Fixes.IsEmpty);
        Assert.True(new CodeFix("t", default, true).Changes.IsEmpty);
        Assert.True((new CodeFix("t", ImmutableArray.Create(TextChange.Insert(0, "x")), true) with { Changes = default }).Changes.IsEmpty);
    }

    [Fact]
    public void Diagnostics_with_equal_fixes_are_equal()
    {
        static Diagnostic Make() => new("IF0001", DiagnosticSeverity.Error, "m", Location.None)
        {
            Fixes = ImmutableArray.Create(new CodeFix("t", ImmutableArray.Create(TextChange.Insert(0, "x")), true)),
        };

        Assert.Equal(Make(), Make());
        Assert.NotEqual(Make(), Make() with { Fixes = ImmutableArray<CodeFix>.Empty });
    }

    private static void AssertFixed(string code, string clean, string broken, string expected)
    {
        At(Clean, code, clean); // the part to break occurs once
        var brokenText = Clean.Replace(clean, broken, StringComparison.Ordinal);
        var compilation = Compile(brokenText);
        Assert.Contains(compilation.Diagnostics, d => d.Code == code && d.PreferredFix is not null);

        var result = FrameworkFixer.Fix(compilation);

        Assert.False(result.IsRefused, result.RefusedBecause);
        Assert.Contains(result.Applied, a => a.Diagnostic.Code == code);
        Assert.Equal(Clean.Replace(clean, expected, StringComparison.Ordinal), result.Compilation.Source.Text);
        Assert.Empty(result.Compilation.Diagnostics);
    }

    private static string ReplaceFirst(string text, string part, string replacement)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' is not in the text.");
        return text.Substring(0, at) + replacement + text.Substring(at + part.Length);
    }

    private static string Line(string text, int line) => text.Split('\n')[line];
}
