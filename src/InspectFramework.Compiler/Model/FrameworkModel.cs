using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Model;

// The lowered model of a checked framework: what every back end (C# emitter, source generator,
// evaluator, diff, docs) works from. Immutable records with value equality all the way down; no
// syntax, no spans, no symbols. Produced only from a framework without errors, so every reference
// (level, band table, fact, member, case type, source, score) resolves. Names are the stable
// identifiers; Number is the published number ("2.1.3", a prompt's "2.1.3(b)").
//
// Scale and Overall are null for a framework that rates nothing (every standard `not rated`, pooled
// scores only) and declares neither: a made-up empty scale would be a scale no level can be read
// from, while null makes every back end say, checked by the compiler, what it does without one.
//
// DerivedFactOrder names every derived fact, each after the derived facts its definition uses: the
// order to compute them in, worked out once by lowering (iteratively: a chain of derived facts may be
// as long as the file allows) so that no back end orders them again. It follows from the facts'
// definitions, so the content hash leaves it out: it adds nothing to the framework's identity.

public sealed record FrameworkModel(
    string Name,
    string Title,
    string Version,
    string Publisher,
    string Effective,
    string? Guidance,
    EquatableArray<SourceModel> Sources,
    ScaleModel? Scale,
    EquatableArray<BandTableModel> BandTables,
    EquatableArray<CaseTypeModel> CaseTypes,
    EquatableArray<FactModel> Facts,
    EquatableArray<ScoreModel> Scores,
    EquatableArray<DomainModel> Domains,
    OverallModel? Overall,
    EquatableArray<string> DerivedFactOrder)
{
    /// <summary>SHA-256 of the model's canonical form ("sha256:" + 64 hex digits): equal for files
    /// that differ only in layout or comments, different for any change of meaning or wording.</summary>
    public string ContentHash { get; init; } = string.Empty;

    /// <summary>The shared value sets; each fact that uses one names it in <see cref="FactModel.ValueSet"/>
    /// and carries its values in <see cref="FactModel.Members"/> too, so back ends that only read a fact's
    /// values need not look the set up.</summary>
    public EquatableArray<ValueSetModel> ValueSets { get; init; } = EquatableArray<ValueSetModel>.Empty;
}

public sealed record SourceModel(string Name, string Title);

public sealed record LevelModel(string Name, string Label, int Points, int Ordinal);

/// <summary>Levels from lowest to highest.</summary>
public sealed record ScaleModel(string Name, string? Label, EquatableArray<LevelModel> Levels);

/// <summary>Values from <see cref="Low"/> to <see cref="High"/> inclusive (after rounding) get <see cref="Level"/>.</summary>
public sealed record BandModel(string Level, decimal Low, decimal High);

public sealed record BandTableModel(
    string Name,
    string? Label,
    BandMeasure Measure,
    RoundingMode Rounding,
    int Decimals,
    EquatableArray<BandModel> Bands);

public sealed record CaseTypeModel(string Name, string Label);

/// <summary>A value of a <c>one of</c> fact; <see cref="CaseTypes"/> empty: allowed in every case,
/// otherwise only in cases of those case types.</summary>
public sealed record EnumMemberModel(string Name, string Label, EquatableArray<string> CaseTypes = default)
{
    public bool AllowedFor(string caseType) => CaseTypes.Count == 0 || CaseTypes.Contains(caseType);
}

/// <summary>A shared value set (<c>values classification ...</c>): one declaration of values that several facts have.</summary>
public sealed record ValueSetModel(string Name, string Label, EquatableArray<EnumMemberModel> Members);

/// <summary>A case fact; a derived fact is boolean and has its <see cref="Derivation"/>.</summary>
public sealed record FactModel(
    string Name,
    string Label,
    FactKind Kind,
    EquatableArray<EnumMemberModel> Members,
    ConditionModel? Derivation,
    bool ForAnalysis)
{
    /// <summary>The shared value set the values come from (<c>one of classification</c>), or null.</summary>
    public string? ValueSet { get; init; }

    /// <summary>Whether some value is allowed only for some case types.</summary>
    public bool HasCaseTypedValues => Members.Any(m => m.CaseTypes.Count > 0);
}

public sealed record ProvenanceModel(ProvenanceKind Kind, string Source, string? Note);

public sealed record DiscretionMoveModel(string From, string To, decimal? WithinPoints);

public sealed record DiscretionModel(bool RationaleRequired, EquatableArray<DiscretionMoveModel> Moves);

public sealed record OverallModel(string Bands);

/// <summary>A pooled score: the percentage of applicable answers that are yes over every key question
/// contributing to it and every case, rounded by <see cref="Rounding"/> to <see cref="Decimals"/>.</summary>
public sealed record ScoreModel(string Name, string Label, RoundingMode Rounding, int Decimals);

public sealed record DomainModel(
    string Number,
    string Name,
    string Text,
    EquatableArray<string> CaseTypes,
    ConditionModel? Condition,
    string? Guidance,
    EquatableArray<ProvenanceModel> Provenance,
    EquatableArray<StandardModel> Standards)
{
    /// <summary>A domain with no case types (organisational delivery) has no case sample.</summary>
    public bool HasCaseSample => CaseTypes.Count > 0;
}

public sealed record StandardModel(
    string Number,
    string Name,
    string Text,
    string? Statement,
    RatingRule Rule,
    string? Bands,
    DiscretionModel? Discretion,
    ConditionModel? Condition,
    string? Guidance,
    EquatableArray<ProvenanceModel> Provenance,
    EquatableArray<KeyQuestionModel> KeyQuestions);

/// <param name="Scores">The names of the scores its answers are pooled into: its own contributions and
/// its standard's and domain's, each once, in the order the scores are declared.</param>
public sealed record KeyQuestionModel(
    string Number,
    string Name,
    string Text,
    AnswerKind Answers,
    bool RationaleRequired,
    ConditionModel? Condition,
    string? Guidance,
    EquatableArray<ProvenanceModel> Provenance,
    EquatableArray<string> Scores,
    EquatableArray<PromptModel> Prompts);

public sealed record PromptModel(
    string Number,
    string? Letter,
    string Name,
    string Text,
    AnswerKind Answers,
    bool RationaleRequired,
    ConditionModel? Condition,
    string? Guidance,
    EquatableArray<ProvenanceModel> Provenance);
