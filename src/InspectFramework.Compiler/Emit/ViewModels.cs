using System.Collections.Immutable;

namespace InspectFramework.Compiler.Emit;

// What the templates see. The framework's identity (Name, Title, ..., GeneratorVersion) is data that
// templates write with the C# helpers (CSharpHelpers), and templates put the commas between the
// elements of a list ({{#unless @last}},{{/unless}}). Every other string is final C#: identifiers are
// valid and unique in their scope, literals are escaped (`...Literal`), expressions are rendered
// (`...Expression`), and documentation comments are complete lines (`Doc`, each starting with "///").
// Templates read the view through ViewDescriptors, with no reflection.

/// <summary>The root view model handed to every template.</summary>
public sealed class FrameworkView
{
    public string Namespace { get; init; } = "";

    public string FrameworkClass { get; init; } = "";

    public string LabelsClass { get; init; } = "";

    public string ValidatorClass { get; init; } = "";

    public string ScorerClass { get; init; } = "";

    public string JudgementsClass { get; init; } = "";

    public string ProfileClass { get; init; } = "";

    /// <summary>The shared classes of prompts answered yes / no (/ not applicable), with text, with a number.</summary>
    public string ChoicePromptClass { get; init; } = "";

    public string TextPromptClass { get; init; } = "";

    public string NumberPromptClass { get; init; } = "";

    public string CaseTypeEnum { get; init; } = "";

    public string ScaleEnum { get; init; } = "";

    /// <summary>Global names (<c>global::Ns.Type</c>) of the generated types above.</summary>
    public string FrameworkType { get; init; } = "";

    public string LabelsType { get; init; } = "";

    public string ValidatorType { get; init; } = "";

    public string JudgementsType { get; init; } = "";

    public string ProfileType { get; init; } = "";

    public string CaseTypeType { get; init; } = "";

    public string ScaleType { get; init; } = "";

    public ImmutableArray<string> FrameworkDoc { get; init; } = ImmutableArray<string>.Empty;

    // The framework's identity, as data: templates write it with {{csString ...}} and {{csComment ...}}.
    public string Name { get; init; } = "";

    public string Title { get; init; } = "";

    public string Version { get; init; } = "";

    public string Publisher { get; init; } = "";

    public string Effective { get; init; } = "";

    /// <summary>The framework's guidance; null when it has none.</summary>
    public string? Guidance { get; init; }

    public string ContentHash { get; init; } = "";

    /// <summary>The generator's version (Major.Minor.Build), stamped into <c>[GeneratedCode]</c> and the header.</summary>
    public string GeneratorVersion { get; init; } = "";

    public ImmutableArray<string> ScaleDoc { get; init; } = ImmutableArray<string>.Empty;

    public ImmutableArray<LevelView> Levels { get; init; } = ImmutableArray<LevelView>.Empty;

    /// <summary>The highest number of points a level gives (0 without a scale).</summary>
    public string MaxLevelPoints { get; init; } = "0";

    /// <summary>The highest total: rated standards times <see cref="MaxLevelPoints"/>.</summary>
    public string MaxPoints { get; init; } = "0";

    /// <summary>Where the total of points starts: <c>0</c>, or <c>null</c> when no standard is rated (no total).</summary>
    public string TotalStart { get; init; } = "null";

    public ImmutableArray<BandTableView> BandTables { get; init; } = ImmutableArray<BandTableView>.Empty;

    /// <summary>The overall band table's property of the framework class; empty when <see cref="HasOverall"/> is false.</summary>
    public string OverallBandsProperty { get; init; } = "";

    /// <summary>False for a framework that rates nothing: no overall rule, no overall rating.</summary>
    public bool HasOverall { get; init; }

    public ImmutableArray<MetadataItemView> Items { get; init; } = ImmutableArray<MetadataItemView>.Empty;

    public ImmutableArray<KeyValueView> FactLabels { get; init; } = ImmutableArray<KeyValueView>.Empty;

    public ImmutableArray<KeyValueView> SourceTitles { get; init; } = ImmutableArray<KeyValueView>.Empty;

    public ImmutableArray<EnumView> FactEnums { get; init; } = ImmutableArray<EnumView>.Empty;

    public ImmutableArray<FactView> Facts { get; init; } = ImmutableArray<FactView>.Empty;

    /// <summary>The derived facts in the model's derived-fact order: each after the derived facts it
    /// uses, so the profile derives them one after another, with no recursion however long a chain.</summary>
    public ImmutableArray<FactView> DerivedFacts { get; init; } = ImmutableArray<FactView>.Empty;

    public bool HasDerivedFacts { get; init; }

    public ImmutableArray<CaseTypeView> CaseTypes { get; init; } = ImmutableArray<CaseTypeView>.Empty;

