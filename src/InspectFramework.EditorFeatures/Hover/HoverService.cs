using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.EditorFeatures.Navigation;
using InspectFramework.EditorFeatures.Symbols;
using InspectFramework.Tooling.Reports;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.EditorFeatures.Hover;

/// <summary>
/// Explains the declared name under the cursor, in the words of the standards document: a fact's
/// label, values or definition and the items whose applicability it decides; an item's number,
/// wording, rating rule, applicability, answers and provenance; a band table's, scale's, level's, score's or
/// source's content and who uses it.
/// </summary>
public sealed class HoverService
{
    private readonly FrameworkCompilation _compilation;
    private readonly PlainConditions _conditions;
    private readonly StringBuilder _out = new();

    private HoverService(FrameworkCompilation compilation)
    {
        _compilation = compilation;
        _conditions = new PlainConditions(compilation);
    }

    /// <summary>The hover for the name at <paramref name="offset"/>; null where no name resolves.</summary>
    public static HoverResult? Hover(FrameworkCompilation compilation, int offset)
    {
        if (NameReferences.At(compilation, offset) is not { } reference)
        {
            return null;
        }

        var service = new HoverService(compilation);
        service.Describe(reference.Symbol);
        return new HoverResult(reference.Name.Span, service._out.ToString().TrimEnd('\n'));
    }

    private void Describe(IDeclaredSymbol symbol)
    {
        switch (symbol)
        {
            case FactSymbol fact:
                Fact(fact);
                break;
            case EnumMemberSymbol value:
                Value(value);
                break;
            case ValueSetSymbol set:
                ValueSet(set);
                break;
            case ItemSymbol item:
                Item(item);
                break;
            case CaseTypeSymbol caseType:
                CaseType(caseType);
                break;
            case BandTableSymbol table:
                BandTable(table);
                break;
            case ScaleSymbol scale:
                Scale(scale);
                break;
            case LevelSymbol level:
                Level(level);
                break;
            case ScoreSymbol score:
                Score(score);
                break;
            case SourceSymbol source:
                Source(source);
                break;
        }
    }

    // ---- facts and values ------------------------------------------------------------------------

    private void Fact(FactSymbol fact)
    {
        Heading("fact", fact.Name, fact.Label);
        if (fact.IsDerived)
        {
            // As the standards document's table of facts says it.
            var clause = _conditions.Clause(fact.Derivation);
            Paragraph(clause is null
                ? "Worked out, not recorded; its definition has errors."
                : Escape("Yes where " + clause + "; no otherwise (worked out, not recorded)."));
        }
        else
        {
            switch (fact.Kind)
            {
                case FactKind.Boolean:
                    Paragraph("Yes or no.");
                    break;
                case FactKind.Integer:
                    Paragraph("A whole number.");
                    break;
                default:
                    Paragraph(fact.ValueSet is { } set ? $"One of the value set {Code(set.Name)}:" : "One of:");
                    Values(fact.Members);
                    break;
            }
        }

        if (fact.ForAnalysis)
        {
            Paragraph("Recorded for analysis.");
        }

        Decides(fact);
    }

    private void Values(ImmutableArray<EnumMemberSymbol> members)
    {
        foreach (var member in members)
        {
            var only = member.CaseTypes.IsEmpty ? string.Empty : " (only " + string.Join(", ", member.CaseTypes.Select(c => Code(c.Name))) + ")";
            Bullet($"{Escape(member.Label)} {Code(member.Name)}{only}");
        }

        Line();
    }

    private void ValueSet(ValueSetSymbol set)
    {
        Heading("value set", set.Name, set.Label);
        Paragraph("One of:");
        Values(set.Members);
        var facts = FrameworkFacts.Facts(_compilation).Where(f => ReferenceEquals(f.ValueSet, set)).Select(f => Code(f.Name)).ToList();
        Paragraph(facts.Count == 0 ? "No fact takes its values." : $"The values of the facts {string.Join(", ", facts)}.");
    }

