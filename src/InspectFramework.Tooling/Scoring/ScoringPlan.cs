using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Lowering;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.Scoring;

/// <summary>A fact of the framework as case data records it (or as the evaluator derives it).</summary>
public sealed class PlanFact
{
    internal PlanFact(int index, FactModel model, CompiledCondition? derivation, ImmutableArray<string> caseTypes)
    {
        // Per value, per case type: whether a case of that type may have it (`for court` on the value).
        MemberAllowed = model.Members.Select(m => caseTypes.Select(m.AllowedFor).ToImmutableArray()).ToImmutableArray();
        HasCaseTypedValues = model.HasCaseTypedValues;
        ValueSet = model.ValueSet;
        Index = index;
        Derivation = derivation;
        Name = model.Name;
        Label = model.Label;
        Kind = model.Kind;
        Members = model.Members.Select(m => m.Name).ToImmutableArray();
        MemberLabels = model.Members.Select(m => m.Label).ToImmutableArray();
        IsDerived = model.Derivation is not null;
        ForAnalysis = model.ForAnalysis;
    }

    public int Index { get; }

    public string Name { get; }

    public string Label { get; }

    /// <summary>Derived facts are boolean.</summary>
    public FactKind Kind { get; }

    /// <summary>Enumeration member names; a recorded value is the member's index here.</summary>
    public ImmutableArray<string> Members { get; }

    public ImmutableArray<string> MemberLabels { get; }

    /// <summary>Indexed by member, then by <see cref="ScoringPlan.CaseTypes"/>: whether a case of that type may have the value.</summary>
    public ImmutableArray<ImmutableArray<bool>> MemberAllowed { get; }

    /// <summary>Whether some value is allowed only for some case types.</summary>
    public bool HasCaseTypedValues { get; }

    /// <summary>The shared value set the values come from, or null.</summary>
    public string? ValueSet { get; }

    /// <summary>The values a case of <paramref name="caseType"/> may have, in declaration order.</summary>
    public IEnumerable<string> MembersFor(int caseType) => Members.Where((_, i) => MemberAllowed[i][caseType]);

    /// <summary>Computed from other facts; case data must not record it.</summary>
    public bool IsDerived { get; }

    public bool ForAnalysis { get; }

    internal CompiledCondition? Derivation { get; }

