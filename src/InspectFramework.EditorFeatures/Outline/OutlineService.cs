using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.EditorFeatures.Outline;

/// <summary>
/// The outline of a file, from its syntax tree (so a file that does not bind still has one): the
/// declarations with their names and labels, and domains, standards, key questions and prompts with
/// their published numbers and wording, nested as written.
/// </summary>
public static class OutlineService
{
    public static ImmutableArray<OutlineItem> Outline(FrameworkCompilation compilation) =>
        compilation.Syntax.Declarations.Select(Declaration).Where(i => i is not null).Select(i => i!).ToImmutableArray();

    private static OutlineItem? Declaration(DeclarationSyntax declaration) => declaration switch
    {
        FrameworkDeclarationSyntax framework => Named(framework.Name, framework.Properties.FirstOrDefault(p => p.Kind == HeaderPropertyKind.Title)?.Value, OutlineItemKind.Framework, framework.Span),
        SourceDeclarationSyntax source => Named(source.Name, source.Title.Value, OutlineItemKind.Source, source.Span),
        ScaleDeclarationSyntax scale => Named(scale.Name, scale.Label?.Value, OutlineItemKind.Scale, scale.Span,
            scale.Levels.Select(l => Named(l.Name, l.Label.Value, OutlineItemKind.Level, l.Span))),
        BandsDeclarationSyntax bands => Named(bands.Name, bands.Label?.Value, OutlineItemKind.BandTable, bands.Span),
        CaseTypeDeclarationSyntax caseType => Named(caseType.Name, caseType.Label.Value, OutlineItemKind.CaseType, caseType.Span),
        ValueSetDeclarationSyntax set => Named(set.Name, set.Label.Value, OutlineItemKind.ValueSet, set.Span,
            set.Members.Select(m => Named(m.Name, m.Label.Value, OutlineItemKind.Value, m.Span))),
        FactDeclarationSyntax fact => Named(fact.Name, fact.Label.Value, OutlineItemKind.Fact, fact.Span,
            fact.Type is EnumFactTypeSyntax values ? values.Members.Select(m => Named(m.Name, m.Label.Value, OutlineItemKind.Value, m.Span)) : null),
        DiscretionDeclarationSyntax discretion => Keyword("discretion", OutlineItemKind.Discretion, discretion.Span),
        OverallDeclarationSyntax overall => Keyword("overall", OutlineItemKind.Overall, overall.Span) with { Detail = overall.Bands.IsMissing ? null : overall.Bands.Text },
        ScoreDeclarationSyntax score => Named(score.Name, score.Label.Value, OutlineItemKind.Score, score.Span),
        ItemSyntax item => Item(item),
        _ => null,
    };

    // "2.1.1 Does assessment sufficiently analyse ...?" with the stable name as detail; a prompt
    // shows its letter as published: "(a) Is there sufficient analysis ...?".
    private static OutlineItem? Item(ItemSyntax item)
    {
        var (kind, number) = item switch
        {
            DomainSyntax d => (OutlineItemKind.Domain, d.NumberText),
            StandardSyntax s => (OutlineItemKind.Standard, s.NumberText),
            KeyQuestionSyntax q => (OutlineItemKind.KeyQuestion, q.NumberText),
            PromptSyntax p => (OutlineItemKind.Prompt, p.Letter is { IsMissing: false } letter ? $"({letter.Text})" : string.Empty),
            _ => (OutlineItemKind.Domain, string.Empty),
        };
        var title = item.Text.IsMissing ? item.Name.Text : item.Text.Value;
        var name = (number.Length == 0 ? title : number + " " + title).Trim();
        var children = item.Members.OfType<ItemSyntax>().Select(Item).Where(i => i is not null).Select(i => i!).ToImmutableArray();
        return new OutlineItem(name.Length == 0 ? "(unnamed)" : name, item.Name.IsMissing ? null : item.Name.Text, kind, item.Span, Selection(item.Name, item.Span), children);
    }

    private static OutlineItem Named(NameSyntax name, string? detail, OutlineItemKind kind, TextSpan span, System.Collections.Generic.IEnumerable<OutlineItem>? children = null) =>
        new(name.IsMissing ? "(unnamed)" : name.Text, detail, kind, span, Selection(name, span), children?.ToImmutableArray() ?? ImmutableArray<OutlineItem>.Empty);

    private static OutlineItem Keyword(string keyword, OutlineItemKind kind, TextSpan span) =>
        new(keyword, null, kind, span, new TextSpan(span.Start, keyword.Length), ImmutableArray<OutlineItem>.Empty);

    // LSP requires the selection inside the whole span; a name a syntax error left out has none.
    private static TextSpan Selection(NameSyntax name, TextSpan span) =>
        !name.IsMissing && name.Span.Start >= span.Start && name.Span.End <= span.End ? name.Span : new TextSpan(span.Start, 0);
}