    /// <summary>Domains with case types (they have form sections), in framework order.</summary>
    public ImmutableArray<DomainView> Domains { get; init; } = ImmutableArray<DomainView>.Empty;

    /// <summary>Every standard, in framework order, with what scoring needs.</summary>
    public ImmutableArray<ScoredStandardView> Standards { get; init; } = ImmutableArray<ScoredStandardView>.Empty;

    /// <summary>Standards rated by judgement (inputs to scoring).</summary>
    public ImmutableArray<JudgementView> Judgements { get; init; } = ImmutableArray<JudgementView>.Empty;

    /// <summary>Every key question, in framework order (their counts are kept).</summary>
    public ImmutableArray<ScoredKeyQuestionView> ScoredKeyQuestions { get; init; } = ImmutableArray<ScoredKeyQuestionView>.Empty;

    public string ScoredKeyQuestionCount { get; init; } = "0";

    public ImmutableArray<DiscretionRuleView> DiscretionRules { get; init; } = ImmutableArray<DiscretionRuleView>.Empty;

    /// <summary>The pooled scores, in declaration order.</summary>
    public ImmutableArray<ScoreView> Scores { get; init; } = ImmutableArray<ScoreView>.Empty;
}

/// <summary>A pooled score: its identity, rounding, and the counters of the key questions feeding it.</summary>
public sealed class ScoreView
{
    public string NameLiteral { get; init; } = "";

    public string LabelLiteral { get; init; } = "";

    /// <summary>A <c>PercentageRounding</c> member, fully qualified.</summary>
    public string Rounding { get; init; } = "";

    public string Decimals { get; init; } = "";

    /// <summary>The counter indices of its key questions, comma separated (an array initializer's contents).</summary>
    public string KeyQuestionIndexes { get; init; } = "";

    /// <summary>A line comment ("// ...") naming the score and the key questions feeding it.</summary>
    public string Comment { get; init; } = "";
}

public sealed class LevelView
{
    public string Member { get; init; } = "";

    /// <summary>The enum member's global name (<c>global::Ns.Rating.Good</c>).</summary>
    public string Qualified { get; init; } = "";

    public string Value { get; init; } = "";

    /// <summary>The level's index in the framework class's <c>Levels</c>.</summary>
    public string Index { get; init; } = "";

    public string NameLiteral { get; init; } = "";

    public string LabelLiteral { get; init; } = "";

