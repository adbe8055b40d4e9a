using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// Every C# name of the generated code, decided once, in framework order, scope by scope (see
/// <see cref="NameScope"/>): two framework names that would give the same identifier in one scope are
/// told apart deterministically. Namespace-level types are referred to by their global names, so a
/// nested type can never capture a reference meant for one of them; nested section types have
/// suffixes that never coincide (see <see cref="DomainNames"/>), so they are named simply.
/// </summary>
internal sealed class EmitNames
{
    private readonly Dictionary<string, FactNames> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _levels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CaseTypeNames> _caseTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bandTables = new(StringComparer.Ordinal);

    public EmitNames(FrameworkModel model, string ns)
    {
        Namespace = ns;
        var root = new NameScope();
        var stem = CSharpNames.Pascal(model.Name);
        FileStem = stem.TrimStart('@');
        FrameworkClass = root.Take(stem + "Framework");
        LabelsClass = root.Take(stem + "Labels");
        ValidatorClass = root.Take(stem + "Validator");
        ScorerClass = root.Take(stem + "Scorer");
        JudgementsClass = root.Take(stem + "Judgements");
        ProfileClass = root.Take("CaseProfile");
        ChoicePromptClass = root.Take("ChoicePrompt");
        TextPromptClass = root.Take("TextPrompt");
        NumberPromptClass = root.Take("NumberPrompt");
        CaseTypeEnum = root.Take("CaseType");
        // A framework that rates nothing has no scale; its (empty) enum keeps the scorer's API the same.
        ScaleEnum = root.Take(CSharpNames.Pascal(model.Scale?.Name ?? "rating"));

        var levels = new NameScope("value__");
        foreach (var level in model.Scale?.Levels ?? EquatableArray<LevelModel>.Empty)
        {
            _levels[level.Name] = levels.Take(CSharpNames.Pascal(level.Name));
        }

        // One enum per shared value set, which each of its facts uses; one per other `one of` fact.
        var valueSets = new Dictionary<string, FactNames>(StringComparer.Ordinal);
        foreach (var set in model.ValueSets)
        {
            valueSets[set.Name] = EnumNames(root, set.Name, set.Members);
        }

        foreach (var fact in model.Facts.Where(f => f.Kind == FactKind.Enumeration && f.Derivation is null))
        {
            _facts[fact.Name] = fact.ValueSet is { } set && valueSets.TryGetValue(set, out var shared)
                ? shared
                : EnumNames(root, fact.Name, fact.Members);
        }

        ValueSets = valueSets;

        var profileScope = NameScope.ForType(ProfileClass, "CaseType", "TrySetFact", "DeriveFacts");
        foreach (var fact in model.Facts)
        {
            var property = profileScope.Take(CSharpNames.Pascal(fact.Name));
            _facts[fact.Name] = _facts.TryGetValue(fact.Name, out var existing)
                ? existing with { Property = property }
                : new FactNames(property, null, null, new Dictionary<string, string>(StringComparer.Ordinal));
        }

        var caseTypeScope = new NameScope("value__");
        var caseTypeMembers = model.CaseTypes.Select(c => caseTypeScope.Take(CSharpNames.Pascal(c.Name))).ToList();
        for (var i = 0; i < model.CaseTypes.Count; i++)
        {
            var caseType = model.CaseTypes[i];
            var pascal = CSharpNames.Pascal(caseType.Name).TrimStart('@');
            _caseTypes[caseType.Name] = new CaseTypeNames(caseTypeMembers[i], root.Take(pascal + "Profile"), root.Take(pascal + "Assessment"));
        }

        Domains = model.Domains.Select(d => d.HasCaseSample ? DomainNames.Create(d, root) : null).ToImmutableArray();

        var frameworkScope = NameScope.ForType(FrameworkClass, FrameworkClassMembers);
        foreach (var table in model.BandTables)
        {
            _bandTables[table.Name] = frameworkScope.Take(CSharpNames.Pascal(table.Name));
        }

        var judgementScope = NameScope.ForType(JudgementsClass, "TrySet", "Clear", "RatingOf");
        var judgements = new Dictionary<(int, int), string>();
        for (var d = 0; d < model.Domains.Count; d++)
        {
            var domain = model.Domains[d];
            for (var s = 0; s < domain.Standards.Count; s++)
            {
                var standard = domain.Standards[s];
                if (standard.Rule != RatingRule.LowestKeyQuestion)
                {
                    // Standard names are unique only within their domain: a clash takes the domain's name too.
                    var plain = CSharpNames.Pascal(standard.Name);
                    var candidate = judgementScope.IsTaken(plain) ? CSharpNames.Pascal(domain.Name + "_" + standard.Name) : plain;
                    judgements[(d, s)] = judgementScope.Take(candidate);
                }
            }
        }

        JudgementProperties = judgements;

        // Last, so that adding the typed results renamed nothing that was generated before them.
        ResultsClass = root.Take(stem + "Results");
        Results = ResultNames.Create(model, ResultsClass);
    }

