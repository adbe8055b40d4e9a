using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using InspectFramework.Compiler.Emit;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Runtime;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// Any framework names give valid, distinct C# names: C# keywords, names that differ only by case or
/// collide after PascalCasing, names starting with '_' or becoming digits, and names of members that
/// generated types already have.
/// </summary>
public sealed class NamingTests
{
    internal const string Framework = """
        framework class {
          title "Names"
          version "1"
          publisher "Test"
          effective 2020-01-01
        }
        scale namespace {
          level class "class" points 0
          level Class "Class" points 1
        }
        bands kq "Key questions" {
          of percentage rounded half_up to 0 decimals
          class 0% to 49%
          Class 50% to 100%
        }
        bands overall_bands "Overall" {
          of points
          class 0 to 0
          Class 1 to 3
        }
        bands Kq "Unused table differing by case" {
          of points
          class 0 to 0
          Class 1 to 2
        }
        overall rated by total points in overall_bands
        case type case_type "case_type"
        case type CaseType "CaseType"
        fact ab "ab" boolean
        fact Ab "Ab" boolean
        fact a_b "a_b" boolean
        fact aB "aB" boolean
        fact _1 "_1" integer
        fact __ "__" boolean
        fact case_profile "case_profile" one of { class "class", Class "Class", value__ "value__", _ "_", _9 "_9" }
        fact to_string "to_string" = ab and Ab or a_b and not aB or _1 > 3 or case_profile in {class, _} or __
        fact case_type "case_type" boolean
        fact namespace "namespace" boolean
        domain 1 namespace "namespace" for case_type, CaseType {
          standard 1.1 class "class" {
            statement "Statement of 1.1."
            rated by lowest key question in kq
            key question 1.1.1 class "class" when to_string and not namespace {
              prompt (a) answer "answer"
              prompt (b) Answer "Answer"
              prompt (c) class_prompt "class_prompt"
              prompt (d) class "class"
              prompt (e) applies "applies"
              prompt (f) profile "profile" when case_type
              prompt (g) _ "_"
              prompt (h) to_string "to_string"
              prompt (i) class_key_question "class_key_question"
            }
            key question 1.1.2 Class "Class" {
              answers yes_no_na
            }
          }
          standard 1.2 Class "Class" {
            statement "Statement of 1.2."
            rated by judgement
            key question 1.2.1 namespace "namespace" {
              answers number
            }
          }
        }
        domain 2 Namespace "Namespace" for CaseType {
          standard 2.1 class "class" {
            statement "Statement of 2.1."
            rated by judgement
            key question 2.1.1 class "class" {
              answers text
            }
          }
        }
        """;