    private void Value(EnumMemberSymbol value)
    {
        var set = FrameworkFacts.Facts(_compilation).Select(f => f.ValueSet).FirstOrDefault(s => s is not null && s.Members.Any(m => ReferenceEquals(m, value)));
        var owner = FrameworkFacts.Owner(_compilation, value);
        Heading("value", value.Name, value.Label);
        if (set is not null)
        {
            Paragraph($"A value of the value set {Code(set.Name)}: {Escape(set.Label)}.");
        }
        else if (owner is not null)
        {
            Paragraph($"A value of the fact {Code(owner.Name)}: {Escape(owner.Label)}.");
        }

        if (!value.CaseTypes.IsEmpty)
        {
            Paragraph($"Allowed only in cases of type {string.Join(", ", value.CaseTypes.Select(c => Code(c.Name)))}.");
        }

        Decides(value);
    }

    // The items whose condition names the fact or value, or a derived fact that depends on it.
    private void Decides(IDeclaredSymbol symbol)
    {
        var symbols = FrameworkFacts.WithDependents(_compilation, symbol);
        var through = symbols.Where(s => !ReferenceEquals(s, symbol)).OfType<FactSymbol>().OrderBy(f => f.Syntax.Span.Start).Select(f => Code(f.Name)).ToList();
        var how = through.Count == 0 ? null : "directly or through " + string.Join(", ", through);
        var items = FrameworkFacts.ItemsDecidedBy(_compilation, symbols).ToList();
        if (items.Count == 0)
        {
            Paragraph("No item's applicability depends on it.");
            return;
        }

        Paragraph($"Decides whether {Count(items.Count, "item applies", "items apply")}{(how is null ? string.Empty : " (" + how + ")")}:");
        foreach (var item in items)
        {
            Bullet(ItemLine(item));
        }

        Line();
    }

    // ---- items -----------------------------------------------------------------------------------

    private void Item(ItemSymbol item)
    {
        Heading(SymbolKinds.Word(item.SymbolKind) + " " + item.Number, item.Name, null);
        Paragraph(Escape(item.Text));
        if (item is StandardSymbol standard)
        {
            if (standard.Statement is { } statement)
            {
                Paragraph("> " + Escape(statement));
            }

            Paragraph(Escape(RatingRules.Sentence(standard)));
        }

        if (item is DomainSymbol domain)
        {
            Paragraph(domain.CaseTypes.IsEmpty
                ? "No case sample: rated by inspectors' judgement."
                : Escape($"Case sample: {_conditions.CaseTypes(domain.CaseTypes)}."));
        }

        if (item.Condition is not null)
        {
            var applies = _conditions.Applicability(item);
            Paragraph(applies is null ? "Applies only where its condition holds; the condition has errors." : "*" + Escape(applies) + "*");
        }

        switch (item)
        {
            case KeyQuestionSymbol question:
                Paragraph(Escape(DocumentWording.Answers(question.Answers, question.RationaleRequired)));
                break;
            case PromptSymbol prompt:
                Paragraph(Escape(DocumentWording.Answers(prompt.Answers, prompt.RationaleRequired)));
                break;
        }

        foreach (var provenance in item.Provenance)
        {
            var kind = provenance.Kind == ProvenanceKind.Verbatim ? "Verbatim" : "Reconstructed";
            var source = provenance.Source is { } s ? Escape(s.Title) : Code(provenance.Syntax.Source.Text);
            Paragraph($"**{kind}** from {source}{(provenance.Note is { } note ? ": " + Escape(note) : string.Empty)}");
        }
    }

    // ---- case types, bands, scale, levels, scores, sources -----------------------------------------

    private void CaseType(CaseTypeSymbol caseType)
    {
        Heading("case type", caseType.Name, caseType.Label);
        var domains = FrameworkFacts.Items(_compilation).OfType<DomainSymbol>().Where(d => d.CaseTypes.Contains(caseType)).ToList();
        UsedBy(domains.Select(ItemLine).ToList(), "Its cases are sampled by");
    }