    public string Points { get; init; } = "";

    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class BandTableView
{
    public string Property { get; init; } = "";

    public string NameLiteral { get; init; } = "";

    /// <summary>A <c>PercentageRounding</c> member, fully qualified.</summary>
    public string Rounding { get; init; } = "";

    public string Decimals { get; init; } = "";

    public ImmutableArray<BandView> Bands { get; init; } = ImmutableArray<BandView>.Empty;

    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class BandView
{
    /// <summary>The level's index in the framework class's <c>Levels</c>.</summary>
    public string LevelIndex { get; init; } = "";

    public string Low { get; init; } = "";

    public string High { get; init; } = "";
}

/// <summary>One entry of the framework class's <c>Items</c>.</summary>
public sealed class MetadataItemView
{
    /// <summary>A <c>FrameworkItemKind</c> member, fully qualified.</summary>
    public string Kind { get; init; } = "";

    public string NumberLiteral { get; init; } = "";

    public string NameLiteral { get; init; } = "";

    public string WordingLiteral { get; init; } = "";

    public string StatementLiteral { get; init; } = "";

    public string GuidanceLiteral { get; init; } = "";

    public string ParentLiteral { get; init; } = "";
}

public sealed class KeyValueView
{
    public string KeyLiteral { get; init; } = "";

    public string ValueLiteral { get; init; } = "";
}

/// <summary>An enumeration fact's enum.</summary>
public sealed class EnumView
{
    public string TypeName { get; init; } = "";

    public string Qualified { get; init; } = "";

    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;

    public ImmutableArray<EnumMemberView> Members { get; init; } = ImmutableArray<EnumMemberView>.Empty;
}

public sealed class EnumMemberView
{
    public string Member { get; init; } = "";

    public string Qualified { get; init; } = "";

    public string Value { get; init; } = "";

    public string NameLiteral { get; init; } = "";

    public string LabelLiteral { get; init; } = "";

    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>A case fact as a profile property.</summary>
public sealed class FactView
{
    public string Property { get; init; } = "";

    /// <summary>The property's C# type: <c>bool</c>, <c>int</c> or the enum's global name.</summary>
    public string Type { get; init; } = "";

    public string NameLiteral { get; init; } = "";

    public bool IsBoolean { get; init; }

    public bool IsInteger { get; init; }

    public bool IsEnumeration { get; init; }

    public bool IsDerived { get; init; }

    /// <summary>For a derived fact, the private field that holds it once derived.</summary>
    public string Field { get; init; } = "";

    /// <summary>For a derived fact, its condition over <c>this</c>, reading the derived facts it uses
    /// from their fields (see <see cref="FrameworkView.DerivedFacts"/>).</summary>
    public string Derivation { get; init; } = "";

    /// <summary>For an enumeration fact, its members (for setting the fact by member name).</summary>
    public ImmutableArray<EnumMemberView> Members { get; init; } = ImmutableArray<EnumMemberView>.Empty;

    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class CaseTypeView
{
    public string Member { get; init; } = "";

    public string Qualified { get; init; } = "";

    public string Value { get; init; } = "";

    public string NameLiteral { get; init; } = "";

    public string LabelLiteral { get; init; } = "";

    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;

    public string ProfileClass { get; init; } = "";

    public string ProfileType { get; init; } = "";

    public ImmutableArray<string> ProfileDoc { get; init; } = ImmutableArray<string>.Empty;

    public string FormClass { get; init; } = "";

    public string FormType { get; init; } = "";

    public ImmutableArray<string> FormDoc { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The domains whose sections the form holds.</summary>
    public ImmutableArray<FormSectionView> Sections { get; init; } = ImmutableArray<FormSectionView>.Empty;

    /// <summary>Every key question and prompt of the form, in framework order, as paths from the form.</summary>
    public ImmutableArray<FormItemPathView> Items { get; init; } = ImmutableArray<FormItemPathView>.Empty;
}

/// <summary>A domain section held by a form.</summary>
public sealed class FormSectionView
{
    public string Property { get; init; } = "";

    /// <summary>The section's global type name.</summary>
    public string Type { get; init; } = "";

    /// <summary>The domain's index in <see cref="FrameworkView.Domains"/> (names the validator and scorer methods).</summary>
    public string DomainIndex { get; init; } = "";

    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class FormItemPathView
{
    /// <summary>Member access from the form: <c>CourtDisposals.Assessment.Desistance</c>.</summary>
    public string Path { get; init; } = "";
}

/// <summary>A domain with case types: its form section class and what validation and scoring need.</summary>
public sealed class DomainView
{
    public string Index { get; init; } = "";

    public string TypeName { get; init; } = "";

    public string Type { get; init; } = "";

    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Whether the domain applies, over the section's <c>_profile</c>.</summary>
    public string AppliesExpression { get; init; } = "";

    /// <summary>The arguments of the section's <c>AnswerSheet</c>: its number of items, and whether any is
    /// answered with text and with a number (<c>67, false, false</c>).</summary>
    public string SheetArguments { get; init; } = "";

    /// <summary>True when an item of the domain is answered with written evidence.</summary>
    public bool HasText { get; init; }

    /// <summary>True when an item of the domain is answered with a number.</summary>
    public bool HasNumbers { get; init; }

    public ImmutableArray<StandardView> Standards { get; init; } = ImmutableArray<StandardView>.Empty;
}

public sealed class StandardView
{
    public string Property { get; init; } = "";

    /// <summary>The class's simple name (nested in its domain's section class).</summary>
    public string TypeName { get; init; } = "";

    /// <summary>The domain section class's simple name.</summary>
    public string ParentTypeName { get; init; } = "";

    /// <summary>The documentation of the property (summary and remarks).</summary>
    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The documentation of the class (summary only; the property carries the remarks).</summary>
    public ImmutableArray<string> TypeDoc { get; init; } = ImmutableArray<string>.Empty;

    public string AppliesExpression { get; init; } = "";

    public ImmutableArray<ItemView> KeyQuestions { get; init; } = ImmutableArray<ItemView>.Empty;
}

/// <summary>
/// A key question (a class of its own, nested in its standard's class) or a prompt (a property of one
/// of the shared prompt classes, created with its condition as a lambda over the profile).
/// </summary>
public sealed class ItemView
{
    public string Property { get; init; } = "";

    /// <summary>A key question's class: its simple name (nested in its standard's class).</summary>
    public string TypeName { get; init; } = "";

    /// <summary>A key question's standard class: its simple name.</summary>
    public string ParentTypeName { get; init; } = "";

    /// <summary>A prompt's class, fully qualified (<c>ChoicePrompt</c>, <c>TextPrompt</c>, <c>NumberPrompt</c>).</summary>
    public string Type { get; init; } = "";

    /// <summary>A key question's runtime base class, fully qualified (<c>ChoiceItem</c>, <c>TextItem</c>, <c>NumberItem</c>).</summary>
    public string BaseType { get; init; } = "";

    /// <summary>A key question's base constructor arguments, rendered.</summary>
    public string BaseArguments { get; init; } = "";

    /// <summary>A prompt's constructor arguments, rendered: its key question, the profile, its condition, the answer sheet and its slot there, its identity.</summary>
    public string ConstructorArguments { get; init; } = "";

    /// <summary>The documentation of the property (summary and remarks).</summary>
    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>A key question's class documentation (summary only; the property carries the remarks).</summary>
    public ImmutableArray<string> TypeDoc { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>A key question's applicability over its class's <c>Profile</c> and parent.</summary>
    public string AppliesExpression { get; init; } = "";

    /// <summary>Member access from the domain section: <c>Assessment.Desistance.Strengths</c>.</summary>
    public string SectionPath { get; init; } = "";

    /// <summary>The validator's local holding whether a key question applies (<c>k3</c>).</summary>
    public string Local { get; init; } = "";

    /// <summary>The item's slot in its section's <c>AnswerSheet</c> (framework order within the domain).</summary>
    public string Slot { get; init; } = "";

    /// <summary>A line comment naming the item: <c>// 2.1.3(b) victims</c>.</summary>
    public string Comment { get; init; } = "";

    /// <summary>The validator's fast test where the key question applies, over the section's sheet (locals
    /// <c>answers</c>, <c>rationales</c>, <c>evidence</c>, <c>numbers</c>) and the profile <c>p</c>: at most 3
    /// when the item certainly has no finding. <c>NotYesNoOrNotApplicable(answers[3])</c>, or for a prompt with
    /// a condition of its own <c>p.IdentifiableVictim ? NotYesNoOrNotApplicable(answers[7]) : NotEmpty(answers[7], rationales[7])</c>.</summary>
    public string FastTest { get; init; } = "";

    /// <summary>The validator's fast test where the key question does not apply: <c>NotEmpty(answers[7], rationales[7])</c>.</summary>
    public string FastEmptyTest { get; init; } = "";

    /// <summary>Whether the item applies, over a profile named <c>p</c>: for a key question the
    /// conditions of its domain, standard and itself; for a prompt its key question's local and its own.</summary>
    public string LocalAppliesExpression { get; init; } = "";

    /// <summary>True when <see cref="LocalAppliesExpression"/> is <c>true</c> (no condition on the way down).</summary>
    public bool LocalAlwaysApplies { get; init; }

    /// <summary>For a key question answered yes / no (/ not applicable): its counter index; else empty.</summary>
    public string ScoreIndex { get; init; } = "";

    public bool IsScored { get; init; }

    public ImmutableArray<ItemView> Prompts { get; init; } = ImmutableArray<ItemView>.Empty;
}

/// <summary>A standard as scoring sees it.</summary>
public sealed class ScoredStandardView
{
    public string Index { get; init; } = "";

    public string NumberLiteral { get; init; } = "";

    public string NameLiteral { get; init; } = "";

    /// <summary>The standard's stable path (<c>"organisational_delivery.governance"</c>), as findings name it.</summary>
    public string PathLiteral { get; init; } = "";

    public bool IsComputed { get; init; }

    /// <summary>A <c>StandardRatingKind</c> member, fully qualified.</summary>
    public string Kind { get; init; } = "";

    /// <summary>For a computed standard, its band table (a property of the framework class, fully qualified); else <c>null</c>.</summary>
    public string Bands { get; init; } = "null";

    /// <summary>For a computed standard, its discretion rule field (or <c>null</c>); else <c>null</c>.</summary>
    public string Rule { get; init; } = "null";

    /// <summary>Its key questions' range in the scored key questions.</summary>
    public string FirstKeyQuestion { get; init; } = "0";

    public string KeyQuestionCount { get; init; } = "0";
}

public sealed class JudgementView
{
    public string Property { get; init; } = "";

    public string StandardIndex { get; init; } = "";

    public string NumberLiteral { get; init; } = "";

    public ImmutableArray<string> Doc { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class ScoredKeyQuestionView
{
    public string Index { get; init; } = "";

    public string NumberLiteral { get; init; } = "";

    public string NameLiteral { get; init; } = "";

    /// <summary>The band table of its standard, fully qualified; <c>null</c> for a judgement standard.</summary>
    public string Bands { get; init; } = "";

    /// <summary><c>true</c> for a key question answered yes or no of a standard that is not rated: its
    /// percentage is rounded by the published default and has no band.</summary>
    public string Unrated { get; init; } = "false";
}

public sealed class DiscretionRuleView
{
    public string Field { get; init; } = "";

    public string RationaleRequired { get; init; } = "false";

    public ImmutableArray<DiscretionMoveView> Moves { get; init; } = ImmutableArray<DiscretionMoveView>.Empty;
}

public sealed class DiscretionMoveView
{
    public string FromIndex { get; init; } = "";

    public string ToIndex { get; init; } = "";

    /// <summary>A decimal literal, or <c>null</c>.</summary>
    public string WithinPoints { get; init; } = "null";
}
