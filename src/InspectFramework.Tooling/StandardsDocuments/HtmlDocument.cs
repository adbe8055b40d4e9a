using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Tooling.StandardsDocuments;

/// <summary>
/// The standards document as one standalone HTML page (inline CSS, no scripts, no external files).
/// For the public it has a cover, no internal names or content hash, provenance as numbered notes,
/// and the organisation's branding; both audiences print with page numbers and a running header.
/// </summary>
internal sealed class HtmlDocument
{
    private const string Style = @"
:root { --ink: #1d2530; --muted: #5b6776; --line: #dde2e8; --accent: #1f5fa8; --tint: #f3f6fb; --verbatim: #1e7a46; --reconstructed: #a85d00; --applies: #5b3d8f; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f5; color: var(--ink); font: 16px/1.55 -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
.page { max-width: 62rem; margin: 0 auto; padding: 2.5rem 2.75rem 3rem; background: #fff; min-height: 100vh; }
header.title { border-bottom: 4px solid var(--accent); padding-bottom: 1.5rem; }
.kicker { margin: 0; color: var(--accent); font-size: .78rem; font-weight: 700; letter-spacing: .09em; text-transform: uppercase; }
h1 { margin: .35rem 0 1.1rem; font-size: 2.1rem; line-height: 1.2; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.5rem; margin: 0 0 1rem; font-size: .92rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.guidance { margin: .75rem 0 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .84em; background: #eef1f5; padding: .05em .35em; border-radius: 3px; }
nav.toc { margin: 2rem 0; padding: 1rem 1.5rem; background: var(--tint); border-radius: 8px; columns: 2; column-gap: 2.5rem; }
nav.toc h2 { margin: 0 0 .5rem; border: 0; padding: 0; font-size: 1.05rem; column-span: all; }
nav.toc ol { margin: 0; padding-left: 1.1rem; }
nav.toc li { break-inside: avoid; }
nav.toc ol ol { list-style: none; padding-left: .6rem; font-size: .92rem; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
h2 { margin: 2.75rem 0 1rem; padding-bottom: .4rem; border-bottom: 1px solid var(--line); font-size: 1.6rem; line-height: 1.25; }
h3 { margin: 1.75rem 0 .6rem; font-size: 1.2rem; line-height: 1.3; }
h4 { margin: 0 0 .35rem; font-size: 1rem; line-height: 1.4; }
.num { color: var(--accent); font-weight: 700; margin-right: .45em; }
table { border-collapse: collapse; margin: .5rem 0 1.25rem; font-size: .92rem; }
th, td { padding: .4rem .8rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #f0f3f7; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
table.facts td:first-child { width: 38%; }
table.facts td:last-child { white-space: nowrap; }
.note { color: var(--muted); font-size: .93rem; }
.sample { display: inline-block; margin: 0 0 .5rem; padding: .2rem .7rem; border-radius: 999px; background: var(--tint); color: var(--accent); font-size: .88rem; font-weight: 600; }
.standard { margin: 1.5rem 0; padding: 1.25rem 1.5rem 1.4rem; border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 1px 2px rgba(20, 30, 50, .04); }
.standard > h3 { margin-top: 0; }
blockquote.statement { margin: .4rem 0 .9rem; padding: .65rem 1rem; border-left: 4px solid var(--accent); background: var(--tint); font-size: 1.02rem; }
.rule { margin: .3rem 0; color: var(--muted); font-size: .9rem; }
.kq { margin-top: 1.1rem; padding-top: 1rem; border-top: 1px solid var(--line); }
.answers { margin: .15rem 0; color: var(--muted); font-size: .88rem; }
.applies { margin: .2rem 0; color: var(--applies); font-size: .9rem; }
.applies::before { content: 'Applies: '; font-weight: 700; }
.guidance-note { margin: .2rem 0; font-size: .9rem; }
.prov { margin: .25rem 0; color: var(--muted); font-size: .78rem; line-height: 1.45; }
.tag { display: inline-block; margin-right: .45em; padding: .02em .45em; border-radius: 3px; color: #fff; font-size: .68rem; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; vertical-align: .08em; }
.tag.verbatim { background: var(--verbatim); }
.tag.reconstructed { background: var(--reconstructed); }
ol.prompts { list-style: none; margin: .8rem 0 0; padding: 0; }
ol.prompts li { display: flex; gap: .8rem; padding: .55rem 0; border-top: 1px dashed #e3e7ec; }
.letter { flex: 0 0 1.85rem; height: 1.85rem; display: flex; align-items: center; justify-content: center; border-radius: 50%; background: #e6edf7; color: var(--accent); font-size: .85rem; font-weight: 700; }
.prompt-body { flex: 1; }
.prompt-body p { margin: .1rem 0; }
ul.sources li { margin: .3rem 0; }
ul.contributors li { margin: .2rem 0; }
.feeds { margin: .2rem 0; color: var(--muted); font-size: .88rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .8rem; }
sup.fn { margin-left: .2em; font-size: .62em; font-weight: 600; }
ul.notes { list-style: none; padding-left: 0; }
ul.notes li { margin: .35rem 0; padding-left: 2.4rem; text-indent: -2.4rem; }
.note-number { display: inline-block; width: 2.4rem; color: var(--muted); font-variant-numeric: tabular-nums; }
ul.notes li > span { text-indent: 0; }
.cover { border-bottom: 4px solid var(--accent); padding-bottom: 1.5rem; }
.cover img.logo { display: block; max-width: 16rem; max-height: 5rem; margin: 0 0 1.25rem; }
.cover .org { margin: 0 0 .35rem; font-size: 1.05rem; font-weight: 600; }
";

    // Print: headings stay with what follows them; nothing larger than a prompt, a table row or a
    // note is kept whole, so pages fill up rather than leave half a page empty before a long standard.
    private const string PrintStyle = @"
@media print {
body { background: #fff; font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { max-width: none; min-height: 0; padding: 0; }
h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; }
p, li, blockquote { orphans: 3; widows: 3; }
.standard { box-shadow: none; }
ol.prompts li, tr, .applies, .prov, .answers, dl.meta { break-inside: avoid; }
thead { display: table-header-group; }
nav.toc { columns: 1; background: none; padding: 0; }
a { color: inherit; }
.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; border: 0; break-after: page; }
.cover h1 { font-size: 28pt; }
}
";

    private readonly DocumentContent _content;
    private readonly DocumentOptions _options;
    private readonly StringBuilder _out = new();

    // Public provenance notes and their numbers.
    private readonly Dictionary<(ProvenanceKind Kind, string Source, string? Note), int> _notes;

    public HtmlDocument(DocumentContent content, DocumentOptions options)
    {
        _content = content;
        _options = options;
        _notes = Public ? NumberNotes() : new();
    }

    private FrameworkModel Model => _content.Model;

    private bool Public => _options.Audience == DocumentAudience.Public;

    private string? Organisation => _options.Branding?.Organisation;

    public string Render()
    {
        Raw("<!DOCTYPE html>");
        Raw("<html lang=\"en\">");
        Raw("<head>");
        Raw("<meta charset=\"utf-8\">");
        Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Raw("<meta name=\"generator\" content=\"inspect docs\">");
        if (!Public)
        {
            Raw($"<meta name=\"framework\" content=\"{Attr($"{Model.Name} {Model.Version} {Model.ContentHash}")}\">");
        }

        Raw($"<title>{Esc(Model.Title)}</title>");
        Raw("<style>" + Style + PrintStyle + PageStyle() + AccentStyle() + "</style>");
        Raw("</head>");
        Raw("<body>");
        if (!Public)
        {
            Raw($"<!-- {Esc(_content.Stamp)} -->");
        }

        Raw("<div class=\"page\">");
        if (Public)
        {
            Cover();
        }
        else
        {
            TitleBlock();
        }

        Contents();
        Raw("<main>");
        Rules();
        Scores();
        CaseInformation();
        foreach (var domain in Model.Domains)
        {
            Domain(domain);
        }

        if (Public)
        {
            Notes();
        }
        else
        {
            Sources();
        }

        Raw("</main>");
        Raw($"<footer>{Esc(Public ? PublicFooter : _content.Stamp)}</footer>");
        Raw("</div>");
        Raw("</body>");
        Raw("</html>");
        return _out.ToString();
    }

    private string PublicFooter =>
        $"{Organisation ?? Model.Publisher}: {Model.Title}, version {Model.Version}, effective from {DocumentContent.Date(Model.Effective)}.";

    // Chromium prints @page margin boxes: the title as a running header, the organisation (or
    // publisher) opposite, "Page n of N" at the foot; the public cover page has none of them.
    private string PageStyle()
    {
        const string Box = "font-family: -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 8pt; color: #5b6776;";
        var page = new StringBuilder();
        page.Append("@page { size: A4; margin: 18mm 16mm 18mm 16mm;\n");
        page.Append($"  @top-left {{ content: {CssString(Model.Title)}; {Box} }}\n");
        page.Append($"  @top-right {{ content: {CssString(Organisation ?? Model.Publisher)}; {Box} }}\n");
        page.Append($"  @bottom-center {{ content: \"Page \" counter(page) \" of \" counter(pages); {Box} }}\n}}\n");
        if (Public)
        {
            page.Append("@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }\n");
        }

        return page.ToString();
    }

    // Checked to be #rrggbb where the branding file is read; checked again here, as it goes into CSS.
    private string AccentStyle() =>
        _options.Branding?.AccentColour is { Length: 7 } colour && colour[0] == '#' && colour.Skip(1).All(Uri.IsHexDigit)
            ? $":root {{ --accent: {colour}; }}\n"
            : string.Empty;

    /// <summary>Text as a CSS string: every character but letters, digits and spaces as a six-digit
    /// escape, so no text can end the string, the rule or the style element.</summary>
    private static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 128 && (char.IsLetterOrDigit((char)rune.Value) || rune.Value == ' '))
            {
                css.Append((char)rune.Value);
            }
            else
            {
                css.Append('\\').Append(rune.Value.ToString("X6", CultureInfo.InvariantCulture));
            }
        }

        return css.Append('"').ToString();
    }

    private void Cover()
    {
        Raw("<header class=\"cover\">");
        if (_options.Branding?.LogoDataUri is { } logo)
        {
            Raw($"<img class=\"logo\" src=\"{Attr(logo)}\" alt=\"{Attr(Organisation ?? Model.Publisher)}\">");
        }

        if (Organisation is { } organisation)
        {
            Raw($"<p class=\"org\">{Esc(organisation)}</p>");
        }

        Raw("<p class=\"kicker\">Inspection framework</p>");
        Raw($"<h1>{Esc(Model.Title)}</h1>");
        Raw("<dl class=\"meta\">");
        Raw($"<dt>Version</dt><dd>{Esc(Model.Version)}</dd>");
        Raw($"<dt>Effective from</dt><dd>{Esc(DocumentContent.Date(Model.Effective))}</dd>");
        Raw($"<dt>Publisher</dt><dd>{Esc(Model.Publisher)}</dd>");
        Raw("</dl>");
        if (Model.Guidance is { } guidance)
        {
            Raw($"<p class=\"guidance\">{Esc(guidance)}</p>");
        }

        Raw("</header>");
    }

    private void TitleBlock()
    {
        Raw("<header class=\"title\">");
        Raw($"<p class=\"kicker\">{Esc(Model.Publisher)} · inspection framework</p>");
        Raw($"<h1>{Esc(Model.Title)}</h1>");
        Raw("<dl class=\"meta\">");
        foreach (var (label, value, code) in _content.Metadata)
        {
            Raw($"<dt>{Esc(label)}</dt><dd>{(code ? "<code>" + Esc(value) + "</code>" : Esc(value))}</dd>");
        }

        Raw("</dl>");
        if (Model.Guidance is { } guidance)
        {
            Raw($"<p class=\"guidance\">{Esc(guidance)}</p>");
        }

        Raw("</header>");
    }

    private void Contents()
    {
        Raw("<nav class=\"toc\">");
        Raw("<h2>Contents</h2>");
        Raw("<ol>");
        if (_content.HasRatingRules)
        {
            Raw($"<li><a href=\"#{DocumentContent.RulesAnchor}\">Rating rules</a></li>");
        }

        if (Model.Scores.Count > 0)
        {
            Raw($"<li><a href=\"#{DocumentContent.ScoresAnchor}\">Scores</a></li>");
        }

        Raw($"<li><a href=\"#{DocumentContent.CaseInformationAnchor}\">Case information</a></li>");
        foreach (var domain in Model.Domains)
        {
            Raw($"<li><a href=\"#{DocumentContent.Anchor(domain)}\">Domain {Esc(domain.Number)}: {Esc(domain.Text)}</a>");
            Raw("<ol>");
            foreach (var standard in domain.Standards)
            {
                Raw($"<li><a href=\"#{DocumentContent.Anchor(domain, standard)}\">{Esc(standard.Number)} {Esc(standard.Text)}</a></li>");
            }

            Raw("</ol></li>");
        }

        Raw($"<li><a href=\"#{DocumentContent.SourcesAnchor}\">{(Public ? "Sources and notes" : "Sources")}</a></li>");
        Raw("</ol>");
        Raw("</nav>");
    }

    private void Rules()
    {
        if (!_content.HasRatingRules)
        {
            return;
        }

        Raw($"<section id=\"{DocumentContent.RulesAnchor}\">");
        Raw("<h2>Rating rules</h2>");
        if (Model.Scale is { } scale)
        {
            Raw("<h3>Rating scale</h3>");
            Raw("<p class=\"note\">Levels from lowest to highest.</p>");
            Raw("<table><thead><tr><th>Level</th><th class=\"n\">Points</th></tr></thead><tbody>");
            foreach (var level in scale.Levels)
            {
                Raw($"<tr><td>{Esc(level.Label)}</td><td class=\"n\">{level.Points}</td></tr>");
            }

            Raw("</tbody></table>");
        }
        foreach (var table in Model.BandTables)
        {
            Raw($"<h3 id=\"{DocumentContent.BandsAnchor(table.Name)}\">{Esc(table.Label ?? table.Name)}</h3>");
            Raw($"<p class=\"note\">{Esc(_content.MeasureSentence(table))}</p>");
            Raw("<table><thead><tr><th>Level</th><th class=\"n\">From</th><th class=\"n\">To</th></tr></thead><tbody>");
            foreach (var (level, from, to) in _content.BandRows(table))
            {
                Raw($"<tr><td>{Esc(level)}</td><td class=\"n\">{Esc(from)}</td><td class=\"n\">{Esc(to)}</td></tr>");
            }

            Raw("</tbody></table>");
        }

        if (Model.Overall is { } overall)
        {
            Raw("<h3>Overall rating</h3>");
            Raw($"<p>{_content.OverallSentence($"<a href=\"#{Attr(DocumentContent.BandsAnchor(overall.Bands))}\">{Esc(_content.BandsLabel(overall.Bands))}</a>")}</p>");
        }

        var computed = _content.Standards.Count(s => s.Rule == RatingRule.LowestKeyQuestion);
        foreach (var (discretion, standards) in _content.DiscretionGroups)
        {
            Raw("<h3>Professional discretion</h3>");
            Raw($"<p>{Esc(DocumentContent.DiscretionSentence(discretion, standards, computed))}</p>");
            Raw("<table><thead><tr><th>From</th><th>To</th><th>Allowed</th></tr></thead><tbody>");
            foreach (var (from, to, limit) in _content.MoveRows(discretion))
            {
                Raw($"<tr><td>{Esc(from)}</td><td>{Esc(to)}</td><td>{Esc(limit)}</td></tr>");
            }

            Raw("</tbody></table>");
        }

        Raw("</section>");
    }

    private void Scores()
    {
        if (Model.Scores.Count == 0)
        {
            return;
        }

        Raw($"<section id=\"{DocumentContent.ScoresAnchor}\">");
        Raw("<h2>Scores</h2>");
        Raw($"<p>{Esc(DocumentContent.ScoresIntroduction)}</p>");
        foreach (var score in Model.Scores)
        {
            var contributors = _content.Contributors(score);
            Raw($"<h3 id=\"{Attr(DocumentContent.ScoreAnchor(score.Name))}\">{Esc(score.Label)}</h3>");
            Raw($"<p class=\"note\">{Esc(DocumentContent.ScoreRoundingSentence(score))}{(Public ? string.Empty : $" Name: <code>{Esc(score.Name)}</code>.")}</p>");
            Raw($"<p>{Esc(DocumentContent.ContributorCount(contributors.Count))}</p>");
            Raw("<ul class=\"contributors\">");
            foreach (var (domain, standard, question) in contributors)
            {
                Raw($"<li><a href=\"#{Attr(DocumentContent.Anchor(domain, standard, question))}\">{Esc(question.Number)}</a> {Esc(question.Text)}</li>");
            }

            Raw("</ul>");
        }

        Raw("</section>");
    }

    private void CaseInformation()
    {
        Raw($"<section id=\"{DocumentContent.CaseInformationAnchor}\">");
        Raw("<h2>Case information</h2>");
        Raw("<p>Case types: " + string.Join(", ", Model.CaseTypes.Select(c => Esc(c.Label) + Name(c.Name))) + ".</p>");
        Raw("<table class=\"facts\"><thead><tr><th>Fact</th><th>Values</th><th>Used for</th></tr></thead><tbody>");
        foreach (var (label, name, values, use) in _content.FactRows)
        {
            Raw($"<tr><td>{Esc(label)}{(Public ? string.Empty : $" <code>{Esc(name)}</code>")}</td><td>{Esc(values)}</td><td>{Esc(use)}</td></tr>");
        }

        Raw("</tbody></table>");
        Raw("</section>");
    }

    // The name as written in the framework, for staff; the public document uses the labels alone.
    private string Name(string name) => Public ? string.Empty : $" (<code>{Esc(name)}</code>)";

    private void Domain(DomainModel domain)
    {
        Raw($"<section class=\"domain\" id=\"{Attr(DocumentContent.Anchor(domain))}\">");
        Raw($"<h2><span class=\"num\">Domain {Esc(domain.Number)}</span>{Esc(domain.Text)}{Marks(domain.Provenance)}</h2>");
        Raw($"<p class=\"sample\">{Esc(_content.CaseSample(domain))}</p>");
        Notes(_content.English.Applicability(domain.Condition, domain.CaseTypes), domain.Guidance, domain.Provenance);
        foreach (var standard in domain.Standards)
        {
            Standard(domain, standard);
        }

        Raw("</section>");
    }

    private void Standard(DomainModel domain, StandardModel standard)
    {
        Raw($"<article class=\"standard\" id=\"{Attr(DocumentContent.Anchor(domain, standard))}\">");
        Raw($"<h3><span class=\"num\">{Esc(standard.Number)}</span>{Esc(standard.Text)}{Marks(standard.Provenance)}</h3>");
        if (standard.Statement is { } statement)
        {
            Raw($"<blockquote class=\"statement\">{Esc(statement)}</blockquote>");
        }

        var bands = standard.Bands is { } name ? $"<a href=\"#{Attr(DocumentContent.BandsAnchor(name))}\">{Esc(_content.BandsLabel(name))}</a>" : string.Empty;
        Raw($"<p class=\"rule\">{DocumentWording.RuleSentence(standard.Rule, bands)}</p>");
        Notes(_content.English.Applicability(standard.Condition, domain.CaseTypes), standard.Guidance, standard.Provenance);
        foreach (var question in standard.KeyQuestions)
        {
            KeyQuestion(domain, standard, question);
        }

        Raw("</article>");
    }

    private void KeyQuestion(DomainModel domain, StandardModel standard, KeyQuestionModel question)
    {
        Raw($"<div class=\"kq\" id=\"{Attr(DocumentContent.Anchor(domain, standard, question))}\">");
        Raw($"<h4><span class=\"num\">{Esc(question.Number)}</span>{Esc(question.Text)}{Marks(question.Provenance)}</h4>");
        Raw($"<p class=\"answers\">{Esc(DocumentWording.Answers(question.Answers, question.RationaleRequired))}</p>");
        if (question.Scores.Count > 0)
        {
            var links = question.Scores.Select(name => $"<a href=\"#{Attr(DocumentContent.ScoreAnchor(name))}\">{Esc(_content.ScoreLabel(name))}</a>");
            Raw($"<p class=\"feeds\">Contributes to {string.Join(", ", links)}.</p>");
        }

        Notes(_content.English.Applicability(question.Condition, domain.CaseTypes), question.Guidance, question.Provenance);
        if (question.Prompts.Count > 0)
        {
            Raw("<ol class=\"prompts\">");
            foreach (var prompt in question.Prompts)
            {
                Raw($"<li><span class=\"letter\">{Esc(prompt.Letter ?? "·")}</span><div class=\"prompt-body\">");
                Raw($"<p>{Esc(prompt.Text)}{Marks(prompt.Provenance)}</p>");
                if (prompt.Answers != AnswerKind.YesNoNotApplicable || prompt.RationaleRequired)
                {
                    Raw($"<p class=\"answers\">{Esc(DocumentWording.Answers(prompt.Answers, prompt.RationaleRequired))}</p>");
                }

                Notes(_content.English.Applicability(prompt.Condition, domain.CaseTypes), prompt.Guidance, prompt.Provenance);
                Raw("</div></li>");
            }

            Raw("</ol>");
        }

        Raw("</div>");
    }

    private void Notes(string? applicability, string? guidance, EquatableArray<ProvenanceModel> provenance)
    {
        if (applicability is not null)
        {
            // The "Applies:" label comes from the style sheet; the sentence starts "Applies only ...".
            Raw($"<p class=\"applies\">{Esc(applicability.Substring("Applies ".Length))}</p>");
        }

        if (guidance is not null)
        {
            Raw($"<p class=\"guidance-note\"><strong>Guidance:</strong> {Esc(guidance)}</p>");
        }

        foreach (var p in Public ? Enumerable.Empty<(ProvenanceKind Kind, string Label, string Source, string SourceTitle, string? Note)>() : _content.Provenance(provenance))
        {
            var kind = p.Kind == ProvenanceKind.Verbatim ? "verbatim" : "reconstructed";
            var note = p.Note is null ? string.Empty : ": " + Esc(p.Note);
            var check = p.Kind == ProvenanceKind.Reconstructed ? " <em>Check against the official standards.</em>" : string.Empty;
            Raw($"<p class=\"prov\"><span class=\"tag {kind}\">{p.Label}</span>from <a href=\"#{Attr(DocumentContent.SourceAnchor(p.Source))}\">{Esc(p.SourceTitle)}</a>{note}{check}</p>");
        }
    }

    /// <summary>
    /// For the public: provenance as numbered notes, one per distinct source and note, so a source's
    /// title is written once, in the notes, rather than under every item. Numbered in reading order
    /// (first use), so the numbers in the text go up; the notes are listed under their source.
    /// </summary>
    private Dictionary<(ProvenanceKind Kind, string Source, string? Note), int> NumberNotes()
    {
        var marks = new List<ProvenanceModel>();
        foreach (var domain in Model.Domains)
        {
            marks.AddRange(domain.Provenance);
            foreach (var standard in domain.Standards)
            {
                marks.AddRange(standard.Provenance);
                foreach (var question in standard.KeyQuestions)
                {
                    marks.AddRange(question.Provenance);
                    marks.AddRange(question.Prompts.SelectMany(p => p.Provenance));
                }
            }
        }

        return marks.Select(m => (m.Kind, m.Source, m.Note)).Distinct().Select((k, i) => (k, i + 1)).ToDictionary(p => p.k, p => p.Item2);
    }

    private string Marks(EquatableArray<ProvenanceModel> provenance)
    {
        if (!Public || provenance.Count == 0)
        {
            return string.Empty;
        }

        var links = provenance
            .Select(m => _notes[(m.Kind, m.Source, m.Note)].ToString(CultureInfo.InvariantCulture))
            .Select(n => $"<a href=\"#note-{n}\">{n}</a>");
        return $"<sup class=\"fn\">{string.Join(",", links)}</sup>";
    }

    private void Notes()
    {
        Raw($"<section id=\"{DocumentContent.SourcesAnchor}\">");
        Raw("<h2>Sources and notes</h2>");
        Raw("<p>The numbers after a heading or prompt refer to these notes: where its wording comes from. <span class=\"tag verbatim\">Verbatim</span>wording is copied exactly from the source. <span class=\"tag reconstructed\">Reconstructed</span>wording was rebuilt from a paraphrase and still needs checking against the official standards.</p>");
        foreach (var source in Model.Sources)
        {
            Raw($"<h3 id=\"{Attr(DocumentContent.SourceAnchor(source.Name))}\">{Esc(source.Title)}</h3>");
            var notes = _notes.Where(n => n.Key.Source == source.Name).OrderBy(n => n.Value).ToList();
            if (notes.Count == 0)
            {
                continue;
            }

            // Numbers follow reading order, so one source's notes need not be consecutive: each is written out.
            Raw("<ul class=\"notes\">");
            foreach (var ((kind, _, note), number) in notes)
            {
                var tag = kind == ProvenanceKind.Verbatim ? "<span class=\"tag verbatim\">Verbatim</span>" : "<span class=\"tag reconstructed\">Reconstructed</span>";
                var detail = note is null ? string.Empty : Esc(note);
                var n = number.ToString(CultureInfo.InvariantCulture);
                Raw($"<li id=\"note-{n}\"><span class=\"note-number\">{n}</span>{tag}{detail}</li>");
            }

            Raw("</ul>");
        }

        Raw("</section>");
    }

    private void Sources()
    {
        Raw($"<section id=\"{DocumentContent.SourcesAnchor}\">");
        Raw("<h2>Sources</h2>");
        Raw("<p><span class=\"tag verbatim\">Verbatim</span>wording is copied exactly from the source. <span class=\"tag reconstructed\">Reconstructed</span>wording was rebuilt from a paraphrase and still needs checking against the official standards.</p>");
        Raw("<ul class=\"sources\">");
        foreach (var source in Model.Sources)
        {
            Raw($"<li id=\"{Attr(DocumentContent.SourceAnchor(source.Name))}\">{Esc(source.Title)} <code>{Esc(source.Name)}</code></li>");
        }

        Raw("</ul>");
        Raw("</section>");
    }

    private void Raw(string html) => _out.Append(html).Append('\n');

    /// <summary>Escapes text for HTML content; "--" is broken up so text can also sit in a comment.</summary>
    private static string Esc(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("--", "-&#45;").Replace("\n", "<br>");

    private static string Attr(string text) => Esc(text);
}
