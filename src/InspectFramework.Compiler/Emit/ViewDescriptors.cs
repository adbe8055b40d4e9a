using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.ObjectDescriptors;
using HandlebarsDotNet.PathStructure;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// How Handlebars reads the view model: a table of each view type's members (name to getter), and its
/// lists (<see cref="ImmutableArray{T}"/> of a view type or of strings) iterated by index. Without it
/// Handlebars finds members by reflection and builds a getter per property type at run time
/// (<c>MakeGenericMethod</c>), which the Native AOT build of the CLI cannot do for value types and
/// trimming cannot follow. Names are matched ignoring case, as Handlebars' own reflection does, so
/// users' templates read the view as before.
/// </summary>
internal sealed class ViewDescriptors : IObjectDescriptorProvider
{
    public static ViewDescriptors Instance { get; } = new();

    private readonly Dictionary<Type, ObjectDescriptor> _descriptors = new();

    private ViewDescriptors()
    {
        Describe<FrameworkView>(
            (nameof(FrameworkView.Namespace), v => v.Namespace),
            (nameof(FrameworkView.FrameworkClass), v => v.FrameworkClass),
            (nameof(FrameworkView.LabelsClass), v => v.LabelsClass),
            (nameof(FrameworkView.ValidatorClass), v => v.ValidatorClass),
            (nameof(FrameworkView.ScorerClass), v => v.ScorerClass),
            (nameof(FrameworkView.JudgementsClass), v => v.JudgementsClass),
            (nameof(FrameworkView.ProfileClass), v => v.ProfileClass),
            (nameof(FrameworkView.ChoicePromptClass), v => v.ChoicePromptClass),
            (nameof(FrameworkView.TextPromptClass), v => v.TextPromptClass),
            (nameof(FrameworkView.NumberPromptClass), v => v.NumberPromptClass),
            (nameof(FrameworkView.CaseTypeEnum), v => v.CaseTypeEnum),
            (nameof(FrameworkView.ScaleEnum), v => v.ScaleEnum),
            (nameof(FrameworkView.FrameworkType), v => v.FrameworkType),
            (nameof(FrameworkView.LabelsType), v => v.LabelsType),
            (nameof(FrameworkView.ValidatorType), v => v.ValidatorType),
            (nameof(FrameworkView.JudgementsType), v => v.JudgementsType),
            (nameof(FrameworkView.ProfileType), v => v.ProfileType),
            (nameof(FrameworkView.CaseTypeType), v => v.CaseTypeType),
            (nameof(FrameworkView.ScaleType), v => v.ScaleType),
            (nameof(FrameworkView.FrameworkDoc), v => v.FrameworkDoc),
            (nameof(FrameworkView.Name), v => v.Name),
            (nameof(FrameworkView.Title), v => v.Title),
            (nameof(FrameworkView.Version), v => v.Version),
            (nameof(FrameworkView.Publisher), v => v.Publisher),
            (nameof(FrameworkView.Effective), v => v.Effective),
            (nameof(FrameworkView.Guidance), v => v.Guidance),
            (nameof(FrameworkView.ContentHash), v => v.ContentHash),
            (nameof(FrameworkView.GeneratorVersion), v => v.GeneratorVersion),
            (nameof(FrameworkView.ScaleDoc), v => v.ScaleDoc),
            (nameof(FrameworkView.Levels), v => v.Levels),
            (nameof(FrameworkView.MaxLevelPoints), v => v.MaxLevelPoints),
            (nameof(FrameworkView.MaxPoints), v => v.MaxPoints),
            (nameof(FrameworkView.HasTotal), v => v.HasTotal),
            (nameof(FrameworkView.BandTables), v => v.BandTables),
            (nameof(FrameworkView.OverallBandsProperty), v => v.OverallBandsProperty),
            (nameof(FrameworkView.HasOverall), v => v.HasOverall),
            (nameof(FrameworkView.Items), v => v.Items),
            (nameof(FrameworkView.FactLabels), v => v.FactLabels),
            (nameof(FrameworkView.SourceTitles), v => v.SourceTitles),
            (nameof(FrameworkView.FactEnums), v => v.FactEnums),
            (nameof(FrameworkView.Facts), v => v.Facts),
            (nameof(FrameworkView.DerivedFacts), v => v.DerivedFacts),
            (nameof(FrameworkView.HasDerivedFacts), v => v.HasDerivedFacts),
            (nameof(FrameworkView.IntegerFacts), v => v.IntegerFacts),
            (nameof(FrameworkView.HasIntegerFacts), v => v.HasIntegerFacts),
            (nameof(FrameworkView.CaseTypes), v => v.CaseTypes),
            (nameof(FrameworkView.Domains), v => v.Domains),
            (nameof(FrameworkView.Standards), v => v.Standards),
            (nameof(FrameworkView.Judgements), v => v.Judgements),
            (nameof(FrameworkView.ScoredKeyQuestions), v => v.ScoredKeyQuestions),
            (nameof(FrameworkView.DiscretionRules), v => v.DiscretionRules),
            (nameof(FrameworkView.Scores), v => v.Scores),
            (nameof(FrameworkView.ResultsClass), v => v.ResultsClass),
            (nameof(FrameworkView.ResultDomains), v => v.ResultDomains));
        Describe<ResultDomainView>(
            (nameof(ResultDomainView.Property), v => v.Property),
            (nameof(ResultDomainView.TypeName), v => v.TypeName),
            (nameof(ResultDomainView.Doc), v => v.Doc),
            (nameof(ResultDomainView.Standards), v => v.Standards));
        Describe<ResultStandardView>(
            (nameof(ResultStandardView.Property), v => v.Property),
            (nameof(ResultStandardView.TypeName), v => v.TypeName),
            (nameof(ResultStandardView.Index), v => v.Index),
            (nameof(ResultStandardView.Doc), v => v.Doc),
            (nameof(ResultStandardView.KeyQuestions), v => v.KeyQuestions));
        Describe<ResultKeyQuestionView>(
            (nameof(ResultKeyQuestionView.Property), v => v.Property),
            (nameof(ResultKeyQuestionView.Index), v => v.Index),
            (nameof(ResultKeyQuestionView.Doc), v => v.Doc));
        Describe<DocView>(
            (nameof(DocView.Summary), v => v.Summary),
            (nameof(DocView.Remarks), v => v.Remarks));
        Describe<ConditionView>(
            (nameof(ConditionView.Kind), v => v.Kind),
            (nameof(ConditionView.Value), v => v.Value),
            (nameof(ConditionView.Member), v => v.Member),
            (nameof(ConditionView.OtherMember), v => v.OtherMember),
            (nameof(ConditionView.LabelsType), v => v.LabelsType),
            (nameof(ConditionView.Values), v => v.Values),
            (nameof(ConditionView.Operands), v => v.Operands),
            (nameof(ConditionView.Operator), v => v.Operator),
            (nameof(ConditionView.Left), v => v.Left),
            (nameof(ConditionView.Right), v => v.Right));
        Describe<OperandView>(
            (nameof(OperandView.Member), v => v.Member),
            (nameof(OperandView.Value), v => v.Value));
        Describe<ScoreView>(
            (nameof(ScoreView.Name), v => v.Name),
            (nameof(ScoreView.Label), v => v.Label),
            (nameof(ScoreView.Rounding), v => v.Rounding),
            (nameof(ScoreView.Decimals), v => v.Decimals),
            (nameof(ScoreView.KeyQuestions), v => v.KeyQuestions));
        Describe<LevelView>(
            (nameof(LevelView.Member), v => v.Member),
            (nameof(LevelView.Qualified), v => v.Qualified),
            (nameof(LevelView.Value), v => v.Value),
            (nameof(LevelView.Index), v => v.Index),
            (nameof(LevelView.Name), v => v.Name),
            (nameof(LevelView.Label), v => v.Label),
            (nameof(LevelView.Points), v => v.Points),
            (nameof(LevelView.Doc), v => v.Doc));
        Describe<BandTableView>(
            (nameof(BandTableView.Property), v => v.Property),
            (nameof(BandTableView.Name), v => v.Name),
            (nameof(BandTableView.Rounding), v => v.Rounding),
            (nameof(BandTableView.Decimals), v => v.Decimals),
            (nameof(BandTableView.Bands), v => v.Bands),
            (nameof(BandTableView.Doc), v => v.Doc));
        Describe<BandView>(
            (nameof(BandView.LevelIndex), v => v.LevelIndex),
            (nameof(BandView.Low), v => v.Low),
            (nameof(BandView.High), v => v.High));
        Describe<MetadataItemView>(
            (nameof(MetadataItemView.Kind), v => v.Kind),
            (nameof(MetadataItemView.Number), v => v.Number),
            (nameof(MetadataItemView.Name), v => v.Name),
            (nameof(MetadataItemView.Wording), v => v.Wording),
            (nameof(MetadataItemView.Statement), v => v.Statement),
            (nameof(MetadataItemView.Guidance), v => v.Guidance),
            (nameof(MetadataItemView.Parent), v => v.Parent));
        Describe<KeyValueView>(
            (nameof(KeyValueView.Key), v => v.Key),
            (nameof(KeyValueView.Value), v => v.Value));
        Describe<EnumView>(
            (nameof(EnumView.TypeName), v => v.TypeName),
            (nameof(EnumView.Qualified), v => v.Qualified),
            (nameof(EnumView.Doc), v => v.Doc),
            (nameof(EnumView.Members), v => v.Members));
        Describe<EnumMemberView>(
            (nameof(EnumMemberView.Member), v => v.Member),
            (nameof(EnumMemberView.Qualified), v => v.Qualified),
            (nameof(EnumMemberView.Value), v => v.Value),
            (nameof(EnumMemberView.Name), v => v.Name),
            (nameof(EnumMemberView.Label), v => v.Label),
            (nameof(EnumMemberView.Doc), v => v.Doc));
        Describe<FactView>(
            (nameof(FactView.Property), v => v.Property),
            (nameof(FactView.EnumType), v => v.EnumType),
            (nameof(FactView.Name), v => v.Name),
            (nameof(FactView.IsBoolean), v => v.IsBoolean),
            (nameof(FactView.IsInteger), v => v.IsInteger),
            (nameof(FactView.IsEnumeration), v => v.IsEnumeration),
            (nameof(FactView.IsDerived), v => v.IsDerived),
            (nameof(FactView.Field), v => v.Field),
            (nameof(FactView.Derivation), v => v.Derivation),
            (nameof(FactView.Members), v => v.Members),
            (nameof(FactView.Doc), v => v.Doc));
        Describe<CaseTypeView>(
            (nameof(CaseTypeView.Member), v => v.Member),
            (nameof(CaseTypeView.Qualified), v => v.Qualified),
            (nameof(CaseTypeView.Value), v => v.Value),
            (nameof(CaseTypeView.Name), v => v.Name),
            (nameof(CaseTypeView.Label), v => v.Label),
            (nameof(CaseTypeView.Doc), v => v.Doc),
            (nameof(CaseTypeView.ProfileClass), v => v.ProfileClass),
            (nameof(CaseTypeView.ProfileType), v => v.ProfileType),
            (nameof(CaseTypeView.ProfileDoc), v => v.ProfileDoc),
            (nameof(CaseTypeView.FormClass), v => v.FormClass),
            (nameof(CaseTypeView.FormType), v => v.FormType),
            (nameof(CaseTypeView.FormDoc), v => v.FormDoc),
            (nameof(CaseTypeView.Sections), v => v.Sections),
            (nameof(CaseTypeView.Items), v => v.Items),
            (nameof(CaseTypeView.RestrictedFacts), v => v.RestrictedFacts));
        Describe<RestrictedFactView>(
            (nameof(RestrictedFactView.Property), v => v.Property),
            (nameof(RestrictedFactView.EnumType), v => v.EnumType),
            (nameof(RestrictedFactView.Name), v => v.Name),
            (nameof(RestrictedFactView.Local), v => v.Local),
            (nameof(RestrictedFactView.NotAllowed), v => v.NotAllowed),
            (nameof(RestrictedFactView.Allowed), v => v.Allowed));
        Describe<FormSectionView>(
            (nameof(FormSectionView.Property), v => v.Property),
            (nameof(FormSectionView.Type), v => v.Type),
            (nameof(FormSectionView.DomainIndex), v => v.DomainIndex),
            (nameof(FormSectionView.Doc), v => v.Doc));
        Describe<FormItemPathView>(
            (nameof(FormItemPathView.Properties), v => v.Properties));
        Describe<DomainView>(
            (nameof(DomainView.Index), v => v.Index),
            (nameof(DomainView.TypeName), v => v.TypeName),
            (nameof(DomainView.Type), v => v.Type),
            (nameof(DomainView.Doc), v => v.Doc),
            (nameof(DomainView.Condition), v => v.Condition),
            (nameof(DomainView.Slots), v => v.Slots),
            (nameof(DomainView.HasText), v => v.HasText),
            (nameof(DomainView.HasNumbers), v => v.HasNumbers),
            (nameof(DomainView.Standards), v => v.Standards));
        Describe<StandardView>(
            (nameof(StandardView.Property), v => v.Property),
            (nameof(StandardView.TypeName), v => v.TypeName),
            (nameof(StandardView.ParentTypeName), v => v.ParentTypeName),
            (nameof(StandardView.Doc), v => v.Doc),
            (nameof(StandardView.TypeDoc), v => v.TypeDoc),
            (nameof(StandardView.Condition), v => v.Condition),
            (nameof(StandardView.KeyQuestions), v => v.KeyQuestions));
        Describe<ItemView>(
            (nameof(ItemView.Property), v => v.Property),
            (nameof(ItemView.TypeName), v => v.TypeName),
            (nameof(ItemView.ParentTypeName), v => v.ParentTypeName),
            (nameof(ItemView.Type), v => v.Type),
            (nameof(ItemView.Number), v => v.Number),
            (nameof(ItemView.Name), v => v.Name),
            (nameof(ItemView.Path), v => v.Path),
            (nameof(ItemView.Wording), v => v.Wording),
            (nameof(ItemView.IsYesNo), v => v.IsYesNo),
            (nameof(ItemView.IsYesNoNotApplicable), v => v.IsYesNoNotApplicable),
            (nameof(ItemView.IsText), v => v.IsText),
            (nameof(ItemView.IsNumber), v => v.IsNumber),
            (nameof(ItemView.IsChoice), v => v.IsChoice),
            (nameof(ItemView.RationaleRequired), v => v.RationaleRequired),
            (nameof(ItemView.Doc), v => v.Doc),
            (nameof(ItemView.TypeDoc), v => v.TypeDoc),
            (nameof(ItemView.Condition), v => v.Condition),
            (nameof(ItemView.LocalConditions), v => v.LocalConditions),
            (nameof(ItemView.LocalAlwaysApplies), v => v.LocalAlwaysApplies),
            (nameof(ItemView.Local), v => v.Local),
            (nameof(ItemView.Slot), v => v.Slot),
            (nameof(ItemView.ScoreIndex), v => v.ScoreIndex),
            (nameof(ItemView.IsScored), v => v.IsScored),
            (nameof(ItemView.Prompts), v => v.Prompts),
            (nameof(ItemView.ListName), v => v.ListName),
            (nameof(ItemView.DecidingFacts), v => v.DecidingFacts));
        Describe<DecidingFactView>(
            (nameof(DecidingFactView.Index), v => v.Index),
            (nameof(DecidingFactView.Name), v => v.Name),
            (nameof(DecidingFactView.Property), v => v.Property));
        Describe<ScoredStandardView>(
            (nameof(ScoredStandardView.Index), v => v.Index),
            (nameof(ScoredStandardView.Number), v => v.Number),
            (nameof(ScoredStandardView.Name), v => v.Name),
            (nameof(ScoredStandardView.Path), v => v.Path),
            (nameof(ScoredStandardView.IsComputed), v => v.IsComputed),
            (nameof(ScoredStandardView.Kind), v => v.Kind),
            (nameof(ScoredStandardView.BandsProperty), v => v.BandsProperty),
            (nameof(ScoredStandardView.Rule), v => v.Rule),
            (nameof(ScoredStandardView.FirstKeyQuestion), v => v.FirstKeyQuestion),
            (nameof(ScoredStandardView.KeyQuestionCount), v => v.KeyQuestionCount));
        Describe<JudgementView>(
            (nameof(JudgementView.Property), v => v.Property),
            (nameof(JudgementView.StandardIndex), v => v.StandardIndex),
            (nameof(JudgementView.Number), v => v.Number),
            (nameof(JudgementView.Doc), v => v.Doc));
        Describe<ScoredKeyQuestionView>(
            (nameof(ScoredKeyQuestionView.Index), v => v.Index),
            (nameof(ScoredKeyQuestionView.Number), v => v.Number),
            (nameof(ScoredKeyQuestionView.Name), v => v.Name),
            (nameof(ScoredKeyQuestionView.BandsProperty), v => v.BandsProperty),
            (nameof(ScoredKeyQuestionView.Unrated), v => v.Unrated));
        Describe<DiscretionRuleView>(
            (nameof(DiscretionRuleView.Field), v => v.Field),
            (nameof(DiscretionRuleView.RationaleRequired), v => v.RationaleRequired),
            (nameof(DiscretionRuleView.Moves), v => v.Moves));
        Describe<DiscretionMoveView>(
            (nameof(DiscretionMoveView.FromIndex), v => v.FromIndex),
            (nameof(DiscretionMoveView.ToIndex), v => v.ToIndex),
            (nameof(DiscretionMoveView.WithinPoints), v => v.WithinPoints));
        DescribeList<string>();
    }

