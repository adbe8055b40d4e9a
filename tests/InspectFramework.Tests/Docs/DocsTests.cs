using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.Tests.Docs;

public sealed class DocsTests
{
    private static FrameworkModel Bundled(string name) =>
        FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, name + ".inspect")).Model!;

    [Theory]
    [InlineData("hmip-youth-2018")]
    [InlineData("hmip-youth-2019")]
    public void Markdown_document_matches_the_snapshot(string name)
    {
        var model = Bundled(name);
        var markdown = StandardsDocument.Render(model, DocumentFormat.Markdown);
        Assert.Contains(model.ContentHash, markdown, StringComparison.Ordinal);
        Snapshot.Verify(markdown, name, "md");
    }

    private static FrameworkModel PooledScores() =>
        FrameworkSource.Compile(BaselineSample.Get("ValidPooledScores").InputPath).Model!;

    [Fact]
    public void Markdown_of_a_framework_of_pooled_scores_matches_the_snapshot()
    {
        var markdown = StandardsDocument.Render(PooledScores(), DocumentFormat.Markdown);
        Snapshot.Verify(markdown, "pooled-scores", "md");
    }

    [Fact]
    public void Html_of_a_framework_of_pooled_scores_lists_each_score_with_its_contributors()
    {
        var html = StandardsDocument.Render(PooledScores(), DocumentFormat.Html);

        // No rating rules to show; a Scores section instead, linked from the contents.
        Assert.DoesNotContain("Rating rules", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#scores\">Scores</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"score-risk_of_harm\">Risk of Harm to others</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<p>2 contributing key questions:</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#kq-assessment_planning-vulnerability-mappa_referral\">1.1.3</a> Was the notification and referral to MAPPA timely?</li>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"feeds\">Contributes to <a href=\"#score-safeguarding\">Safeguarding</a>, <a href=\"#score-risk_of_harm\">Risk of Harm to others</a>, <a href=\"#score-assessment_and_planning\">Assessment and Planning</a>.</p>", html, StringComparison.Ordinal);
        Assert.Contains("Not rated: each key question answered yes or no is reported as the percentage of applicable cases answered yes.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentFormat.Html)]
    [InlineData(DocumentFormat.Markdown)]
    public void Every_link_points_at_an_anchor_of_the_document(DocumentFormat format)
    {
        foreach (var model in new[] { PooledScores(), Bundled("hmip-youth-2019") })
        {
            var document = StandardsDocument.Render(model, format);
            var targets = System.Text.RegularExpressions.Regex.Matches(document, format == DocumentFormat.Html ? "href=\"#([^\"]+)\"" : "\\]\\(#([^)]+)\\)")
                .Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.NotEmpty(targets);
            foreach (var target in targets)
            {
                Assert.Contains($"id=\"{target}\"", document, StringComparison.Ordinal);
            }
        }
    }

    private static string Visible(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(html, "<(style|title)>.*?</\\1>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline), "<[^>]+>", " "));

    [Fact]
    public void The_public_document_has_no_internal_names_or_content_hash_and_names_each_source_once()
    {
        var model = Bundled("hmip-youth-2019");
        var internalHtml = StandardsDocument.Render(model, DocumentFormat.Html);
        var html = StandardsDocument.Render(model, DocumentFormat.Html, new DocumentOptions(DocumentAudience.Public));
        var text = Visible(html);

        Assert.DoesNotContain(model.ContentHash, html, StringComparison.Ordinal);
        Assert.DoesNotContain("sha256", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>", html, StringComparison.Ordinal);
        var names = model.Facts.Select(f => f.Name)
            .Concat(model.Domains.Select(d => d.Name))
            .Concat(model.Domains.SelectMany(d => d.Standards).SelectMany(s => s.KeyQuestions).Select(k => k.Name))
            .Concat(model.Sources.Select(s => s.Name))
            .Append(model.Name)
            .Where(n => n.Contains('_', StringComparison.Ordinal))
            .ToList();
        Assert.True(names.Count > 20);
        Assert.All(names, n => Assert.DoesNotContain(n, text, StringComparison.Ordinal));
        Assert.Contains(names, n => internalHtml.Contains($"<code>{n}</code>", StringComparison.Ordinal));

        // Each source's title once, over its numbered notes; the items carry only the numbers.
        foreach (var source in model.Sources)
        {
            var title = System.Net.WebUtility.HtmlEncode(source.Title).Replace("&#39;", "'", StringComparison.Ordinal);
            var staff = System.Text.RegularExpressions.Regex.Matches(internalHtml, System.Text.RegularExpressions.Regex.Escape(title)).Count;
            Assert.True(System.Text.RegularExpressions.Regex.Matches(html, System.Text.RegularExpressions.Regex.Escape(title)).Count <= 1, $"'{source.Title}' is written more than once");
            Assert.True(staff > 1 || staff == 0);
        }

        var marks = model.Domains.SelectMany(d => d.Standards).SelectMany(s => s.KeyQuestions).Sum(k => k.Provenance.Count);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(html, "<sup class=\"fn\">").Count >= marks);
        Assert.Contains("<li id=\"note-1\"><span class=\"note-number\">1</span>", html, StringComparison.Ordinal);

        // Note numbers go up in reading order.
        var numbers = System.Text.RegularExpressions.Regex.Matches(html, "<a href=\"#note-(\\d+)\">").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var firstUses = numbers.Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, firstUses.Count), firstUses);
        Assert.Contains("Version</dt><dd>2019.1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Effective from</dt><dd>1 June 2019</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Branding_text_stays_text_and_the_running_header_cannot_leave_its_css_string()
    {
        var model = Bundled("hmip-youth-2019");
        var hostile = "</style><script>alert(1)</script>\" } body { display: none";
        var html = StandardsDocument.Render(model, DocumentFormat.Html, new DocumentOptions(DocumentAudience.Public, new Branding(hostile, "data:image/png;base64,iVBORw0KGgo=", "#0b6e4f")));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</style>"));
        Assert.Contains("<p class=\"org\">&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot; } body { display: none</p>", html, StringComparison.Ordinal);
        Assert.Contains("@top-right { content: \"\\00003C\\00002Fstyle\\00003E\\00003Cscript\\00003Ealert\\0000281\\000029", html, StringComparison.Ordinal);
        Assert.Contains(":root { --accent: #0b6e4f; }", html, StringComparison.Ordinal);
        Assert.Contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo=\"", html, StringComparison.Ordinal);

        // A colour that is not #rrggbb never reaches the style sheet, even if it got past the file's check.
        var sneaky = StandardsDocument.Render(model, DocumentFormat.Html, new DocumentOptions(DocumentAudience.Public, new Branding(null, null, "red;}")));
        Assert.DoesNotContain("red;}", sneaky, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditions_read_as_plain_english()
    {
        var model = FrameworkCompilation.Create(new SourceText("s.inspect", Diff.DiffSample.Base)).Model!;
        var english = new PlainEnglish(model);
        var question = model.Domains[1].Standards[0].KeyQuestions[0];
        Assert.Equal("the type of disposal is Custody", english.Clause(question.Prompts[2].Condition!));
        Assert.Equal(
            "Applies only to court disposal cases where there is an identifiable victim.",
            english.Applicability(question.Prompts[1].Condition, model.Domains[1].CaseTypes));
        Assert.Equal("there are factors related to harm or there is an identifiable victim", english.Clause(model.Facts.Single(f => f.Name == "concerns").Derivation!));
    }

    [Fact]
    public void Composite_conditions_keep_their_grouping_in_english()
    {
        var model = FrameworkCompilation.Create(new SourceText("s.inspect", Diff.DiffSample.Base)).Model!;
        var english = new PlainEnglish(model);
        var harm = new FactIsTrueCondition("harm");
        var victim = new FactIsTrueCondition("victim");
        var notCustody = new NotCondition(new MembershipCondition("disposal", new[] { "custody", "caution" }.ToEquatableArray()));
        var sanctions = new IntegerComparisonCondition(new IntegerConstantOperand(2), Comparison.Less, new IntegerFactOperand("sanctions"));
        var condition = new AllCondition(new ConditionModel[] { new AnyCondition(new ConditionModel[] { harm, victim }.ToEquatableArray()), notCustody, sanctions }.ToEquatableArray());
        Assert.Equal(
            "either there are factors related to harm or there is an identifiable victim, the type of disposal is neither Custody nor Caution and the number of previous sanctions is more than 2",
            english.Clause(condition));
        Assert.Equal("it is not the case that both there are factors related to harm and there is an identifiable victim", english.Clause(new NotCondition(new AllCondition(new ConditionModel[] { harm, victim }.ToEquatableArray()))));
    }

    [Fact]
    public void Html_escapes_framework_text()
    {
        var text = Diff.DiffSample.Base.Replace("\"Sample framework\"", "\"<script>alert(1)</script> & more\"");
        var model = FrameworkCompilation.Create(new SourceText("s.inspect", text)).Model!;
        var html = StandardsDocument.Render(model, DocumentFormat.Html);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains(model.ContentHash, html, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Html_document_renders_in_headless_chromium()
    {
        var model = Bundled("hmip-youth-2019");
        var directory = Path.Combine(Path.GetTempPath(), "inspect-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var page = Path.Combine(directory, "framework.html");
            File.WriteAllText(page, StandardsDocument.Render(model, DocumentFormat.Html));
            var screenshot = Path.Combine(directory, "framework.png");

            Chromium.Run(directory, $"--screenshot={screenshot}", "--window-size=1280,2000", new Uri(page).AbsoluteUri);
            var png = File.ReadAllBytes(screenshot);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4));
            Assert.Equal(1280, BigEndian(png, 16));
            Assert.Equal(2000, BigEndian(png, 20));

            // A blank page of this size compresses to about 12 kB; the rendered page is far larger.
            Assert.True(png.Length > 60_000, $"The screenshot is only {png.Length} bytes: the page looks empty.");

            var dom = Chromium.Run(directory, "--dump-dom", new Uri(page).AbsoluteUri);
            Assert.Contains($"<h1>{model.Title}</h1>", dom, StringComparison.Ordinal);
            Assert.Contains("<h2>Contents</h2>", dom, StringComparison.Ordinal);
            Assert.Contains("<h2>Rating rules</h2>", dom, StringComparison.Ordinal);
            foreach (var domain in model.Domains)
            {
                Assert.Contains($"<h2><span class=\"num\">Domain {domain.Number}</span>{domain.Text}</h2>", dom, StringComparison.Ordinal);
                foreach (var standard in domain.Standards)
                {
                    Assert.Contains($"<h3><span class=\"num\">{standard.Number}</span>{standard.Text}</h3>", dom, StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
