using System.Collections.Immutable;

namespace InspectFramework.Compiler.Emit;

// What the templates see: data, which templates write as C# with the helpers of CSharpHelpers
// ({{csString Name}}, {{csInt Value}}, {{csCondition Applies "p"}}, {{#csDoc Doc}}...{{/csDoc}}, ...).
// Names (of properties, types, members, fields and locals) are valid C# identifiers, unique in their
// scope, written as they are; a `...Type` or `Qualified` name is a generated type's or member's global
// name (`global::Ns.Rating.Good`); the runtime's enum members are given by name (`Rounding` is
// `HalfUp`). Templates put the commas between the elements of a list ({{#unless @last}},{{/unless}})
// and read the view through ViewDescriptors, with no reflection.

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

    public DocView FrameworkDoc { get; init; } = DocView.Empty;

    // The framework's identity: templates write it with {{csString ...}} and {{csComment ...}}.
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

    public DocView ScaleDoc { get; init; } = DocView.Empty;

    public ImmutableArray<LevelView> Levels { get; init; } = ImmutableArray<LevelView>.Empty;

    /// <summary>The highest number of points a level gives (0 without a scale).</summary>
    public int MaxLevelPoints { get; init; }

    /// <summary>The highest total: rated standards times <see cref="MaxLevelPoints"/>.</summary>
    public int MaxPoints { get; init; }

    /// <summary>True when a standard is rated, so the scorer totals points (from 0); false when none is (no total).</summary>
    public bool HasTotal { get; init; }

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

    /// <summary>The recorded integer facts, in framework order: an <c>int</c> property holds a negative
    /// value, which the validator refuses (IV0106), as the case data readers do.</summary>
    public ImmutableArray<FactView> IntegerFacts { get; init; } = ImmutableArray<FactView>.Empty;

    public bool HasIntegerFacts { get; init; }

    public ImmutableArray<CaseTypeView> CaseTypes { get; init; } = ImmutableArray<CaseTypeView>.Empty;

    /// <summary>Domains with case types (they have form sections), in framework order.</summary>
    public ImmutableArray<DomainView> Domains { get; init; } = ImmutableArray<DomainView>.Empty;

    /// <summary>Every standard, in framework order, with what scoring needs.</summary>
    public ImmutableArray<ScoredStandardView> Standards { get; init; } = ImmutableArray<ScoredStandardView>.Empty;

    /// <summary>Standards rated by judgement (inputs to scoring).</summary>
    public ImmutableArray<JudgementView> Judgements { get; init; } = ImmutableArray<JudgementView>.Empty;

    /// <summary>Every key question, in framework order (their counts are kept).</summary>
    public ImmutableArray<ScoredKeyQuestionView> ScoredKeyQuestions { get; init; } = ImmutableArray<ScoredKeyQuestionView>.Empty;

    public ImmutableArray<DiscretionRuleView> DiscretionRules { get; init; } = ImmutableArray<DiscretionRuleView>.Empty;

    /// <summary>The pooled scores, in declaration order.</summary>
    public ImmutableArray<ScoreView> Scores { get; init; } = ImmutableArray<ScoreView>.Empty;

    /// <summary>The typed view of a scored inspection: its class, and every domain (judgement ones too).</summary>
    public string ResultsClass { get; init; } = "";

    public ImmutableArray<ResultDomainView> ResultDomains { get; init; } = ImmutableArray<ResultDomainView>.Empty;
}

/// <summary>
/// A documentation comment: its summary, then each remark as a paragraph. <c>{{#csDoc Doc}}</c>
/// renders its block once per line of the comment, with the line (starting with <c>///</c>, the text
/// XML-escaped) as <c>this</c>.
/// </summary>
public sealed class DocView
{
    public static DocView Empty { get; } = new();

    public string Summary { get; init; } = "";