    private void BandTable(BandTableSymbol table)
    {
        Heading("band table", table.Name, table.Label);
        Paragraph(table.Measure == BandMeasure.Percentage
            ? $"Bands of percentages, rounded {Rounding(table.Rounding)} to {Count(table.Decimals, "decimal place", "decimal places")} first; edges included."
            : "Bands of points; edges included.");
        var unit = table.Measure == BandMeasure.Percentage ? "%" : string.Empty;
        foreach (var band in table.Bands)
        {
            var level = band.Level is { } l ? Escape(l.Label) : Code(band.Syntax.Level.Text);
            Bullet($"{level}: {Number(band.Low)}{unit} to {Number(band.High)}{unit}");
        }

        Line();
        var users = new List<string>();
        if (_compilation.Framework?.Overall is { } overall && ReferenceEquals(overall.Bands, table))
        {
            users.Add("the overall rating");
        }

        users.AddRange(FrameworkFacts.Items(_compilation).OfType<StandardSymbol>().Where(s => ReferenceEquals(s.Bands, table)).Select(ItemLine));
        UsedBy(users, "Used by");
    }

    private void Scale(ScaleSymbol scale)
    {
        Heading("rating scale", scale.Name, scale.Label);
        Paragraph("Levels, lowest first:");
        foreach (var level in scale.Levels)
        {
            Bullet($"{Escape(level.Label)} {Code(level.Name)}: {Count(level.Points, "point", "points")}");
        }

        Line();
        var tables = NameReferences.Declared(_compilation).OfType<BandTableSymbol>()
            .Where(t => t.Bands.Any(b => scale.Levels.Any(l => ReferenceEquals(l, b.Level))))
            .Select(t => $"band table {Code(t.Name)}")
            .ToList();
        UsedBy(tables, "Used by");
    }

    private void Level(LevelSymbol level)
    {
        Heading("level", level.Name, level.Label);
        Paragraph($"{Count(level.Points, "point", "points")} on the rating scale.");
        var users = NameReferences.To(_compilation, level).Count(r => !r.IsDeclaration);
        Paragraph(users == 0 ? "No band table or discretion rule names it." : $"Named {Count(users, "time", "times")} in band tables and discretion rules.");
    }

    private void Score(ScoreSymbol score)
    {
        Heading("score", score.Name, score.Label);
        Paragraph($"The percentage of yes among yes and no answers, rounded {Rounding(score.Rounding)} to {Count(score.Decimals, "decimal place", "decimal places")}.");
        var questions = FrameworkFacts.Items(_compilation).OfType<KeyQuestionSymbol>().Where(q => q.Scores.Contains(score)).Select(ItemLine).ToList();
        UsedBy(questions, "Pooled from");
    }

    private void Source(SourceSymbol source)
    {
        Heading("source", source.Name, null);
        Paragraph(Escape(source.Title));
        var items = FrameworkFacts.Items(_compilation).Where(i => i.Provenance.Any(p => ReferenceEquals(p.Source, source))).ToList();
        Paragraph(items.Count == 0 ? "No item cites it." : $"Cited by {Count(items.Count, "item", "items")}.");
    }

    // ---- writing ---------------------------------------------------------------------------------

    private void UsedBy(IReadOnlyList<string> users, string lead)
    {
        if (users.Count == 0)
        {
            Paragraph("Nothing uses it.");
            return;
        }

        Paragraph(lead + ":");
        foreach (var user in users)
        {
            Bullet(user);
        }

        Line();
    }

    private static string ItemLine(ItemSymbol item) => $"{Escape(SymbolKinds.Word(item.SymbolKind) + " " + item.Number)} {Code(item.Name)}";

    private void Heading(string kind, string name, string? label) =>
        Paragraph($"**{Escape(kind)}** {Code(name)}{(label is null ? string.Empty : ": " + Escape(label))}");

    private void Paragraph(string markdown)
    {
        _out.Append(markdown).Append('\n').Append('\n');
    }

    private void Bullet(string markdown) => _out.Append("- ").Append(markdown).Append('\n');

    private void Line() => _out.Append('\n');

    private static string Escape(string text) => MarkdownText.Escape(text);

    // Names are what the lexer accepts as names (letters, digits, underscores): safe in a code span.
    private static string Code(string name) => "`" + name + "`";

    private static string Number(decimal value) => DocumentWording.Number(value);

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static string Rounding(RoundingMode rounding) => rounding switch
    {
        RoundingMode.HalfUp => "half up",
        RoundingMode.HalfEven => "half to even",
        RoundingMode.Down => "down",
        _ => "up",
    };
}