    /// <summary>Members the framework class declares itself; band tables are named around them.</summary>
    public static readonly string[] FrameworkClassMembers =
    {
        "Name", "Title", "Version", "Publisher", "Effective", "Guidance", "ContentHash", "GeneratorVersion",
        "Levels", "Items", "FactLabels", "SourceTitles", "FindItem",
    };

    public string Namespace { get; }

    /// <summary>The framework's name in PascalCase, for file names.</summary>
    public string FileStem { get; }

    public string FrameworkClass { get; }

    public string LabelsClass { get; }

    public string LabelsClassQualified => Qualify(LabelsClass);

    public string ValidatorClass { get; }

    public string ScorerClass { get; }

    public string JudgementsClass { get; }

    public string ProfileClass { get; }

    /// <summary>The classes of prompts answered yes / no (/ not applicable), with text, with a number.</summary>
    public string ChoicePromptClass { get; }

    public string TextPromptClass { get; }

    public string NumberPromptClass { get; }

    public string CaseTypeEnum { get; }

    public string ScaleEnum { get; }

    /// <summary>Per domain (framework order): its names, or null for a domain without case types (no form).</summary>
    public ImmutableArray<DomainNames?> Domains { get; }

    /// <summary>The class of the typed view of a scored inspection.</summary>
    public string ResultsClass { get; }

    /// <summary>Names within the typed results: every domain (judgement ones too), standard and key question.</summary>
    public ResultNames Results { get; }

    /// <summary>The judgement input property of each standard not rated from key questions, by (domain, standard) index.</summary>
    public IReadOnlyDictionary<(int Domain, int Standard), string> JudgementProperties { get; }

    public string Qualify(string typeName) => "global::" + Namespace + "." + typeName;

    /// <summary>The enum of each shared value set, by the set's name.</summary>
    public IReadOnlyDictionary<string, FactNames> ValueSets { get; }

    private FactNames EnumNames(NameScope root, string name, EquatableArray<EnumMemberModel> values)
    {
        var enumType = root.Take(CSharpNames.Pascal(name));
        var memberScope = new NameScope("value__");
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in values)
        {
            members[member.Name] = memberScope.Take(CSharpNames.Pascal(member.Name));
        }

        return new FactNames(string.Empty, enumType, Qualify(enumType), members);
    }

    public FactNames Fact(string name) =>
        _facts.TryGetValue(name, out var fact) ? fact : throw new ArgumentException($"The model refers to an undeclared fact '{name}'. Emit only models of frameworks without errors.");

    public string Level(string name) =>
        _levels.TryGetValue(name, out var level) ? level : throw new ArgumentException($"The model refers to an undeclared level '{name}'. Emit only models of frameworks without errors.");

    public CaseTypeNames CaseType(string name) =>
        _caseTypes.TryGetValue(name, out var names) ? names : throw new ArgumentException($"The model refers to an undeclared case type '{name}'. Emit only models of frameworks without errors.");

    public string BandTable(string name) =>
        _bandTables.TryGetValue(name, out var property) ? property : throw new ArgumentException($"The model refers to an undeclared band table '{name}'. Emit only models of frameworks without errors.");
}

/// <summary>A fact's profile property and, for an enumeration, its enum type and member names.</summary>
internal sealed record FactNames(string Property, string? EnumType, string? EnumQualified, IReadOnlyDictionary<string, string> Members)
{
    public string MemberExpression(string member) =>
        Members.TryGetValue(member, out var name)
            ? EnumQualified + "." + name
            : throw new ArgumentException($"The model refers to an undeclared member '{member}'. Emit only models of frameworks without errors.");
}

internal sealed record CaseTypeNames(string Member, string ProfileClass, string FormClass);

/// <summary>The type of a form section or item and the property that holds it in its parent.</summary>
internal sealed record ItemNames(string Property, string TypeName);

/// <summary>Names within a domain's section class: its standards, their key questions and prompts.</summary>
internal sealed class DomainNames
{
    // Members of the runtime's FormItem/ChoiceItem/TextItem/NumberItem that item classes inherit,
    // and the Profile every section and item class declares.
    private static readonly string[] FormItemMembers =
    {
        "Applies", "IsAnswered", "Number", "Name", "Path", "Wording", "AnswerType", "RationaleRequired",
        "Rationale", "Answer", "Allows", "Evidence", "Value", "Profile",
    };

    private static readonly HashSet<string> ItemReserved = NameScope.Reserve(FormItemMembers);

