using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Runtime;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// Any wording gives valid C# whose string values are exactly the wording: each nasty text is placed in
/// every position that reaches the generated code (header, labels, wording, statements, guidance,
/// provenance), the code is compiled with warnings as errors and loaded, and the values are read back.
/// </summary>
public sealed class WordingSafetyTests
{
    public static IEnumerable<object[]> NastyTexts() => new[]
    {
        "He said \"yes\" and left",
        "C:\\path\\to\\file \\n is not a line break",
        "first line\nsecond line\n\nafter a blank line\n",
        "ends a comment */ and opens one /* and // a line comment",
        "Handlebars {{Namespace}} {{{Title}}} {{#each Items}} {{> Header}} }}",
        "#if DEBUG\n#error broken\n#endif\n#nullable disable",
        "Non-ASCII: child’s café, naïve, Ελληνικά, 中文, emoji \U0001F600",
        "Unicode escapes: \u2028line separator\u2029paragraph\u0085next line\r\ncarriage return",
        "Controls: \0 nul \u0007 bell \t tab \u001B escape \u007F delete",
        "Bidirectional \u202Eoverride\u202C and \u200Fmarks, BOM \uFEFF, non-character \uFFFF",
        "Lone surrogates: \uD800 and \uDC00 reversed \uDC00\uD800",
        "XML doc: </summary> <remarks> &amp; <see cref=\"X\"/> & < >",
        "/// <summary>injected</summary>\n/// more",
        "   leading and trailing spaces   ",
        "",
    }.Select(t => new object[] { t });

    // Framework text syntax for any string: \" \\ \n \t, and \uXXXX for anything not printable ASCII.
    internal static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c >= ' ' && c <= '~')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    internal static string FrameworkWith(string text)
    {
        var q = Quote(text);
        return $$"""
            framework nasty {
              title {{q}}
              version {{q}}
              publisher {{q}}
              effective 2020-01-01
              guidance {{q}}
            }
            source doc {{q}}
            scale rating {{q}} {
              level low {{q}} points 0
              level high "High" points 1
            }
            bands kq {{q}} {
              of percentage rounded half_up to 0 decimals
              low 0% to 49%
              high 50% to 100%
            }
            bands overall_bands {{q}} {
              of points
              low 0 to 0
              high 1 to 1
            }
            overall rated by total points in overall_bands
            case type court {{q}}
            fact kind {{q}} one of { plain {{q}}, other "Other" }
            fact flag {{q}} boolean
            domain 1 work {{q}} for court {
              guidance {{q}}
              provenance verbatim doc {{q}}
              standard 1.1 assess {{q}} {
                statement {{q}}
                guidance {{q}}
                rated by lowest key question in kq
                key question 1.1.1 question {{q}} when kind in {plain} {
                  guidance {{q}}
                  provenance reconstructed doc {{q}}
                  prompt (a) detail {{q}} when flag {
                    guidance {{q}}
                  }
                }
              }
            }
            """;
    }

    [Theory]
    [MemberData(nameof(NastyTexts))]
    public void Wording_round_trips_exactly_through_the_generated_code(string text)
    {
        var compilation = FrameworkCompilation.Create(new SourceText("nasty.inspect", FrameworkWith(text)));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var model = compilation.Model!;
        Assert.Equal(text, model.Title); // the framework file says what we meant

        using var generated = GeneratedAssembly.Load(model);
        foreach (var constant in new[] { "Title", "Version", "Publisher", "Guidance" })
        {
            Assert.Equal(text, generated.Type("NastyFramework").GetField(constant)!.GetValue(null));
        }

        var levels = (System.Collections.Immutable.ImmutableArray<RatingLevel>)generated.Static("NastyFramework", "Levels")!;
        Assert.Equal(text, levels[0].Label);
        Assert.Equal(text, generated.CallStatic("NastyLabels", "Label", generated.Enum("Rating", "Low")));
        Assert.Equal(text, generated.CallStatic("NastyLabels", "Label", generated.Enum("CaseType", "Court")));
        Assert.Equal(text, generated.CallStatic("NastyLabels", "Label", generated.Enum("Kind", "Plain")));
        Assert.Equal(text, ((IReadOnlyDictionary<string, string>)generated.Static("NastyFramework", "FactLabels")!)["kind"]);
        Assert.Equal(text, ((IReadOnlyDictionary<string, string>)generated.Static("NastyFramework", "SourceTitles")!)["doc"]);

        var items = (System.Collections.Immutable.ImmutableArray<FrameworkItem>)generated.Static("NastyFramework", "Items")!;
        Assert.Equal(4, items.Length);
        Assert.All(items, item => Assert.Equal((text, text), (item.Wording, item.Guidance)));
        Assert.Equal(text, items.Single(i => i.Kind == FrameworkItemKind.Standard).Statement);

        var form = generated.New("CourtAssessment", "case");
        var formItems = (IReadOnlyList<FormItem>)GeneratedCode.Get(form, "Items")!;
        Assert.Equal(new[] { (text, "1.1.1"), (text, "1.1.1 / prompt: detail") }, formItems.Select(i => (i.Wording, i.Path)));
    }

    [Theory]
    [MemberData(nameof(NastyTexts))]
    public void Comment_and_literal_helpers_never_let_text_out(string text)
    {
        var literal = CSharpText.StringLiteral(text);
        Assert.DoesNotContain('\n', literal);
        Assert.All(literal, c => Assert.InRange(c, ' ', '~'));
        foreach (var line in CSharpText.XmlDocLines(text))
        {
            Assert.DoesNotContain(line, c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '<' or '>' or '\0' or '\u202E' or '\uFFFF');
            Assert.DoesNotContain(line.Replace("&amp;", string.Empty).Replace("&lt;", string.Empty).Replace("&gt;", string.Empty), c => c == '&');
        }

        Assert.DoesNotContain(CSharpText.LineComment(text), c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\0' or '\u202E');
    }

    [Fact]
    public void Emitted_files_are_well_formed_for_every_text_at_once()
    {
        // All texts in one framework (each in a different place) still compile cleanly.
        var texts = NastyTexts().Select(o => (string)o[0]).ToList();
        var combined = string.Join("|", texts);
        var compilation = FrameworkCompilation.Create(new SourceText("nasty.inspect", FrameworkWith(combined)));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        using var generated = GeneratedAssembly.Load(compilation.Model!);
        Assert.Equal(combined, generated.Type("NastyFramework").GetField("Title")!.GetValue(null));
    }
}