    public int MemberIndex(string name)
    {
        for (var i = 0; i < Members.Length; i++)
        {
            if (string.Equals(Members[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A key question or prompt: something a case answers.</summary>
public sealed class PlanItem
{
    internal PlanItem(int index, string path, string number, string name, string text, bool isPrompt, AnswerKind answers, bool rationaleRequired, int keyQuestionItem, int keyQuestionSlot, int standard, int domain, string findingPath)
    {
        Index = index;
        Path = path;
        Number = number;
        Name = name;
        Text = text;
        IsPrompt = isPrompt;
        Answers = answers;
        RationaleRequired = rationaleRequired;
        KeyQuestionItem = keyQuestionItem;
        KeyQuestionSlot = keyQuestionSlot;
        Standard = standard;
        Domain = domain;
        FindingPath = findingPath;
    }

    public int Index { get; }

    /// <summary>The stable path of names case data uses: "court_disposals.assessment.desistance.victims".</summary>
    public string Path { get; }

    /// <summary>The published number: "2.1.1" or, for a prompt, "2.1.1(g)".</summary>
    public string Number { get; }

    public string Name { get; }

    public string Text { get; }

    public bool IsPrompt { get; }

    public AnswerKind Answers { get; }

    public bool RationaleRequired { get; }

    /// <summary>The item index of the key question (itself, for a key question).</summary>
    public int KeyQuestionItem { get; }

    /// <summary>The key question's position among all key questions (its counters).</summary>
    public int KeyQuestionSlot { get; }

    public int Standard { get; }

    public int Domain { get; }

    /// <summary>How validation findings name the item: "2.1.1" or "2.1.1 / prompt: victims".</summary>
    public string FindingPath { get; }

    /// <summary>What the item takes, as findings say it: "yes or no", "yes, no or not_applicable".</summary>
    public string AllowedAnswers => Answers switch
    {
        AnswerKind.YesNo => "yes or no",
        AnswerKind.YesNoNotApplicable => "yes, no or not_applicable",
        AnswerKind.Text => "with text",
        _ => "with a number",
    };

    internal CompiledCondition? Condition { get; set; }

    /// <summary>Recorded facts the item's own condition reads, directly or through derived facts.</summary>
    internal int[] ConditionFacts { get; set; } = Array.Empty<int>();
}

public sealed class PlanStandard
{
    internal PlanStandard(int index, StandardModel model, string path, int domain, BandTable? bands, DiscretionRule? discretion, ImmutableArray<int> keyQuestions)
    {
        Index = index;
        Number = model.Number;
        Name = model.Name;
        Text = model.Text;
        Statement = model.Statement;
        Path = path;
        Domain = domain;
        Kind = model.Rule switch
        {
            RatingRule.Judgement => StandardRatingKind.Judgement,
            RatingRule.NotRated => StandardRatingKind.NotRated,
            _ => StandardRatingKind.LowestKeyQuestion,
        };
        Bands = bands;
        Discretion = discretion;
        KeyQuestions = keyQuestions;
    }

    public int Index { get; }

    public string Number { get; }

    public string Name { get; }

    public string Text { get; }

    public string? Statement { get; }

    /// <summary>"court_disposals.assessment": how judgements and discretion decisions name it.</summary>
    public string Path { get; }

    public int Domain { get; }

    public StandardRatingKind Kind { get; }

    /// <summary>Rated by judgement or from key questions: it gets a rating and points.</summary>
    public bool IsRated => Kind != StandardRatingKind.NotRated;

    /// <summary>The key question band table (computed standards).</summary>
    public BandTable? Bands { get; }

    public DiscretionRule? Discretion { get; }

    /// <summary>Item indexes of its key questions, in order.</summary>
    public ImmutableArray<int> KeyQuestions { get; }

    internal CompiledCondition? Condition { get; set; }

    internal int[] ConditionFacts { get; set; } = Array.Empty<int>();
}

public sealed class PlanDomain
{
    internal PlanDomain(int index, DomainModel model, ImmutableArray<bool> caseTypes, ImmutableArray<int> standards)
    {
        Index = index;
        Number = model.Number;
        Name = model.Name;
        Text = model.Text;
        CaseTypes = caseTypes;
        Standards = standards;
        HasCaseSample = model.HasCaseSample;
    }

    public int Index { get; }

    public string Number { get; }

    public string Name { get; }

    public string Text { get; }

    /// <summary>Per case type index: whether the domain's items can apply to cases of that type.</summary>
    public ImmutableArray<bool> CaseTypes { get; }

    public ImmutableArray<int> Standards { get; }

    public bool HasCaseSample { get; }

    internal CompiledCondition? Condition { get; set; }

    internal int[] ConditionFacts { get; set; } = Array.Empty<int>();
}

/// <summary>A pooled score: the key questions feeding it, by key question slot (their counters).</summary>
public sealed class PlanScore
{
    internal PlanScore(int index, ScoreModel model, ImmutableArray<int> keyQuestionSlots)
    {
        Index = index;
        Name = model.Name;
        Label = model.Label;
        Rounding = ScoringPlan.ToRounding(model.Rounding);
        Decimals = model.Decimals;
        KeyQuestionSlots = keyQuestionSlots;
    }

    public int Index { get; }

    public string Name { get; }

    public string Label { get; }

    public PercentageRounding Rounding { get; }

    public int Decimals { get; }

    /// <summary>The contributing key questions' slots, in framework order.</summary>
    public ImmutableArray<int> KeyQuestionSlots { get; }
}

/// <summary>
/// Everything the evaluator needs from a framework, worked out once: facts, items and standards in
/// flat arrays with indexes, conditions compiled, derived facts in dependency order, band tables and
/// discretion rules as runtime objects. Scoring a case then only walks arrays.
/// </summary>
public sealed class ScoringPlan
{
    private readonly Dictionary<string, int> _facts;
    private readonly Dictionary<string, int> _items;
    private readonly Dictionary<string, int> _standards;
    private readonly Dictionary<string, int> _levels;
    private readonly Dictionary<string, int> _caseTypes;

    private ScoringPlan(
        FrameworkModel model,
        ImmutableArray<RatingLevel> levels,
        ImmutableArray<string> caseTypes,
        ImmutableArray<string> caseTypeLabels,
        ImmutableArray<PlanFact> facts,
        ImmutableArray<int> derivedOrder,
        ImmutableArray<PlanDomain> domains,
        ImmutableArray<PlanStandard> standards,
        ImmutableArray<PlanItem> items,
        ImmutableArray<int> keyQuestionItems,
        BandTable? overallBands,
        ImmutableArray<PlanScore> scores)
    {
        Model = model;
        Levels = levels;
        CaseTypes = caseTypes;
        CaseTypeLabels = caseTypeLabels;
        Facts = facts;
        DerivedOrder = derivedOrder;
        Domains = domains;
        Standards = standards;
        Items = items;
        KeyQuestionItems = keyQuestionItems;
        OverallBands = overallBands;
        Scores = scores;
        _facts = Index(facts.Select(f => f.Name));
        _items = Index(items.Select(i => i.Path));
        _standards = Index(standards.Select(s => s.Path));
        _levels = Index(levels.Select(l => l.Name));
        _caseTypes = Index(caseTypes);
        RatedStandards = standards.Count(s => s.IsRated);
        MaxPoints = RatedStandards == 0 ? 0 : RatedStandards * levels.Max(l => l.Points);
    }

    public FrameworkModel Model { get; }

    /// <summary>The rating scale, lowest first; empty for a framework that rates nothing.</summary>
    public ImmutableArray<RatingLevel> Levels { get; }

    public ImmutableArray<string> CaseTypes { get; }

    public ImmutableArray<string> CaseTypeLabels { get; }

    public ImmutableArray<PlanFact> Facts { get; }

    /// <summary>Derived facts, each after the derived facts it reads.</summary>
    internal ImmutableArray<int> DerivedOrder { get; }

    public ImmutableArray<PlanDomain> Domains { get; }

    public ImmutableArray<PlanStandard> Standards { get; }

    /// <summary>Key questions and prompts in framework order (a key question, then its prompts).</summary>
    public ImmutableArray<PlanItem> Items { get; }

    /// <summary>Item index of each key question, by key question slot.</summary>
    public ImmutableArray<int> KeyQuestionItems { get; }

    /// <summary>The overall band table; null for a framework that rates nothing.</summary>
    public BandTable? OverallBands { get; }

    /// <summary>The pooled scores, in declaration order.</summary>
    public ImmutableArray<PlanScore> Scores { get; }

    /// <summary>Standards rated by judgement or from key questions (not the <c>not rated</c> ones).</summary>
    public int RatedStandards { get; }

    /// <summary>The highest total: rated standards times the highest level's points (0 when nothing is rated).</summary>
    public int MaxPoints { get; }

    public int FindFact(string name) => _facts.TryGetValue(name, out var i) ? i : -1;

    public int FindItem(string path) => _items.TryGetValue(path, out var i) ? i : -1;

    public int FindStandard(string path) => _standards.TryGetValue(path, out var i) ? i : -1;

    public int FindLevel(string name) => _levels.TryGetValue(name, out var i) ? i : -1;

    public int FindCaseType(string name) => _caseTypes.TryGetValue(name, out var i) ? i : -1;

    /// <summary>An item path to show in messages: the first item of a domain with a case sample.</summary>
    public string ExampleItemPath => (Items.FirstOrDefault(i => Domains[i.Domain].HasCaseSample) ?? Items.FirstOrDefault())?.Path ?? "domain.standard.key_question";

    /// <summary>A standard path to show in messages.</summary>
    public string ExampleStandardPath => (Standards.FirstOrDefault(s => Domains[s.Domain].HasCaseSample) ?? Standards.FirstOrDefault())?.Path ?? "domain.standard";

    public string? SuggestFact(string name) => NameSuggester.Suggest(name, Facts.Where(f => !f.IsDerived).Select(f => f.Name));

    public string? SuggestItem(string path) => NameSuggester.Suggest(path, Items.Select(i => i.Path));

    public string? SuggestStandard(string path) => NameSuggester.Suggest(path, Standards.Select(s => s.Path));

    public string? SuggestLevel(string name) => NameSuggester.Suggest(name, Levels.Select(l => l.Name));

    public string? SuggestCaseType(string name) => NameSuggester.Suggest(name, CaseTypes);

    /// <summary>
    /// Builds the plan from a model that <see cref="FrameworkLowering"/> made from a framework without
    /// errors. Nothing the checker proved (band tables covering their range with the right measure, a
    /// scale and an overall rule where standards are rated) is checked again, and nothing here can fail
    /// for such a model.
    /// </summary>
    /// <exception cref="ArgumentException">The model was put together some other way and is not one
    /// lowering makes: a reference does not resolve, or the derived-fact order is not a dependency order.</exception>
    public static ScoringPlan Create(FrameworkModel model)
    {
        var levels = (model.Scale?.Levels ?? EquatableArray<LevelModel>.Empty)
            .OrderBy(l => l.Ordinal)
            .Select(l => new RatingLevel(l.Name, l.Label, l.Points, l.Ordinal))
            .ToImmutableArray();
        var levelByName = levels.ToDictionary(l => l.Name, StringComparer.Ordinal);
        var tables = new Dictionary<string, BandTable>(StringComparer.Ordinal);
        foreach (var table in model.BandTables)
        {
            tables[table.Name] = ToBandTable(table, levelByName);
        }

        var caseTypes = model.CaseTypes.Select(c => c.Name).ToImmutableArray();
        var caseTypeIndex = Index(caseTypes);

        // Derived facts in the model's order, so that each reads only derived facts already worked out.
        var factModels = model.Facts.ToList();
        var factIndex = Index(factModels.Select(f => f.Name));
        var derivations = new CompiledCondition?[factModels.Count];
        var recordedReads = new int[factModels.Count][];
        var derivedOrder = ImmutableArray.CreateBuilder<int>(model.DerivedFactOrder.Count);
        foreach (var name in model.DerivedFactOrder)
        {
            var i = factIndex.TryGetValue(name, out var found) && factModels[found].Derivation is not null && derivations[found] is null
                ? found
                : throw NotLowered($"its derived-fact order names '{name}', which is not a derived fact or comes twice");
            var reads = new HashSet<int>();
            derivations[i] = ConditionCompiler.Compile(factModels[i].Derivation!, factIndex, factModels, reads);
            recordedReads[i] = reads.SelectMany(f => factModels[f].Derivation is null ? new[] { f }
                : recordedReads[f] ?? throw NotLowered($"its derived-fact order puts '{name}' before '{factModels[f].Name}', which it uses"))
                .Distinct().OrderBy(f => f).ToArray();
            derivedOrder.Add(i);
        }

        if (derivedOrder.Count != factModels.Count(f => f.Derivation is not null))
        {
            throw NotLowered("its derived-fact order leaves out some derived facts");
        }

        var facts = factModels.Select((f, i) => new PlanFact(i, f, derivations[i], caseTypes)).ToImmutableArray();

        int[] RecordedFactsOf(HashSet<int> read) =>
            read.SelectMany(f => facts[f].IsDerived ? recordedReads[f] : new[] { f }).Distinct().OrderBy(f => f).ToArray();

        (CompiledCondition? Condition, int[] Facts) CompileOptional(ConditionModel? condition)
        {
            if (condition is null)
            {
                return (null, Array.Empty<int>());
            }

            var read = new HashSet<int>();
            var compiled = ConditionCompiler.Compile(condition, factIndex, factModels, read);
            return (compiled, RecordedFactsOf(read));
        }

        var overallBands = model.Overall is { } overallRule
            ? tables.TryGetValue(overallRule.Bands, out var overall) ? overall : throw NotLowered($"its overall rule names an undeclared band table '{overallRule.Bands}'")
            : null;

        var domains = ImmutableArray.CreateBuilder<PlanDomain>();
        var standards = ImmutableArray.CreateBuilder<PlanStandard>();
        var items = ImmutableArray.CreateBuilder<PlanItem>();
        var keyQuestionItems = ImmutableArray.CreateBuilder<int>();
        var scoreIndex = Index(model.Scores.Select(s => s.Name));
        var scoreSlots = model.Scores.Select(_ => ImmutableArray.CreateBuilder<int>()).ToList();
        foreach (var domain in model.Domains)
        {
            var domainIndex = domains.Count;
            var standardIndexes = ImmutableArray.CreateBuilder<int>();
            foreach (var standard in domain.Standards)
            {
                var standardIndex = standards.Count;
                standardIndexes.Add(standardIndex);
                BandTable? bands = null;
                if (standard.Rule == RatingRule.LowestKeyQuestion && (standard.Bands is null || !tables.TryGetValue(standard.Bands, out bands)))
                {
                    throw NotLowered($"standard {standard.Number} is rated by key questions but names no declared band table");
                }
                else if (standard.Rule == RatingRule.None)
                {
                    throw NotLowered($"standard {standard.Number} has no rating rule");
                }

                var discretion = standard.Discretion is { } d
                    ? new DiscretionRule(d.RationaleRequired, d.Moves.Select(m => new DiscretionMove(levelByName[m.From], levelByName[m.To], m.WithinPoints)).ToImmutableArray())
                    : null;
                var keyQuestionIndexes = ImmutableArray.CreateBuilder<int>();
                foreach (var question in standard.KeyQuestions)
                {
                    var questionItem = items.Count;
                    var slot = keyQuestionItems.Count;
                    keyQuestionItems.Add(questionItem);
                    keyQuestionIndexes.Add(questionItem);
                    foreach (var score in question.Scores)
                    {
                        if (!scoreIndex.TryGetValue(score, out var s))
                        {
                            throw NotLowered($"key question {question.Number} contributes to an undeclared score '{score}'");
                        }

                        scoreSlots[s].Add(slot);
                    }

                    var questionPath = $"{domain.Name}.{standard.Name}.{question.Name}";
                    var (qc, qf) = CompileOptional(question.Condition);
                    items.Add(new PlanItem(questionItem, questionPath, question.Number, question.Name, question.Text, false, question.Answers, question.RationaleRequired, questionItem, slot, standardIndex, domainIndex, Findings.PathOf(question.Number))
                    {
                        Condition = qc,
                        ConditionFacts = qf,
                    });
                    foreach (var prompt in question.Prompts)
                    {
                        var (pc, pf) = CompileOptional(prompt.Condition);
                        items.Add(new PlanItem(items.Count, $"{questionPath}.{prompt.Name}", prompt.Number, prompt.Name, prompt.Text, true, prompt.Answers, prompt.RationaleRequired, questionItem, slot, standardIndex, domainIndex, Findings.PathOf(question.Number, prompt.Name))
                        {
                            Condition = pc,
                            ConditionFacts = pf,
                        });
                    }
                }

                var (sc, sf) = CompileOptional(standard.Condition);
                standards.Add(new PlanStandard(standardIndex, standard, $"{domain.Name}.{standard.Name}", domainIndex, bands, discretion, keyQuestionIndexes.ToImmutable())
                {
                    Condition = sc,
                    ConditionFacts = sf,
                });
            }

            var caseTypeMask = new bool[caseTypes.Length];
            foreach (var caseType in domain.CaseTypes)
            {
                if (!caseTypeIndex.TryGetValue(caseType, out var c))
                {
                    throw NotLowered($"domain {domain.Number} names an undeclared case type '{caseType}'");
                }

                caseTypeMask[c] = true;
            }

            var (dc, df) = CompileOptional(domain.Condition);
            domains.Add(new PlanDomain(domainIndex, domain, caseTypeMask.ToImmutableArray(), standardIndexes.ToImmutable())
            {
                Condition = dc,
                ConditionFacts = df,
            });
        }

        return new ScoringPlan(
            model,
            levels,
            caseTypes,
            model.CaseTypes.Select(c => c.Label).ToImmutableArray(),
            facts,
            derivedOrder.MoveToImmutable(),
            domains.ToImmutable(),
            standards.ToImmutable(),
            items.ToImmutable(),
            keyQuestionItems.ToImmutable(),
            overallBands,
            model.Scores.Select((s, i) => new PlanScore(i, s, scoreSlots[i].ToImmutable())).ToImmutableArray());
    }

    internal static PercentageRounding ToRounding(RoundingMode rounding) => rounding switch
    {
        RoundingMode.HalfUp => PercentageRounding.HalfUp,
        RoundingMode.HalfEven => PercentageRounding.HalfEven,
        RoundingMode.Down => PercentageRounding.Down,
        _ => PercentageRounding.Up,
    };

    private static BandTable ToBandTable(BandTableModel table, Dictionary<string, RatingLevel> levels)
    {
        var rounding = ToRounding(table.Rounding);
        var bands = table.Bands.Select(b => new Band(
            levels.TryGetValue(b.Level, out var level) ? level : throw NotLowered($"band table '{table.Name}' names an undeclared level '{b.Level}'"),
            b.Low,
            b.High)).ToImmutableArray();
        return new BandTable(table.Name, rounding, table.Decimals, bands);
    }

    // A model put together other than by lowering a checked framework: a mistake in the calling code.
    private static ArgumentException NotLowered(string what) =>
        new($"The model cannot be scored: {what}. Score only models that FrameworkLowering made from a framework without errors.", "model");

    private static Dictionary<string, int> Index(IEnumerable<string> names)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var name in names)
        {
            if (!result.ContainsKey(name))
            {
                result[name] = i;
            }

            i++;
        }

        return result;
    }
}
