using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Binding;

// The semantic model of one framework: names resolved, conditions typed, items linked to their
// parents. Symbols are immutable once the binder hands them out; they keep their syntax so the
// checker can point at the offending part.

public sealed class FrameworkSymbol
{
    internal FrameworkSymbol(
        FrameworkDeclarationSyntax? syntax,
        string name,
        IReadOnlyDictionary<HeaderPropertyKind, HeaderPropertySyntax> header,
        ImmutableArray<SourceSymbol> sources,
        ScaleSymbol? scale,
        ImmutableArray<BandTableSymbol> bandTables,
        ImmutableArray<CaseTypeSymbol> caseTypes,
        ImmutableArray<ValueSetSymbol> valueSets,
        ImmutableArray<FactSymbol> facts,
        DiscretionSymbol? discretion,
        OverallRuleSymbol? overall,
        ImmutableArray<ScoreSymbol> scores,
        ImmutableArray<DomainSymbol> domains)
    {
        Syntax = syntax;
        Name = name;
        Header = header;
        Sources = sources;
        Scale = scale;
        BandTables = bandTables;
        CaseTypes = caseTypes;
        ValueSets = valueSets;
        Facts = facts;
        Discretion = discretion;
        Overall = overall;
        Scores = scores;
        Domains = domains;
    }

    public FrameworkDeclarationSyntax? Syntax { get; }

    public string Name { get; }

    public IReadOnlyDictionary<HeaderPropertyKind, HeaderPropertySyntax> Header { get; }

    public string? Title => Header.TryGetValue(HeaderPropertyKind.Title, out var p) ? p.Value : null;

    public string? Version => Header.TryGetValue(HeaderPropertyKind.Version, out var p) ? p.Value : null;

    public string? Publisher => Header.TryGetValue(HeaderPropertyKind.Publisher, out var p) ? p.Value : null;

    public string? Effective => Header.TryGetValue(HeaderPropertyKind.Effective, out var p) ? p.Value : null;

    public string? Guidance => Header.TryGetValue(HeaderPropertyKind.Guidance, out var p) ? p.Value : null;

    public ImmutableArray<SourceSymbol> Sources { get; }

    public ScaleSymbol? Scale { get; }

    public ImmutableArray<BandTableSymbol> BandTables { get; }

    public ImmutableArray<CaseTypeSymbol> CaseTypes { get; }

    /// <summary>The shared value sets (<c>values classification ...</c>), in declaration order.</summary>
    public ImmutableArray<ValueSetSymbol> ValueSets { get; }

    public ImmutableArray<FactSymbol> Facts { get; }

    /// <summary>The framework-wide discretion rules, used by standards that do not state their own.</summary>
    public DiscretionSymbol? Discretion { get; }

    public OverallRuleSymbol? Overall { get; }

    /// <summary>The pooled scores, in declaration order.</summary>
    public ImmutableArray<ScoreSymbol> Scores { get; }

    public ImmutableArray<DomainSymbol> Domains { get; }