    public ImmutableArray<string> Remarks { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>
/// A condition over a case profile, as a tree: <c>{{csCondition X "p"}}</c> writes it as a C# boolean
/// expression reading the profile <c>p</c>, and <c>{{csAndCondition X "p"}}</c> as one written after
/// <c>&amp;&amp;</c>. <see cref="Kind"/> says which node it is: <c>Constant</c> (<see cref="Value"/>),
/// <c>Fact</c> (the true-or-false fact read by <see cref="Member"/>), <c>Not</c>, <c>All</c> and
/// <c>Any</c> (<see cref="Operands"/>), <c>Membership</c> (<see cref="Member"/> is one of
/// <see cref="Values"/>), <c>SameValue</c> (<see cref="Member"/> and <see cref="OtherMember"/> hold the
/// same value), <c>Equivalent</c> (its two <see cref="Operands"/> are both true or both false) and
/// <c>Comparison</c> (<see cref="Left"/> <see cref="Operator"/> <see cref="Right"/>).
/// </summary>
public sealed class ConditionView
{
    public string Kind { get; init; } = "";

    public bool Value { get; init; }

    /// <summary>The profile's member read: a fact's property, or, where a profile derives its facts, a derived fact's field.</summary>
    public string Member { get; init; } = "";

    public string OtherMember { get; init; } = "";

    /// <summary>For <c>SameValue</c> over two different enumerations (never produced from a framework), the
    /// labels class whose <c>Name()</c> compares them by member name; else empty.</summary>
    public string LabelsType { get; init; } = "";

    /// <summary>For <c>Membership</c>, the enum members' global names.</summary>
    public ImmutableArray<string> Values { get; init; } = ImmutableArray<string>.Empty;

    public ImmutableArray<ConditionView> Operands { get; init; } = ImmutableArray<ConditionView>.Empty;

    /// <summary>For <c>Comparison</c>, a member of the runtime's <c>Comparison</c>: <c>Equal</c>, <c>NotEqual</c>, <c>Less</c>, <c>LessOrEqual</c>, <c>Greater</c> or <c>GreaterOrEqual</c>.</summary>
    public string Operator { get; init; } = "";

    public OperandView Left { get; init; } = OperandView.Zero;

    public OperandView Right { get; init; } = OperandView.Zero;
}

/// <summary>A whole number in a comparison: the integer fact read by <see cref="Member"/>, or, when that is empty, <see cref="Value"/>.</summary>
public sealed class OperandView
{
    public static OperandView Zero { get; } = new();

    public string Member { get; init; } = "";

    public int Value { get; init; }
}

/// <summary>A pooled score: its identity, rounding, and the key questions feeding it.</summary>
public sealed class ScoreView
{
    public string Name { get; init; } = "";

    public string Label { get; init; } = "";

    /// <summary>A <c>PercentageRounding</c> member's name.</summary>
    public string Rounding { get; init; } = "";

    public int Decimals { get; init; }

    /// <summary>The key questions feeding it, in framework order (their counter <c>Index</c>es are summed).</summary>
    public ImmutableArray<ScoredKeyQuestionView> KeyQuestions { get; init; } = ImmutableArray<ScoredKeyQuestionView>.Empty;
}

public sealed class LevelView
{
    public string Member { get; init; } = "";

    /// <summary>The enum member's global name (<c>global::Ns.Rating.Good</c>).</summary>
    public string Qualified { get; init; } = "";

    public int Value { get; init; }

    /// <summary>The level's index in the framework class's <c>Levels</c>.</summary>
    public int Index { get; init; }

    public string Name { get; init; } = "";

    public string Label { get; init; } = "";

    public int Points { get; init; }

    public DocView Doc { get; init; } = DocView.Empty;
}

public sealed class BandTableView
{
    public string Property { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>A <c>PercentageRounding</c> member's name.</summary>
    public string Rounding { get; init; } = "";

    public int Decimals { get; init; }

    public ImmutableArray<BandView> Bands { get; init; } = ImmutableArray<BandView>.Empty;

    public DocView Doc { get; init; } = DocView.Empty;
}

public sealed class BandView
{
    /// <summary>The level's index in the framework class's <c>Levels</c>.</summary>
    public int LevelIndex { get; init; }

    public decimal Low { get; init; }

    public decimal High { get; init; }
}

/// <summary>One entry of the framework class's <c>Items</c>.</summary>
public sealed class MetadataItemView
{
    /// <summary>A <c>FrameworkItemKind</c> member's name.</summary>
    public string Kind { get; init; } = "";

    public string Number { get; init; } = "";

    public string Name { get; init; } = "";

    public string Wording { get; init; } = "";

    public string? Statement { get; init; }

    public string? Guidance { get; init; }

    /// <summary>The number of the item it belongs to; null for a domain.</summary>
    public string? Parent { get; init; }
}

public sealed class KeyValueView
{
    public string Key { get; init; } = "";

    public string Value { get; init; } = "";
}

/// <summary>An enumeration fact's enum.</summary>
public sealed class EnumView
{
    public string TypeName { get; init; } = "";

    public string Qualified { get; init; } = "";

    public DocView Doc { get; init; } = DocView.Empty;

    public ImmutableArray<EnumMemberView> Members { get; init; } = ImmutableArray<EnumMemberView>.Empty;
}

public sealed class EnumMemberView
{
    public string Member { get; init; } = "";

    public string Qualified { get; init; } = "";

    public int Value { get; init; }

    public string Name { get; init; } = "";

    public string Label { get; init; } = "";

    public DocView Doc { get; init; } = DocView.Empty;
}

/// <summary>A case fact as a profile property.</summary>
public sealed class FactView
{
    public string Property { get; init; } = "";

    /// <summary>For a recorded enumeration fact, its enum's global name; else empty.</summary>
    public string EnumType { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>Recorded true or false (a derived fact is true or false too, but not recorded).</summary>
    public bool IsBoolean { get; init; }

    public bool IsInteger { get; init; }

    public bool IsEnumeration { get; init; }

    public bool IsDerived { get; init; }

    /// <summary>For a derived fact, the private field that holds it once derived.</summary>
    public string Field { get; init; } = "";

    /// <summary>For a derived fact, its condition, reading the derived facts it uses from their fields
    /// (see <see cref="FrameworkView.DerivedFacts"/>); else null.</summary>
    public ConditionView? Derivation { get; init; }

    /// <summary>For an enumeration fact, its members (for setting the fact by member name).</summary>
    public ImmutableArray<EnumMemberView> Members { get; init; } = ImmutableArray<EnumMemberView>.Empty;

    public DocView Doc { get; init; } = DocView.Empty;
}

public sealed class CaseTypeView
{
    public string Member { get; init; } = "";

    public string Qualified { get; init; } = "";

    public int Value { get; init; }

    public string Name { get; init; } = "";

    public string Label { get; init; } = "";

    public DocView Doc { get; init; } = DocView.Empty;

    public string ProfileClass { get; init; } = "";

    public string ProfileType { get; init; } = "";

    public DocView ProfileDoc { get; init; } = DocView.Empty;

    public string FormClass { get; init; } = "";

    public string FormType { get; init; } = "";

    public DocView FormDoc { get; init; } = DocView.Empty;

    /// <summary>The domains whose sections the form holds.</summary>
    public ImmutableArray<FormSectionView> Sections { get; init; } = ImmutableArray<FormSectionView>.Empty;

    /// <summary>Every key question and prompt of the form, in framework order, as paths from the form.</summary>
    public ImmutableArray<FormItemPathView> Items { get; init; } = ImmutableArray<FormItemPathView>.Empty;

    /// <summary>The facts with values this case type does not allow (<c>for</c> on the values), which the validator checks (IV0007).</summary>
    public ImmutableArray<RestrictedFactView> RestrictedFacts { get; init; } = ImmutableArray<RestrictedFactView>.Empty;
}

/// <summary>A domain section held by a form.</summary>
public sealed class FormSectionView
{
    public string Property { get; init; } = "";

    /// <summary>The section's global type name.</summary>
    public string Type { get; init; } = "";

    /// <summary>The domain's index in <see cref="FrameworkView.Domains"/> (names the validator and scorer methods).</summary>
    public int DomainIndex { get; init; }

    public DocView Doc { get; init; } = DocView.Empty;
}

/// <summary>A key question or prompt of a form, by the properties leading to it from the form.</summary>
public sealed class FormItemPathView
{
    /// <summary>The properties in order: the section's, the standard's, the key question's and, for a prompt, the prompt's.</summary>
    public ImmutableArray<string> Properties { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>A domain with case types: its form section class and what validation and scoring need.</summary>
public sealed class DomainView
{
    public int Index { get; init; }

    public string TypeName { get; init; } = "";

    public string Type { get; init; } = "";

    public DocView Doc { get; init; } = DocView.Empty;

    /// <summary>When the domain applies; null when it always does.</summary>
    public ConditionView? Condition { get; init; }

    /// <summary>The number of items (key questions and prompts) of the domain: the slots of its <c>AnswerSheet</c>.</summary>
    public int Slots { get; init; }

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
    public DocView Doc { get; init; } = DocView.Empty;

    /// <summary>The documentation of the class (summary only; the property carries the remarks).</summary>
    public DocView TypeDoc { get; init; } = DocView.Empty;

    /// <summary>The standard's own condition (its domain's is its parent's); null when it has none.</summary>
    public ConditionView? Condition { get; init; }

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

    // The item's identity, as the runtime's items take it.
    public string Number { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>The path findings name it by (<c>2.1.3 / prompt: victims</c>).</summary>
    public string Path { get; init; } = "";

    public string Wording { get; init; } = "";

    // How it is answered: exactly one of these four is true. A choice (yes or no) has the runtime's
    // AnswerType YesNo or YesNoNotApplicable and derives from ChoiceItem; text from TextItem; a number from NumberItem.
    public bool IsYesNo { get; init; }

    public bool IsYesNoNotApplicable { get; init; }

    public bool IsText { get; init; }

    public bool IsNumber { get; init; }

    /// <summary>True when answered yes or no (<see cref="IsYesNo"/> or <see cref="IsYesNoNotApplicable"/>).</summary>
    public bool IsChoice { get; init; }

    public bool RationaleRequired { get; init; }

    /// <summary>The documentation of the property (summary and remarks).</summary>
    public DocView Doc { get; init; } = DocView.Empty;

    /// <summary>A key question's class documentation (summary only; the property carries the remarks).</summary>
    public DocView TypeDoc { get; init; } = DocView.Empty;

    /// <summary>The item's own condition; null when it has none.</summary>
    public ConditionView? Condition { get; init; }

    /// <summary>For a key question, the conditions of its domain, standard and itself that it has (its
    /// applicability over a profile named <c>p</c>; <c>{{csAllConditions LocalConditions "p"}}</c>).</summary>
    public ImmutableArray<ConditionView> LocalConditions { get; init; } = ImmutableArray<ConditionView>.Empty;

    /// <summary>True when <see cref="LocalConditions"/> is empty (no condition on the way down).</summary>
    public bool LocalAlwaysApplies { get; init; }

    /// <summary>The validator's local holding whether a key question applies (<c>k3</c>); a prompt's is its key question's.</summary>
    public string Local { get; init; } = "";

    /// <summary>The item's slot in its section's <c>AnswerSheet</c> (framework order within the domain).</summary>
    public int Slot { get; init; }

    /// <summary>For a key question answered yes / no (/ not applicable): its counter index.</summary>
    public int ScoreIndex { get; init; }

    public bool IsScored { get; init; }

    public ImmutableArray<ItemView> Prompts { get; init; } = ImmutableArray<ItemView>.Empty;

    /// <summary>How findings name the item in a list (<c>key question 2.1.3</c>, <c>prompt 2.1.3(b)</c>).</summary>
    public string ListName { get; init; } = "";

    /// <summary>The recorded facts its applicability reads (the conditions of its domain, standard, key
    /// question and itself, derived facts followed to the recorded ones), in framework order: where the
    /// applicability is undecided, each of them left unset is reported (IV0108).</summary>
    public ImmutableArray<DecidingFactView> DecidingFacts { get; init; } = ImmutableArray<DecidingFactView>.Empty;
}

/// <summary>A recorded fact that decides whether an item applies.</summary>
public sealed class DecidingFactView
{
    /// <summary>The fact's index among the framework's facts (the order findings follow).</summary>
    public int Index { get; init; }

    public string Name { get; init; } = "";

    public string Property { get; init; } = "";
}

/// <summary>A standard as scoring sees it.</summary>
public sealed class ScoredStandardView
{
    public int Index { get; init; }

    public string Number { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>The standard's stable path (<c>organisational_delivery.governance</c>), as findings name it.</summary>
    public string Path { get; init; } = "";

    public bool IsComputed { get; init; }

    /// <summary>A <c>StandardRatingKind</c> member's name.</summary>
    public string Kind { get; init; } = "";

    /// <summary>For a computed standard, its band table's property of the framework class; else empty.</summary>
    public string BandsProperty { get; init; } = "";

    /// <summary>For a computed standard with professional discretion, its rule's field (see
    /// <see cref="DiscretionRuleView.Field"/>); else empty.</summary>
    public string Rule { get; init; } = "";

    /// <summary>Its key questions' range in the scored key questions.</summary>
    public int FirstKeyQuestion { get; init; }

    public int KeyQuestionCount { get; init; }
}

public sealed class JudgementView
{
    public string Property { get; init; } = "";

    public int StandardIndex { get; init; }

    public string Number { get; init; } = "";

    public DocView Doc { get; init; } = DocView.Empty;
}

public sealed class ScoredKeyQuestionView
{
    public int Index { get; init; }

    public string Number { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>The band table of its standard (a property of the framework class); empty for a standard not computed.</summary>
    public string BandsProperty { get; init; } = "";

    /// <summary>True for a key question answered yes or no of a standard that is not rated: its
    /// percentage is rounded by the published default and has no band.</summary>
    public bool Unrated { get; init; }
}

public sealed class DiscretionRuleView
{
    public string Field { get; init; } = "";

    public bool RationaleRequired { get; init; }

    public ImmutableArray<DiscretionMoveView> Moves { get; init; } = ImmutableArray<DiscretionMoveView>.Empty;
}

public sealed class DiscretionMoveView
{
    public int FromIndex { get; init; }

    public int ToIndex { get; init; }

    /// <summary>The most points from the higher level's threshold the move is allowed within; null for any.</summary>
    public decimal? WithinPoints { get; init; }
}

/// <summary>A domain in the typed results: a property of the results class holding a nested class.</summary>
public sealed class ResultDomainView
{
    public string Property { get; init; } = "";

    public string TypeName { get; init; } = "";

    public DocView Doc { get; init; } = DocView.Empty;

    public ImmutableArray<ResultStandardView> Standards { get; init; } = ImmutableArray<ResultStandardView>.Empty;
}

/// <summary>A standard in the typed results: its score's <c>Index</c> among the inspection's standards.</summary>
public sealed class ResultStandardView
{
    public string Property { get; init; } = "";

    public string TypeName { get; init; } = "";

    public int Index { get; init; }

    public DocView Doc { get; init; } = DocView.Empty;

    public ImmutableArray<ResultKeyQuestionView> KeyQuestions { get; init; } = ImmutableArray<ResultKeyQuestionView>.Empty;
}

/// <summary>A key question in the typed results: its score's <c>Index</c> among its standard's key questions.</summary>
public sealed class ResultKeyQuestionView
{
    public string Property { get; init; } = "";

    public int Index { get; init; }

    public DocView Doc { get; init; } = DocView.Empty;
}

/// <summary>A fact some of whose values a case type does not allow.</summary>
public sealed class RestrictedFactView
{
    public string Property { get; init; } = "";

    /// <summary>The fact's enum type, qualified.</summary>
    public string EnumType { get; init; } = "";

    /// <summary>The fact's stable name.</summary>
    public string Name { get; init; } = "";

    /// <summary>A local variable name for the value, unique within the validator method.</summary>
    public string Local { get; init; } = "";

    /// <summary>The qualified enum members the case type does not allow.</summary>
    public ImmutableArray<string> NotAllowed { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The stable names of the values it allows, for the finding's message.</summary>
    public string Allowed { get; init; } = "";
}
