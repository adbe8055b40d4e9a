using System.Collections.Generic;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Tooling.Reports;

namespace InspectFramework.Tooling.StandardsDocuments;

/// <summary>The standards document in GitHub-flavoured Markdown.</summary>
internal sealed class MarkdownDocument
{
    private readonly DocumentContent _content;
    private readonly StringBuilder _out = new();

    public MarkdownDocument(DocumentContent content) => _content = content;

    private FrameworkModel Model => _content.Model;

    public string Render()
    {
        Line($"<!-- {_content.Stamp} -->");
        Line();
        Line("# " + Escape(Model.Title));
        Line();
        Line("| | |");
        Line("| --- | --- |");
        foreach (var (label, value, code) in _content.Metadata)
        {
            Line($"| {label} | {(code ? Code(value) : Escape(value))} |");
        }

        if (Model.Guidance is { } guidance)
        {
            Line();
            Line(Escape(guidance));
        }

        Contents();
        Rules();
        Scores();
        CaseInformation();
        foreach (var domain in Model.Domains)
        {
            Domain(domain);
        }

        Sources();
        return _out.ToString();
    }

    private void Contents()
    {
        Line();
        Line("## Contents");
        Line();
        if (_content.HasRatingRules)
        {
            Line($"- [Rating rules](#{DocumentContent.RulesAnchor})");
        }

        if (Model.Scores.Count > 0)
        {
            Line($"- [Scores](#{DocumentContent.ScoresAnchor})");
        }

        Line($"- [Case information](#{DocumentContent.CaseInformationAnchor})");
        foreach (var domain in Model.Domains)
        {
            Line($"- [Domain {domain.Number}: {Escape(domain.Text)}](#{DocumentContent.Anchor(domain)})");
            foreach (var standard in domain.Standards)
            {
                Line($"  - [Standard {standard.Number}: {Escape(standard.Text)}](#{DocumentContent.Anchor(domain, standard)})");
            }
        }

        Line($"- [Sources](#{DocumentContent.SourcesAnchor})");
    }

    private void Rules()
    {
        if (!_content.HasRatingRules)
        {
            return;
        }

        Heading(2, DocumentContent.RulesAnchor, "Rating rules");
        if (Model.Scale is { } scale)
        {
            Heading(3, null, "Rating scale");
            Line("Levels from lowest to highest.");
            Line();
            Line("| Level | Points |");
            Line("| --- | ---: |");
            foreach (var level in scale.Levels)
            {
                Line($"| {Escape(level.Label)} | {level.Points} |");
            }
        }

        foreach (var table in Model.BandTables)
        {
            Heading(3, DocumentContent.BandsAnchor(table.Name), table.Label ?? table.Name);
            Line(Escape(_content.MeasureSentence(table)));
            Line();
            Line("| Level | From | To |");
            Line("| --- | ---: | ---: |");
            foreach (var (level, from, to) in _content.BandRows(table))
            {
                Line($"| {Escape(level)} | {from} | {to} |");
            }
        }

        if (Model.Overall is { } overall)
        {
            Heading(3, null, "Overall rating");
            Line(_content.OverallSentence($"[{Escape(_content.BandsLabel(overall.Bands))}](#{DocumentContent.BandsAnchor(overall.Bands)})"));
        }

        var computed = _content.Standards.Count(s => s.Rule == RatingRule.LowestKeyQuestion);
        foreach (var (discretion, standards) in _content.DiscretionGroups)
        {
            Heading(3, null, "Professional discretion");
            Line(Escape(DocumentContent.DiscretionSentence(discretion, standards, computed)));
            Line();
            Line("| From | To | Allowed |");
            Line("| --- | --- | --- |");
            foreach (var (from, to, limit) in _content.MoveRows(discretion))
            {
                Line($"| {Escape(from)} | {Escape(to)} | {Escape(limit)} |");
            }
        }
    }

    private void Scores()
    {
        if (Model.Scores.Count == 0)
        {
            return;
        }

        Heading(2, DocumentContent.ScoresAnchor, "Scores");
        Line(Escape(DocumentContent.ScoresIntroduction));
        foreach (var score in Model.Scores)
        {
            Heading(3, DocumentContent.ScoreAnchor(score.Name), score.Label);
            Line($"{Escape(DocumentContent.ScoreRoundingSentence(score))} Name: {Code(score.Name)}.");
            var contributors = _content.Contributors(score);
            Line();
            Line(DocumentContent.ContributorCount(contributors.Count));
            Line();
            foreach (var (domain, standard, question) in contributors)
            {
                Line($"- [{Escape(question.Number)}](#{DocumentContent.Anchor(domain, standard, question)}) {Escape(question.Text)}");
            }
        }
    }

    private void CaseInformation()
    {
        Heading(2, DocumentContent.CaseInformationAnchor, "Case information");
        Line("Case types: " + string.Join(", ", Model.CaseTypes.Select(c => $"{Escape(c.Label)} ({Code(c.Name)})")) + ".");
        Line();
        Line("| Fact | Values | Used for |");
        Line("| --- | --- | --- |");
        foreach (var (label, name, values, use) in _content.FactRows)
        {
            Line($"| {Escape(label)} ({Code(name)}) | {Escape(values)} | {use} |");
        }
    }