    [Theory]
    [InlineData("court_disposals", "CourtDisposals")]
    [InlineData("aged_10_to_14", "Aged10To14")]
    [InlineData("class", "Class")]
    [InlineData("_x", "X")]
    [InlineData("_1", "_1")]
    [InlineData("__", "Unnamed")]
    [InlineData("a__b_", "AB")]
    public void Pascal_case_names(string name, string expected) => Assert.Equal(expected, CSharpNames.Pascal(name));

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("namespace", "@namespace")]
    [InlineData("9lives", "_9lives")]
    [InlineData("a-b c", "abc")]
    [InlineData("", "Unnamed")]
    [InlineData("value", "value")]
    public void Identifiers_escape_keywords_and_leading_digits(string candidate, string expected) => Assert.Equal(expected, CSharpNames.Identifier(candidate));

    [Fact]
    public void A_name_scope_numbers_clashes_in_the_order_asked()
    {
        var scope = NameScope.ForType("Form", "Items");
        Assert.Equal(new[] { "Ab", "Ab2", "Items2", "Form2", "ToString2", "Ab3" }, new[] { "Ab", "Ab", "Items", "Form", "ToString", "Ab" }.Select(scope.Take));
    }

    [Theory]
    [InlineData("Inspections.Youth", true)]
    [InlineData("@class.Generated", true)]
    [InlineData("class.Generated", false)]
    [InlineData("Has-Dash", false)]
    [InlineData("1Leading", false)]
    [InlineData("Trailing.", false)]
    [InlineData("", false)]
    public void Namespaces_are_validated(string ns, bool valid) => Assert.Equal(valid, CSharpNames.IsValidNamespace(ns));

    [Fact]
    public void Awkward_names_compile_and_stay_distinct()
    {
        using var generated = GeneratedAssembly.FromText(Framework);
        Assert.Equal("Class", generated.Namespace);

        // Every recorded boolean fact sets exactly one property of its own.
        var profileType = generated.Type("CaseTypeProfile");
        var booleans = new[] { "ab", "Ab", "a_b", "aB", "__", "case_type", "namespace" };
        var properties = profileType.GetProperties().Where(p => p.PropertyType == typeof(bool?) && p.CanWrite).ToList();
        Assert.Equal(booleans.Length, properties.Count);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in booleans)
        {
            var profile = Activator.CreateInstance(profileType)!;
            Assert.True((bool)GeneratedCode.Call(profile, "TrySetFact", fact, true)!);
            var set = Assert.Single(properties, p => p.GetValue(profile) is true);
            Assert.True(touched.Add(set.Name), $"{fact} sets {set.Name}, already set by another fact.");
        }

        // The enumeration's values keep their stable names and labels, in order.
        var values = Enum.GetValues(generated.Type("CaseProfile2"));
        Assert.Equal(new[] { "class", "Class", "value__", "_", "_9" }, values.Cast<object>().Select(v => (string)generated.CallStatic("ClassLabels", "Name", v)!));
        Assert.Equal(new[] { "class", "Class", "value__", "_", "_9" }, values.Cast<object>().Select(v => (string)generated.CallStatic("ClassLabels", "Label", v)!));
        Assert.Equal(new[] { "class", "Class" }, Enum.GetValues(generated.Type("Namespace")).Cast<object>().Select(v => (string)generated.CallStatic("ClassLabels", "Name", v)!));

        // Forms find every item by number, and the items keep their stable names.
        var form = generated.New("CaseTypeAssessment", "c");
        var items = (IReadOnlyList<FormItem>)GeneratedCode.Get(form, "Items")!;
        Assert.Equal(
            new[] { "class", "answer", "Answer", "class_prompt", "class", "applies", "profile", "_", "to_string", "class_key_question", "Class", "namespace" },
            items.Select(i => i.Name));
        Assert.All(items, i => Assert.Same(i, GeneratedCode.Call(form, "FindItem", i.Number)));
        // The key question's nine prompts are nine properties with distinct names and distinct items
        // ('answer' and 'Answer' next to the inherited Answer, 'class', 'class_prompt', 'profile', ...).
        var prompts = items[0].GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => typeof(FormItem).IsAssignableFrom(p.PropertyType)).ToArray();
        Assert.Equal(9, prompts.Length);
        Assert.Equal(items.Skip(1).Take(9), prompts.Select(p => (FormItem)p.GetValue(items[0])!));
        Assert.Equal(Answer.None, ((ChoiceItem)items[0]).Answer); // the inherited member is not hidden

        // A condition over the awkwardly named facts is evaluated on the right properties.
        var profile2 = GeneratedCode.Get(form, "Profile")!;
        Assert.False(items[0].Applies); // facts start unset: undecided
        foreach (var fact in booleans)
        {
            GeneratedCode.Call(profile2, "TrySetFact", fact, false);
        }

        GeneratedCode.Call(profile2, "TrySetFact", "_1", 0);
        GeneratedCode.Call(profile2, "TrySetFact", "case_profile", "class");
        Assert.True(items[0].Applies);
        GeneratedCode.Call(profile2, "TrySetFact", "case_profile", "Class");
        Assert.False(items[0].Applies);
        GeneratedCode.Call(profile2, "TrySetFact", "_1", 4);
        Assert.True(items[0].Applies);
        GeneratedCode.Call(profile2, "TrySetFact", "namespace", true);
        Assert.False(items[0].Applies);
        GeneratedCode.Call(profile2, "TrySetFact", "namespace", false);
        GeneratedCode.Call(profile2, "TrySetFact", "_1", 0);
        GeneratedCode.Call(profile2, "TrySetFact", "case_profile", "_");
        Assert.True(items[0].Applies);
        Assert.False(items[6].Applies); // prompt 'profile' needs the fact case_type
        GeneratedCode.Call(profile2, "TrySetFact", "case_type", true);
        Assert.True(items[6].Applies);

        // The second case type's form holds both domains; the judgement standards are inputs by number.
        var other = generated.New("CaseTypeAssessment2", "d");
        Assert.Equal(13, ((IReadOnlyList<FormItem>)GeneratedCode.Get(other, "Items")!).Count);
        var judgements = generated.New("ClassJudgements");
        Assert.True((bool)judgements.GetType().GetMethod("TrySet")!.Invoke(judgements, new[] { "1.2", generated.Enum("Namespace", "Class") })!);
        Assert.True((bool)judgements.GetType().GetMethod("TrySet")!.Invoke(judgements, new[] { "2.1", generated.Enum("Namespace", "Class") })!);
        Assert.False((bool)judgements.GetType().GetMethod("TrySet")!.Invoke(judgements, new[] { "1.1", generated.Enum("Namespace", "Class") })!);
    }
}