    /// <summary>Every view type described (the lists of them aside), for tests.</summary>
    internal IEnumerable<Type> ViewTypes => _descriptors.Keys.Where(t => !t.IsValueType);

    public bool TryGetDescriptor(Type type, out ObjectDescriptor value)
    {
        if (_descriptors.TryGetValue(type, out var descriptor))
        {
            value = descriptor;
            return true;
        }

        value = ObjectDescriptor.Empty;
        return false;
    }

    private void Describe<T>(params (string Name, Func<T, object?> Get)[] members)
        where T : class
    {
        var accessor = new Members<T>(members);
        _descriptors.Add(typeof(T), new ObjectDescriptor(typeof(T), accessor, (_, _) => accessor.Names, self => new ObjectIterator(self)));
        DescribeList<T>();
    }

    private void DescribeList<T>()
        where T : class
    {
        var iterator = new ReadOnlyListIterator<ImmutableArray<T>, T>();
        _descriptors.Add(typeof(ImmutableArray<T>), new ObjectDescriptor(typeof(ImmutableArray<T>), new ListMembers<T>(), (_, _) => Array.Empty<string>(), _ => iterator));
    }

    /// <summary>A view type's members by name.</summary>
    private sealed class Members<T> : IMemberAccessor
        where T : class
    {
        private readonly Dictionary<string, Func<T, object?>> _members;

        public Members((string Name, Func<T, object?> Get)[] members)
        {
            _members = members.ToDictionary(m => m.Name, m => m.Get, StringComparer.OrdinalIgnoreCase);
            Names = members.Select(m => ChainSegment.Create(m.Name)).ToArray();
        }

        public ChainSegment[] Names { get; }

        public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
        {
            if (_members.TryGetValue(memberName.TrimmedValue, out var get))
            {
                value = get((T)instance);
                return true;
            }

            value = null;
            return false;
        }
    }

    /// <summary>A list's members: its elements by index (<c>Levels.[0]</c>), and its length.</summary>
    private sealed class ListMembers<T> : IMemberAccessor
        where T : class
    {
        public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
        {
            var list = (ImmutableArray<T>)instance;
            var name = memberName.TrimmedValue;
            if (string.Equals(name, "length", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "count", StringComparison.OrdinalIgnoreCase))
            {
                value = list.Length;
                return true;
            }

            if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < list.Length)
            {
                value = list[index];
                return true;
            }

            value = null;
            return false;
        }
    }
}