    /// <summary>Whether some standard gets a rating (by judgement or from key questions): only then
    /// does the framework need a rating scale and an overall rule.</summary>
    public bool HasRatedStandards
    {
        get
        {
            foreach (var standard in Standards)
            {
                if (standard.IsRated)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public IEnumerable<KeyQuestionSymbol> KeyQuestions
    {
        get
        {
            foreach (var standard in Standards)
            {
                foreach (var question in standard.KeyQuestions)
                {
                    yield return question;
                }
            }
        }
    }

    public IEnumerable<StandardSymbol> Standards
    {
        get
        {
            foreach (var domain in Domains)
            {
                foreach (var standard in domain.Standards)
                {
                    yield return standard;
                }
            }
        }
    }

    /// <summary>Every item, depth first in source order.</summary>
    public IEnumerable<ItemSymbol> AllItems
    {
        get
        {
            foreach (var domain in Domains)
            {
                yield return domain;
                foreach (var standard in domain.Standards)
                {
                    yield return standard;
                    foreach (var question in standard.KeyQuestions)
                    {
                        yield return question;
                        foreach (var prompt in question.Prompts)
                        {
                            yield return prompt;
                        }
                    }
                }
            }
        }
    }
}

public sealed record SourceSymbol(string Name, string Title, SourceDeclarationSyntax Syntax) : IDeclaredSymbol
{
    public DeclaredSymbolKind SymbolKind => DeclaredSymbolKind.Source;
}

public sealed record LevelSymbol(string Name, string Label, int Points, int Ordinal, LevelDeclarationSyntax Syntax) : IDeclaredSymbol
{
    public DeclaredSymbolKind SymbolKind => DeclaredSymbolKind.Level;
}

public sealed record ScaleSymbol(string Name, string? Label, ImmutableArray<LevelSymbol> Levels, ScaleDeclarationSyntax Syntax) : IDeclaredSymbol
{
    public DeclaredSymbolKind SymbolKind => DeclaredSymbolKind.Scale;

    public LevelSymbol? Find(string name)
    {
        foreach (var level in Levels)
        {
            if (string.Equals(level.Name, name, StringComparison.Ordinal))
            {
                return level;
            }
        }

        return null;
    }
}

/// <summary>One band: values from <see cref="Low"/> to <see cref="High"/> inclusive get <see cref="Level"/>.</summary>
public sealed record BandSymbol(LevelSymbol? Level, decimal Low, decimal High, BandRowSyntax Syntax);

public sealed record BandTableSymbol(
    string Name,
    string? Label,
    BandMeasure Measure,
    RoundingMode Rounding,
    int Decimals,
    ImmutableArray<BandSymbol> Bands,
    BandsDeclarationSyntax Syntax) : IDeclaredSymbol
{
    public DeclaredSymbolKind SymbolKind => DeclaredSymbolKind.BandTable;
}

public sealed record CaseTypeSymbol(string Name, string Label, CaseTypeDeclarationSyntax Syntax) : IDeclaredSymbol
{
    public DeclaredSymbolKind SymbolKind => DeclaredSymbolKind.CaseType;
}

public sealed record EnumMemberSymbol(string Name, string Label, EnumMemberSyntax Syntax) : IDeclaredSymbol
{
    public DeclaredSymbolKind SymbolKind => DeclaredSymbolKind.Value;

    /// <summary>The case types whose cases may have this value (<c>for court</c>); empty: every case type.</summary>
    public ImmutableArray<CaseTypeSymbol> CaseTypes { get; init; } = ImmutableArray<CaseTypeSymbol>.Empty;

    /// <summary>Whether a case of <paramref name="caseType"/> may have this value.</summary>
    public bool AllowedFor(CaseTypeSymbol caseType) => CaseTypes.IsEmpty || CaseTypes.Contains(caseType);
}

/// <summary>A shared value set: values that several <c>one of</c> facts have (<c>one of classification</c>).
/// Its facts share its <see cref="EnumMemberSymbol"/>s, so a value is one symbol wherever it is named.</summary>
public sealed record ValueSetSymbol(string Name, string Label, ImmutableArray<EnumMemberSymbol> Members, ValueSetDeclarationSyntax Syntax) : IDeclaredSymbol
{
    public DeclaredSymbolKind SymbolKind => DeclaredSymbolKind.ValueSet;
}

/// <summary>A case fact. Derived facts carry their condition and take its type.</summary>
public sealed class FactSymbol : IDeclaredSymbol
{
    internal FactSymbol(string name, string label, FactKind kind, ImmutableArray<EnumMemberSymbol> members, bool forAnalysis, FactDeclarationSyntax syntax)
    {
        Name = name;
        Label = label;
        Kind = kind;
        Members = members;
        ForAnalysis = forAnalysis;
        Syntax = syntax;
    }

    public string Name { get; }

    public DeclaredSymbolKind SymbolKind => DeclaredSymbolKind.Fact;

    public string Label { get; }

    /// <summary>Derived facts are always boolean: they name a condition.</summary>
    public FactKind Kind { get; }

    public ImmutableArray<EnumMemberSymbol> Members { get; }

    public bool ForAnalysis { get; }

    public FactDeclarationSyntax Syntax { get; }

    public bool IsDerived => Syntax.Type is DerivedFactTypeSyntax;

    /// <summary>The shared value set the fact takes its values from (<c>one of classification</c>), or null.</summary>
    public ValueSetSymbol? ValueSet { get; internal set; }

    /// <summary>Whether some value is allowed only for some case types (<c>for court</c>).</summary>
    public bool HasCaseTypedValues
    {
        get
        {
            foreach (var member in Members)
            {
                if (!member.CaseTypes.IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The derivation, bound; null for recorded facts (and for a derivation that did not bind).</summary>
    public BoundExpression? Derivation { get; internal set; }

    public EnumMemberSymbol? FindMember(string name)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal))
            {
                return member;
            }
        }

        return null;
    }

    public override string ToString() => Name;
}

public sealed record DiscretionMoveSymbol(LevelSymbol From, LevelSymbol To, decimal? WithinPoints, DiscretionMoveSyntax Syntax);

public sealed record DiscretionSymbol(bool RationaleRequired, ImmutableArray<DiscretionMoveSymbol> Moves, DiscretionDeclarationSyntax Syntax);

public sealed record OverallRuleSymbol(BandTableSymbol? Bands, OverallDeclarationSyntax Syntax);

/// <summary>A pooled score; <see cref="Ordinal"/> is its position among the framework's scores.</summary>
public sealed record ScoreSymbol(string Name, string Label, RoundingMode Rounding, int Decimals, int Ordinal, ScoreDeclarationSyntax Syntax) : IDeclaredSymbol
{
    public DeclaredSymbolKind SymbolKind => DeclaredSymbolKind.Score;

    public override string ToString() => Name;
}

/// <summary>One <c>contributes to</c> clause as bound: the scores it names that exist, in the order written.</summary>
public sealed record ContributionsSymbol(ImmutableArray<ScoreSymbol> Scores, ContributionsSyntax Syntax);

public sealed record ProvenanceSymbol(ProvenanceKind Kind, SourceSymbol? Source, string? Note, ProvenanceSyntax Syntax);

public enum ItemKind
{
    Domain,
    Standard,
    KeyQuestion,
    Prompt,
}

/// <summary>What domains, standards, key questions and prompts share.</summary>
public abstract class ItemSymbol : IDeclaredSymbol
{
    private protected ItemSymbol(ItemKind kind, string number, string name, string text, ItemSyntax syntax)
    {
        Kind = kind;
        Number = number;
        Name = name;
        Text = text;
        Syntax = syntax;
    }

    public ItemKind Kind { get; }

    public DeclaredSymbolKind SymbolKind => Kind switch
    {
        ItemKind.Domain => DeclaredSymbolKind.Domain,
        ItemKind.Standard => DeclaredSymbolKind.Standard,
        ItemKind.KeyQuestion => DeclaredSymbolKind.KeyQuestion,
        _ => DeclaredSymbolKind.Prompt,
    };

    /// <summary>The published number: "2", "2.1", "2.1.3", or a prompt's "2.1.3(a)".</summary>
    public string Number { get; }

    public string Name { get; }

    public string Text { get; }

    public ItemSyntax Syntax { get; }

    public ItemSymbol? Parent { get; internal set; }

    /// <summary>The item's own condition, if any.</summary>
    public BoundExpression? Condition { get; internal set; }

    public string? Guidance { get; internal set; }

    public ImmutableArray<ProvenanceSymbol> Provenance { get; internal set; } = ImmutableArray<ProvenanceSymbol>.Empty;

    /// <summary>The item's own <c>contributes to</c> clauses. Only those of domains, standards and key
    /// questions count; a prompt's are bound only to be reported.</summary>
    public ImmutableArray<ContributionsSymbol> Contributions { get; internal set; } = ImmutableArray<ContributionsSymbol>.Empty;

    /// <summary>How methodology staff name the item: "key question 2.1.3", "prompt 2.1.1(b) victims".</summary>
    public string DisplayName => Kind switch
    {
        ItemKind.Domain => $"domain {Number}",
        ItemKind.Standard => $"standard {Number}",
        ItemKind.KeyQuestion => $"key question {Number}",
        _ => $"prompt {Number} {Name}".Replace("  ", " "),
    };

    /// <summary>The stable path of names from the domain down: "court_disposals.assessment.desistance".</summary>
    public string Path => Parent is null ? Name : Parent.Path + "." + Name;

    public override string ToString() => DisplayName;
}

public sealed class DomainSymbol : ItemSymbol
{
    internal DomainSymbol(string number, string name, string text, ImmutableArray<CaseTypeSymbol> caseTypes, DomainSyntax syntax)
        : base(ItemKind.Domain, number, name, text, syntax) => CaseTypes = caseTypes;

    public ImmutableArray<CaseTypeSymbol> CaseTypes { get; }

    public ImmutableArray<StandardSymbol> Standards { get; internal set; } = ImmutableArray<StandardSymbol>.Empty;
}

public sealed class StandardSymbol : ItemSymbol
{
    internal StandardSymbol(string number, string name, string text, StandardSyntax syntax)
        : base(ItemKind.Standard, number, name, text, syntax)
    {
    }

    public DomainSymbol Domain => (DomainSymbol)Parent!;

    public string? Statement { get; internal set; }

    public RatingRule RatingRule { get; internal set; }

    /// <summary>Rated by judgement or from key questions; false for <c>not rated</c> and for a missing rule.</summary>
    public bool IsRated => RatingRule is RatingRule.Judgement or RatingRule.LowestKeyQuestion;

    public BandTableSymbol? Bands { get; internal set; }

    /// <summary>The standard's own discretion block, or the framework's.</summary>
    public DiscretionSymbol? Discretion { get; internal set; }

    public ImmutableArray<KeyQuestionSymbol> KeyQuestions { get; internal set; } = ImmutableArray<KeyQuestionSymbol>.Empty;
}

public sealed class KeyQuestionSymbol : ItemSymbol
{
    internal KeyQuestionSymbol(string number, string name, string text, KeyQuestionSyntax syntax)
        : base(ItemKind.KeyQuestion, number, name, text, syntax)
    {
    }

    public StandardSymbol Standard => (StandardSymbol)Parent!;

    public AnswerKind Answers { get; internal set; } = AnswerKind.YesNo;

    public bool RationaleRequired { get; internal set; }

    /// <summary>Whether its answers are yes or no (possibly not applicable), so that they can be pooled into scores.</summary>
    public bool AnsweredYesOrNo => Answers is AnswerKind.YesNo or AnswerKind.YesNoNotApplicable;

    /// <summary>
    /// The scores its answers are pooled into: its own contributions and those of its standard and
    /// domain, each score once, in the order the scores are declared. Empty for a key question not
    /// answered yes or no, which has nothing to pool.
    /// </summary>
    public ImmutableArray<ScoreSymbol> Scores { get; internal set; } = ImmutableArray<ScoreSymbol>.Empty;

    public ImmutableArray<PromptSymbol> Prompts { get; internal set; } = ImmutableArray<PromptSymbol>.Empty;
}

public sealed class PromptSymbol : ItemSymbol
{
    internal PromptSymbol(string number, string? letter, string name, string text, PromptSyntax syntax)
        : base(ItemKind.Prompt, number, name, text, syntax) => Letter = letter;

    public string? Letter { get; }

    public KeyQuestionSymbol KeyQuestion => (KeyQuestionSymbol)Parent!;

    public AnswerKind Answers { get; internal set; } = AnswerKind.YesNoNotApplicable;

    public bool RationaleRequired { get; internal set; }
}