    private void Domain(DomainModel domain)
    {
        Heading(2, DocumentContent.Anchor(domain), $"Domain {domain.Number}: {domain.Text}");
        Line(Escape(_content.CaseSample(domain)));
        Notes(_content.English.Applicability(domain.Condition, domain.CaseTypes), domain.Guidance, domain.Provenance);
        foreach (var standard in domain.Standards)
        {
            Standard(domain, standard);
        }
    }

    private void Standard(DomainModel domain, StandardModel standard)
    {
        Heading(3, DocumentContent.Anchor(domain, standard), $"Standard {standard.Number}: {standard.Text}");
        if (standard.Statement is { } statement)
        {
            Line("> " + Escape(statement));
            Line();
        }

        var bands = standard.Bands is { } name ? $"[{Escape(_content.BandsLabel(name))}](#{DocumentContent.BandsAnchor(name)})" : string.Empty;
        Line(DocumentWording.RuleSentence(standard.Rule, bands));
        Notes(_content.English.Applicability(standard.Condition, domain.CaseTypes), standard.Guidance, standard.Provenance);
        foreach (var question in standard.KeyQuestions)
        {
            KeyQuestion(domain, standard, question);
        }
    }

    private void KeyQuestion(DomainModel domain, StandardModel standard, KeyQuestionModel question)
    {
        Heading(4, DocumentContent.Anchor(domain, standard, question), $"{question.Number} {question.Text}");
        Line(Escape(DocumentWording.Answers(question.Answers, question.RationaleRequired)));
        if (question.Scores.Count > 0)
        {
            Line();
            Line("Contributes to: " + string.Join(", ", question.Scores.Select(name => $"[{Escape(_content.ScoreLabel(name))}](#{DocumentContent.ScoreAnchor(name)})")) + ".");
        }

        Notes(_content.English.Applicability(question.Condition, domain.CaseTypes), question.Guidance, question.Provenance);
        if (question.Prompts.Count == 0)
        {
            return;
        }

        Line();
        Line("Prompts:");
        Line();
        foreach (var prompt in question.Prompts)
        {
            var lines = new List<string> { $"**({Escape(prompt.Letter ?? prompt.Name)})** {Escape(prompt.Text)}" };
            if (prompt.Answers != AnswerKind.YesNoNotApplicable || prompt.RationaleRequired)
            {
                lines.Add(Escape(DocumentWording.Answers(prompt.Answers, prompt.RationaleRequired)));
            }

            if (_content.English.Applicability(prompt.Condition, domain.CaseTypes) is { } applies)
            {
                lines.Add("*" + Escape(applies) + "*");
            }

            if (prompt.Guidance is { } guidance)
            {
                lines.Add("Guidance: " + Escape(guidance));
            }

            lines.AddRange(Provenance(prompt.Provenance));

            // A backslash at the end of a line is a hard line break in CommonMark.
            Line("- " + string.Join("\\\n  ", lines));
        }
    }

    private void Notes(string? applicability, string? guidance, EquatableArray<ProvenanceModel> provenance)
    {
        var lines = new List<string>();
        if (applicability is not null)
        {
            lines.Add("*" + Escape(applicability) + "*");
        }

        if (guidance is not null)
        {
            lines.Add("Guidance: " + Escape(guidance));
        }

        lines.AddRange(Provenance(provenance));
        foreach (var line in lines)
        {
            Line();
            Line(line);
        }
    }

    private IEnumerable<string> Provenance(EquatableArray<ProvenanceModel> provenance) =>
        _content.Provenance(provenance).Select(p =>
            $"<sub>**{p.Label}** from [{Escape(p.SourceTitle)}](#{DocumentContent.SourceAnchor(p.Source)})"
            + (p.Note is null ? string.Empty : ": " + Escape(p.Note))
            + (p.Kind == ProvenanceKind.Reconstructed ? " (check against the official standards)" : string.Empty)
            + "</sub>");

    private void Sources()
    {
        Heading(2, DocumentContent.SourcesAnchor, "Sources");
        Line("**Verbatim** wording is copied exactly from the source; **reconstructed** wording was rebuilt from a paraphrase and still needs checking against the official standards.");
        Line();
        foreach (var source in Model.Sources)
        {
            Line($"- <a id=\"{DocumentContent.SourceAnchor(source.Name)}\"></a>{Escape(source.Title)} ({Code(source.Name)})");
        }

        Line();
        Line("---");
        Line();
        Line("<sub>" + Escape(_content.Stamp) + "</sub>");
    }

    private void Heading(int level, string? anchor, string text)
    {
        Line();
        Line(new string('#', level) + " " + (anchor is null ? string.Empty : $"<a id=\"{anchor}\"></a>") + Escape(text));
        Line();
    }

    // An empty line is written only if the output does not already end with one, so headings
    // and paragraphs meeting never leave two.
    private void Line(string text = "")
    {
        if (text.Length == 0 && _out.Length >= 2 && _out[_out.Length - 1] == '\n' && _out[_out.Length - 2] == '\n')
        {
            return;
        }

        _out.Append(text).Append('\n');
    }

    private static string Escape(string text) => MarkdownText.Escape(text);

    private static string Code(string text) => "`" + text.Replace("`", "'") + "`";
}