    private DomainNames(string typeName, ImmutableArray<StandardNames> standards)
    {
        TypeName = typeName;
        Standards = standards;
    }

    public string TypeName { get; }

    public ImmutableArray<StandardNames> Standards { get; }

    public static DomainNames Create(DomainModel domain, NameScope root)
    {
        var typeName = root.Take(CSharpNames.Pascal(domain.Name).TrimStart('@') + "Domain");
        // Sheet: the section's AnswerSheet, which its items record in and the validator and scorer read.
        var domainScope = NameScope.ForType(typeName, "Applies", "Profile", "Sheet");
        var standards = ImmutableArray.CreateBuilder<StandardNames>();
        foreach (var standard in domain.Standards)
        {
            var standardItem = Take(domainScope, standard.Name, "Standard");
            var standardScope = NameScope.ForType(standardItem.TypeName, "Applies", "Profile");
            var questions = ImmutableArray.CreateBuilder<KeyQuestionNames>();
            foreach (var question in standard.KeyQuestions)
            {
                var questionItem = Take(standardScope, question.Name, "KeyQuestion");
                var questionScope = NameScope.ForType(questionItem.TypeName, ItemReserved);
                // Prompts are properties of the shared prompt classes: a name each, no type of their own.
                var prompts = question.Prompts.Select(p => questionScope.Take(CSharpNames.Pascal(p.Name))).ToImmutableArray();
                questions.Add(new KeyQuestionNames(questionItem, prompts));
            }

            standards.Add(new StandardNames(standardItem, questions.ToImmutable()));
        }

        return new DomainNames(typeName, standards.ToImmutable());
    }

    // The property first, then its type: `x` gives X / XKeyQuestion, and a later `x_key_question` gets XKeyQuestion2.
    // Type names end in Standard or KeyQuestion (and a number, if taken), Domain at namespace level:
    // the suffixes never coincide, so a nested type can never shadow an enclosing one, and generated
    // code may name its enclosing and nested section types by their simple names.
    private static ItemNames Take(NameScope scope, string name, string typeSuffix)
    {
        var pascal = CSharpNames.Pascal(name);
        var property = scope.Take(pascal);
        var typeName = scope.Take(pascal.TrimStart('@') + typeSuffix);
        return new ItemNames(property, typeName);
    }
}

internal sealed record StandardNames(ItemNames Item, ImmutableArray<KeyQuestionNames> KeyQuestions);

internal sealed record KeyQuestionNames(ItemNames Item, ImmutableArray<string> Prompts);

/// <summary>
/// Names within the typed results class: a property and a nested class per domain and standard (the
/// class named after it with Results, numbered where taken), a property per key question. Each class's
/// own members (the runtime score's, forwarded) are reserved first.
/// </summary>
internal sealed record ResultNames(ImmutableArray<ResultDomainNames> Domains)
{
    /// <summary>What the results class, a domain's and a standard's results class declare themselves.</summary>
    public static readonly string[] RootMembers = { "Score", "TotalPoints", "MaxPoints", "Overall", "Scores", "From" };

    public static readonly string[] StandardMembers = { "Score", "Number", "Name", "Kind", "Computed", "DecidingPercentage", "Final", "Rationale", "DiscretionApplied", "KeyQuestions" };

    public static ResultNames Create(FrameworkModel model, string resultsClass)
    {
        var rootScope = NameScope.ForType(resultsClass, RootMembers);
        var domains = ImmutableArray.CreateBuilder<ResultDomainNames>();
        foreach (var domain in model.Domains)
        {
            var domainItem = Take(rootScope, domain.Name);
            var domainScope = NameScope.ForType(domainItem.TypeName);
            var standards = ImmutableArray.CreateBuilder<ResultStandardNames>();
            foreach (var standard in domain.Standards)
            {
                var standardItem = Take(domainScope, standard.Name);
                var standardScope = NameScope.ForType(standardItem.TypeName, StandardMembers);
                standards.Add(new ResultStandardNames(standardItem, standard.KeyQuestions.Select(q => standardScope.Take(CSharpNames.Pascal(q.Name))).ToImmutableArray()));
            }

            domains.Add(new ResultDomainNames(domainItem, standards.ToImmutable()));
        }

        return new ResultNames(domains.ToImmutable());
    }

    private static ItemNames Take(NameScope scope, string name)
    {
        var pascal = CSharpNames.Pascal(name);
        return new ItemNames(scope.Take(pascal), scope.Take(pascal.TrimStart('@') + "Results"));
    }
}

internal sealed record ResultDomainNames(ItemNames Item, ImmutableArray<ResultStandardNames> Standards);

internal sealed record ResultStandardNames(ItemNames Item, ImmutableArray<string> KeyQuestions);
