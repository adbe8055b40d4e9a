using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Emit;

/// <summary>Prepares the <see cref="FrameworkView"/> from the model: every name, and the data templates write as C#.</summary>
internal sealed class ViewModelBuilder
{
    private readonly FrameworkModel _model;
    private readonly EmitNames _names;
    private readonly ConditionViews _conditions;
    private readonly IReadOnlyDictionary<string, string> _derivedFields;
    private readonly ConditionViews _derivations;
    private readonly Dictionary<string, int> _levelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sourceTitles = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _factIndexes;

    // The recorded facts each derived fact is derived from (see ReadRecorded).
    private Dictionary<string, SortedSet<int>>? _recordedReads;

    private ViewModelBuilder(FrameworkModel model, string ns)
    {
        _model = model;
        _names = new EmitNames(model, ns);
        _conditions = new ConditionViews(_names);
        // A derived fact's property is Pascal case, so '_' and camel case names a field no property has.
        _derivedFields = _model.Facts.Where(f => f.Derivation is not null)
            .ToDictionary(f => f.Name, f => "_" + CamelCase(_names.Fact(f.Name).Property.TrimStart('@')), StringComparer.Ordinal);
        _derivations = new ConditionViews(_names, _derivedFields);
        for (var i = 0; i < Levels(model).Count; i++)
        {
            _levelIndex[Levels(model)[i].Name] = i;
        }

        foreach (var source in model.Sources)
        {
            _sourceTitles[source.Name] = source.Title;
        }
    }

    // A framework that rates nothing has no scale: it is emitted with no levels.
    private static EquatableArray<LevelModel> Levels(FrameworkModel model) => model.Scale?.Levels ?? EquatableArray<LevelModel>.Empty;

    public static (FrameworkView View, string FileStem) Build(FrameworkModel model, string ns, string generatorVersion)
    {
        var builder = new ViewModelBuilder(model, ns);
        return (builder.Build(generatorVersion), builder._names.FileStem);
    }

    private FrameworkView Build(string generatorVersion)
    {
        var names = _names;
        var scoring = BuildScoring();
        if (_model.DerivedFactOrder.Count != _derivedFields.Count)
        {
            // The profile derives exactly the facts in this order; one left out would never be set.
            throw new ArgumentException("The model's derived-fact order does not name every derived fact. Emit only lowered models.");
        }

        var facts = _model.Facts.Select(BuildFact).ToImmutableArray();
        var factIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Length; i++)
        {
            factIndex[_model.Facts[i].Name] = i;
        }

        return new FrameworkView
        {
            Namespace = names.Namespace,
            FrameworkClass = names.FrameworkClass,
            LabelsClass = names.LabelsClass,
            ValidatorClass = names.ValidatorClass,
            ScorerClass = names.ScorerClass,
            JudgementsClass = names.JudgementsClass,
            ProfileClass = names.ProfileClass,
            ChoicePromptClass = names.ChoicePromptClass,
            TextPromptClass = names.TextPromptClass,
            NumberPromptClass = names.NumberPromptClass,
            CaseTypeEnum = names.CaseTypeEnum,
            ScaleEnum = names.ScaleEnum,
            FrameworkType = names.Qualify(names.FrameworkClass),
            LabelsType = names.Qualify(names.LabelsClass),
            ValidatorType = names.Qualify(names.ValidatorClass),
            JudgementsType = names.Qualify(names.JudgementsClass),
            ProfileType = names.Qualify(names.ProfileClass),
            CaseTypeType = names.Qualify(names.CaseTypeEnum),
            ScaleType = names.Qualify(names.ScaleEnum),
            FrameworkDoc = Doc(_model.Title, FrameworkRemarks()),
            Name = _model.Name,
            Title = _model.Title,
            Version = _model.Version,
            Publisher = _model.Publisher,
            Effective = _model.Effective,
            Guidance = _model.Guidance,
            ContentHash = _model.ContentHash,
            GeneratorVersion = generatorVersion,
            ScaleDoc = _model.Scale is { } scale
                ? Doc($"{scale.Label ?? scale.Name}: the levels of the rating scale, from the lowest to the highest.", new[] { $"Scale {scale.Name}." })
                : Doc("Rating: no levels.", new[] { "The framework rates no standard (every standard is not rated), so it has no rating scale." }),
            Levels = BuildLevels(),
            MaxLevelPoints = MaxLevelPoints,
            MaxPoints = RatedStandards * MaxLevelPoints,
            HasTotal = RatedStandards > 0,
            BandTables = _model.BandTables.Select(BuildBandTable).ToImmutableArray(),
            OverallBandsProperty = _model.Overall is { } overall ? names.BandTable(overall.Bands) : string.Empty,
            HasOverall = _model.Overall is not null,
            Items = BuildMetadataItems(),
            FactLabels = KeyValues(_model.Facts.Select(f => (f.Name, f.Label))),
            SourceTitles = KeyValues(_model.Sources.Select(s => (s.Name, s.Title))),
            FactEnums = BuildFactEnums(),
            Facts = facts,
            DerivedFacts = _model.DerivedFactOrder.Select(name => facts[factIndex[name]]).ToImmutableArray(),
            HasDerivedFacts = _model.DerivedFactOrder.Count > 0,
            IntegerFacts = facts.Where(f => f.IsInteger).ToImmutableArray(),
            HasIntegerFacts = facts.Any(f => f.IsInteger),
            CaseTypes = BuildCaseTypes(),
            Domains = scoring.Domains,
            Standards = scoring.Standards,
            Judgements = scoring.Judgements,
            ScoredKeyQuestions = scoring.KeyQuestions,
            DiscretionRules = scoring.Rules,
            Scores = scoring.Scores,
            ResultsClass = names.ResultsClass,
            ResultDomains = BuildResultDomains(),
        };
    }

    private int MaxLevelPoints => Levels(_model).Count == 0 ? 0 : Levels(_model).Max(l => l.Points);

    private int RatedStandards => _model.Domains.SelectMany(d => d.Standards).Count(s => s.Rule != RatingRule.NotRated);

    private IEnumerable<string> FrameworkRemarks()
    {
        yield return $"Framework {_model.Name}, version {_model.Version}, published by {_model.Publisher}, effective {_model.Effective}.";
        yield return $"Content hash {_model.ContentHash}.";
        if (_model.Guidance is not null)
        {
            yield return "Guidance: " + _model.Guidance;
        }
    }

    private ImmutableArray<LevelView> BuildLevels()
    {
        var levels = Levels(_model);
        return levels.Select((level, i) =>
        {
            var member = _names.Level(level.Name);
            return new LevelView
            {
                Member = member,
                Qualified = _names.Qualify(_names.ScaleEnum) + "." + member,
                Value = level.Ordinal,
                Index = i,
                Name = level.Name,
                Label = level.Label,
                Points = level.Points,
                Doc = Doc(level.Label, new[] { $"Level {level.Name}: {Points(level.Points)}." }),
            };
        }).ToImmutableArray();
    }

    private static string CamelCase(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

    private static string Points(int points) => points == 1 ? "1 point" : $"{CSharpText.IntLiteral(points)} points";

    private BandTableView BuildBandTable(BandTableModel table)
    {
        var measure = table.Measure == BandMeasure.Percentage
            ? $"Percentages are rounded {RoundingText(table.Rounding)} to {CSharpText.IntLiteral(table.Decimals)} decimal place{(table.Decimals == 1 ? string.Empty : "s")}, then banded"
            : "Points are banded";
        var rows = table.Bands.Select(b => $"{b.Level} {Edge(b.Low, table.Measure)} to {Edge(b.High, table.Measure)}");
        return new BandTableView
        {
            Property = _names.BandTable(table.Name),
            Name = table.Name,
            Rounding = Rounding(table.Rounding),
            Decimals = table.Decimals,
            Bands = table.Bands.Select(b => new BandView
            {
                LevelIndex = LevelIndex(b.Level),
                Low = b.Low,
                High = b.High,
            }).ToImmutableArray(),
            Doc = Doc($"Band table {table.Name}{(table.Label is null ? string.Empty : $": {table.Label}")}.", new[] { $"{measure}: {string.Join("; ", rows)}." }),
        };
    }

    // The runtime's PercentageRounding member.
    private static string Rounding(RoundingMode rounding) => rounding switch
    {
        RoundingMode.HalfUp => "HalfUp",
        RoundingMode.HalfEven => "HalfEven",
        RoundingMode.Down => "Down",
        _ => "Up",
    };

    private static string Edge(decimal value, BandMeasure measure) =>
        value.ToString(System.Globalization.CultureInfo.InvariantCulture) + (measure == BandMeasure.Percentage ? "%" : string.Empty);

    private static string RoundingText(RoundingMode rounding) => rounding switch
    {
        RoundingMode.HalfUp => "half up",
        RoundingMode.HalfEven => "half to even",
        RoundingMode.Down => "down",
        _ => "up",
    };

    private int LevelIndex(string level) =>
        _levelIndex.TryGetValue(level, out var index) ? index : throw new ArgumentException($"The model refers to an undeclared level '{level}'. Emit only models of frameworks without errors.");

    private ImmutableArray<MetadataItemView> BuildMetadataItems()
    {
        var items = new List<MetadataItemView>();
        foreach (var domain in _model.Domains)
        {
            items.Add(Metadata("Domain", domain.Number, domain.Name, domain.Text, null, domain.Guidance, null));
            foreach (var standard in domain.Standards)
            {
                items.Add(Metadata("Standard", standard.Number, standard.Name, standard.Text, standard.Statement, standard.Guidance, domain.Number));
                foreach (var question in standard.KeyQuestions)
                {
                    items.Add(Metadata("KeyQuestion", question.Number, question.Name, question.Text, null, question.Guidance, standard.Number));
                    foreach (var prompt in question.Prompts)
                    {
                        items.Add(Metadata("Prompt", prompt.Number, prompt.Name, prompt.Text, null, prompt.Guidance, question.Number));
                    }
                }
            }
        }

        return items.ToImmutableArray();
    }

    private static MetadataItemView Metadata(string kind, string number, string name, string wording, string? statement, string? guidance, string? parent) => new()
    {
        Kind = kind,
        Number = number,
        Name = name,
        Wording = wording,
        Statement = statement,
        Guidance = guidance,
        Parent = parent,
    };

    private static ImmutableArray<KeyValueView> KeyValues(IEnumerable<(string Key, string Value)> pairs) =>
        pairs.Select(p => new KeyValueView
        {
            Key = p.Key,
            Value = p.Value,
        }).ToImmutableArray();

    // The shared value sets' enums first, then those of the facts with values of their own.
    private ImmutableArray<EnumView> BuildFactEnums() =>
        _model.ValueSets.Select(set =>
        {
            var names = _names.ValueSets[set.Name];
            var facts = string.Join(", ", _model.Facts.Where(f => f.ValueSet == set.Name).Select(f => f.Name));
            return new EnumView
            {
                TypeName = names.EnumType!,
                Qualified = names.EnumQualified!,
                Doc = Doc(set.Label, new[] { $"The values of value set {set.Name}, shared by facts {facts}." }),
                Members = EnumMembers(set.Members, names, $"value set {set.Name}"),
            };
        }).Concat(_model.Facts.Where(f => f.Kind == FactKind.Enumeration && f.Derivation is null && f.ValueSet is null).Select(fact =>
        {
            var names = _names.Fact(fact.Name);
            return new EnumView
            {
                TypeName = names.EnumType!,
                Qualified = names.EnumQualified!,
                Doc = Doc(fact.Label, new[] { $"The values of fact {fact.Name}." }),
                Members = EnumMembers(fact.Members, names, $"fact {fact.Name}"),
            };
        })).ToImmutableArray();

    private static ImmutableArray<EnumMemberView> EnumMembers(EquatableArray<EnumMemberModel> values, FactNames names, string owner) =>
        values.Select((member, i) => new EnumMemberView
        {
            Member = names.Members[member.Name],
            Qualified = names.MemberExpression(member.Name),
            Value = i,
            Name = member.Name,
            Label = member.Label,
            Doc = Doc(member.Label, new[] { $"Value {member.Name} of {owner}." }),
        }).ToImmutableArray();

    // The typed results: the runtime's InspectionScore lists every standard in framework order, and each
    // standard its key questions, so a member reads its score by position.
    private ImmutableArray<ResultDomainView> BuildResultDomains()
    {
        var domains = ImmutableArray.CreateBuilder<ResultDomainView>();
        var standardIndex = 0;
        for (var d = 0; d < _model.Domains.Count; d++)
        {
            var domain = _model.Domains[d];
            var domainNames = _names.Results.Domains[d];
            var standards = ImmutableArray.CreateBuilder<ResultStandardView>();
            for (var s = 0; s < domain.Standards.Count; s++)
            {
                var standard = domain.Standards[s];
                var standardNames = domainNames.Standards[s];
                standards.Add(new ResultStandardView
                {
                    Property = standardNames.Item.Property,
                    TypeName = standardNames.Item.TypeName,
                    Index = standardIndex++,
                    Doc = Doc($"Standard {standard.Number}: {standard.Text}", Array.Empty<string>()),
                    KeyQuestions = standard.KeyQuestions.Select((q, i) => new ResultKeyQuestionView
                    {
                        Property = standardNames.KeyQuestions[i],
                        Index = i,
                        Doc = Doc($"Key question {q.Number}: {q.Text}", Array.Empty<string>()),
                    }).ToImmutableArray(),
                });
            }

            domains.Add(new ResultDomainView
            {
                Property = domainNames.Item.Property,
                TypeName = domainNames.Item.TypeName,
                Doc = Doc($"Domain {domain.Number}: {domain.Text}", Array.Empty<string>()),
                Standards = standards.ToImmutable(),
            });
        }

        return domains.ToImmutable();
    }

    // The recorded facts the conditions read, a derived fact standing for the recorded facts it is derived
    // from, as the evaluator names them in IV0108.
    private ImmutableArray<DecidingFactView> DecidingFacts(params ConditionModel?[] conditions)
    {
        var read = new SortedSet<int>();
        foreach (var condition in conditions)
        {
            ReadRecorded(condition, read);
        }

        return read.Select(i => new DecidingFactView { Index = i, Name = _model.Facts[i].Name, Property = _names.Fact(_model.Facts[i].Name).Property }).ToImmutableArray();
    }

    // Adds the recorded facts a condition reads; a derived fact adds the recorded facts it is derived from,
    // worked out once per derived fact in derivation order (so a long chain of them never recurses).
    private void ReadRecorded(ConditionModel? condition, SortedSet<int> read)
    {
        if (_recordedReads is null)
        {
            _recordedReads = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            foreach (var name in _model.DerivedFactOrder)
            {
                var facts = new SortedSet<int>();
                ReadRecorded(_model.Facts[FactIndex(name)].Derivation, facts);
                _recordedReads[name] = facts;
            }
        }

        switch (condition)
        {
            case FactIsTrueCondition fact:
                ReadFact(fact.Fact);
                break;
            case NotCondition not:
                ReadRecorded(not.Operand, read);
                break;
            case AllCondition all:
                foreach (var operand in all.Operands)
                {
                    ReadRecorded(operand, read);
                }

                break;
            case AnyCondition any:
                foreach (var operand in any.Operands)
                {
                    ReadRecorded(operand, read);
                }

                break;
            case MembershipCondition membership:
                ReadFact(membership.Fact);
                break;
            case SameValueCondition same:
                ReadFact(same.Left);
                ReadFact(same.Right);
                break;
            case EquivalentCondition equivalent:
                ReadRecorded(equivalent.Left, read);
                ReadRecorded(equivalent.Right, read);
                break;
            case IntegerComparisonCondition comparison:
                foreach (var operand in new[] { comparison.Left, comparison.Right })
                {
                    if (operand is IntegerFactOperand fact)
                    {
                        ReadFact(fact.Fact);
                    }
                }

                break;
        }

        void ReadFact(string name)
        {
            if (_recordedReads!.TryGetValue(name, out var derivedFrom))
            {
                read.UnionWith(derivedFrom);
            }
            else
            {
                read.Add(FactIndex(name));
            }
        }
    }

    private int FactIndex(string name)
    {
        if (_factIndexes is null)
        {
            _factIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _model.Facts.Count; i++)
            {
                _factIndexes[_model.Facts[i].Name] = i;
            }
        }

        return _factIndexes.TryGetValue(name, out var index) ? index : throw new ArgumentException($"The model has no fact '{name}'. Emit only lowered models.");
    }

    private FactView BuildFact(FactModel fact)
    {
        var names = _names.Fact(fact.Name);
        var derived = fact.Derivation is not null;
        var remarks = new List<string>
        {
            derived
                ? $"Fact {fact.Name}, derived: {ConditionText.ToSource(fact.Derivation!)}."
                : fact.Kind switch
                {
                    FactKind.Boolean => $"Fact {fact.Name}: true or false.",
                    FactKind.Integer => $"Fact {fact.Name}: a whole number.",
                    _ => $"Fact {fact.Name}: one of {string.Join(", ", fact.Members.Select(m => m.Name))}.",
                },
        };
        if (fact.ForAnalysis)
        {
            remarks.Add("Recorded for analysis; no condition uses it.");
        }

        var isEnum = fact.Kind == FactKind.Enumeration && !derived;
        return new FactView
        {
            Property = names.Property,
            EnumType = isEnum ? names.EnumQualified! : string.Empty,
            Name = fact.Name,
            IsBoolean = !derived && fact.Kind == FactKind.Boolean,
            IsInteger = !derived && fact.Kind == FactKind.Integer,
            IsEnumeration = isEnum,
            IsDerived = derived,
            Field = derived ? _derivedFields[fact.Name] : string.Empty,
            Derivation = derived ? _derivations.View(fact.Derivation!) : null,
            Members = isEnum ? EnumMembers(fact.Members, names, $"fact {fact.Name}") : ImmutableArray<EnumMemberView>.Empty,
            Doc = Doc(fact.Label, remarks),
        };
    }

    private ImmutableArray<RestrictedFactView> RestrictedFacts(string caseType) =>
        _model.Facts
            .Where(f => f.Kind == FactKind.Enumeration && f.Derivation is null && f.Members.Any(m => !m.AllowedFor(caseType)))
            .Select((fact, i) =>
            {
                var names = _names.Fact(fact.Name);
                return new RestrictedFactView
                {
                    Property = names.Property,
                    EnumType = names.EnumQualified!,
                    Name = fact.Name,
                    Local = "restricted" + i.ToString(CultureInfo.InvariantCulture),
                    NotAllowed = fact.Members.Where(m => !m.AllowedFor(caseType)).Select(m => names.MemberExpression(m.Name)).ToImmutableArray(),
                    Allowed = string.Join(", ", fact.Members.Where(m => m.AllowedFor(caseType)).Select(m => m.Name)),
                };
            }).ToImmutableArray();

    private ImmutableArray<CaseTypeView> BuildCaseTypes()
    {
        var result = ImmutableArray.CreateBuilder<CaseTypeView>();
        for (var c = 0; c < _model.CaseTypes.Count; c++)
        {
            var caseType = _model.CaseTypes[c];
            var names = _names.CaseType(caseType.Name);
            var formScope = NameScope.ForType(names.FormClass, "CaseId", "Profile", "Items", "FindItem");
            var sections = ImmutableArray.CreateBuilder<FormSectionView>();
            var items = new List<FormItemPathView>();
            var caseDomainIndex = 0;
            for (var d = 0; d < _model.Domains.Count; d++)
            {
                var domain = _model.Domains[d];
                var domainNames = _names.Domains[d];
                if (domainNames is null)
                {
                    continue;
                }

                if (domain.CaseTypes.Any(t => string.Equals(t, caseType.Name, StringComparison.Ordinal)))
                {
                    var property = formScope.Take(CSharpNames.Pascal(domain.Name));
                    sections.Add(new FormSectionView
                    {
                        Property = property,
                        Type = _names.Qualify(domainNames.TypeName),
                        DomainIndex = caseDomainIndex,
                        Doc = Doc($"Domain {domain.Number}: {domain.Text}", Array.Empty<string>()),
                    });
                    for (var s = 0; s < domain.Standards.Count; s++)
                    {
                        var standardNames = domainNames.Standards[s];
                        for (var q = 0; q < domain.Standards[s].KeyQuestions.Count; q++)
                        {
                            var questionNames = standardNames.KeyQuestions[q];
                            var questionPath = ImmutableArray.Create(property, standardNames.Item.Property, questionNames.Item.Property);
                            items.Add(new FormItemPathView { Properties = questionPath });
                            items.AddRange(questionNames.Prompts.Select(p => new FormItemPathView { Properties = questionPath.Add(p) }));
                        }
                    }
                }

                caseDomainIndex++;
            }

            var domainsText = sections.Count == 0 ? "no domain" : string.Join(", ", _model.Domains.Where(d => d.CaseTypes.Contains(caseType.Name)).Select(d => $"domain {d.Number}"));
            result.Add(new CaseTypeView
            {
                Member = names.Member,
                Qualified = _names.Qualify(_names.CaseTypeEnum) + "." + names.Member,
                Value = c,
                Name = caseType.Name,
                Label = caseType.Label,
                Doc = Doc(caseType.Label, new[] { $"Case type {caseType.Name}." }),
                ProfileClass = names.ProfileClass,
                ProfileType = _names.Qualify(names.ProfileClass),
                ProfileDoc = Doc($"The facts of a case of type {caseType.Label}.", new[] { $"Case type {caseType.Name}." }),
                RestrictedFacts = RestrictedFacts(caseType.Name),
                FormClass = names.FormClass,
                FormType = _names.Qualify(names.FormClass),
                FormDoc = Doc(
                    $"The assessment form of a case of type {caseType.Label}: the answers to every key question and prompt of {domainsText}.",
                    new[] { $"Case type {caseType.Name}. Each item says whether it applies to the case (from the case's facts); validate the form with {_names.ValidatorClass} and score it with {_names.ScorerClass}." }),
                Sections = sections.ToImmutable(),
                Items = items.ToImmutableArray(),
            });
        }

        return result.ToImmutable();
    }

    private sealed record ScoringViews(
        ImmutableArray<DomainView> Domains,
        ImmutableArray<ScoredStandardView> Standards,
        ImmutableArray<JudgementView> Judgements,
        ImmutableArray<ScoredKeyQuestionView> KeyQuestions,
        ImmutableArray<DiscretionRuleView> Rules,
        ImmutableArray<ScoreView> Scores);

    // Domains (form sections), standards, judgements, scored key questions and discretion rules are
    // built in one walk so the counter indices of key questions agree everywhere they are used.
    private ScoringViews BuildScoring()
    {
        var domains = ImmutableArray.CreateBuilder<DomainView>();
        var standards = new List<ScoredStandardView>();
        var judgements = ImmutableArray.CreateBuilder<JudgementView>();
        var keyQuestions = new List<ScoredKeyQuestionView>();
        var rules = new List<DiscretionModel>();
        var scoreCounters = _model.Scores.ToDictionary(score => score.Name, _ => new List<int>(), StringComparer.Ordinal);
        var questionLocal = 0;
        for (var d = 0; d < _model.Domains.Count; d++)
        {
            var domain = _model.Domains[d];
            var domainNames = _names.Domains[d];
            var domainType = domainNames is null ? string.Empty : _names.Qualify(domainNames.TypeName);
            var standardViews = ImmutableArray.CreateBuilder<StandardView>();
            var slots = 0;
            for (var s = 0; s < domain.Standards.Count; s++)
            {
                var standard = domain.Standards[s];
                var computed = standard.Rule == RatingRule.LowestKeyQuestion;
                var notRated = standard.Rule == RatingRule.NotRated;
                var first = keyQuestions.Count;
                var bands = computed && standard.Bands is not null ? _names.BandTable(standard.Bands) : string.Empty;
                var rule = string.Empty;
                if (computed && standard.Discretion is { } discretion)
                {
                    var index = rules.IndexOf(discretion);
                    if (index < 0)
                    {
                        index = rules.Count;
                        rules.Add(discretion);
                    }

                    rule = DiscretionField(index);
                }

                var standardIndex = standards.Count;
                if (standard.Rule == RatingRule.Judgement)
                {
                    judgements.Add(new JudgementView
                    {
                        Property = _names.JudgementProperties[(d, s)],
                        StandardIndex = standardIndex,
                        Number = standard.Number,
                        Doc = Doc($"Standard {standard.Number}: {standard.Text}", StandardRemarks(standard, "The rating recorded by inspectors; null until recorded (the standard then has no rating, so the inspection has no overall rating).")),
                    });
                }

                var standardNames = domainNames?.Standards[s];
                var questionViews = ImmutableArray.CreateBuilder<ItemView>();
                for (var q = 0; q < standard.KeyQuestions.Count; q++)
                {
                    var question = standard.KeyQuestions[q];
                    // Every key question is counted, whatever its standard's rule: a judgement standard's
                    // key questions are reported with their counts (and no percentage: no band table).
                    var counter = keyQuestions.Count;
                    var yesNo = question.Answers is AnswerKind.YesNo or AnswerKind.YesNoNotApplicable;
                    keyQuestions.Add(new ScoredKeyQuestionView
                    {
                        Index = counter,
                        Number = question.Number,
                        Name = question.Name,
                        BandsProperty = bands,
                        Unrated = notRated && yesNo,
                    });
                    foreach (var score in question.Scores)
                    {
                        scoreCounters[score].Add(counter);
                    }

                    if (standardNames is null)
                    {
                        continue;
                    }

                    var questionNames = standardNames.KeyQuestions[q];
                    var kLocal = "k" + CSharpText.IntLiteral(questionLocal++);
                    var questionSlot = slots++;
                    var firstPromptSlot = slots;
                    slots += question.Prompts.Count;
                    var prompts = question.Prompts.Select((prompt, p) => new ItemView
                    {
                        Property = questionNames.Prompts[p],
                        Type = _names.Qualify(prompt.Answers switch
                        {
                            AnswerKind.Text => _names.TextPromptClass,
                            AnswerKind.Number => _names.NumberPromptClass,
                            _ => _names.ChoicePromptClass,
                        }),
                        Number = prompt.Number,
                        Name = prompt.Name,
                        Path = PathOf(question.Number, prompt.Name),
                        Wording = prompt.Text,
                        IsYesNo = prompt.Answers == AnswerKind.YesNo,
                        IsYesNoNotApplicable = prompt.Answers == AnswerKind.YesNoNotApplicable,
                        IsText = prompt.Answers == AnswerKind.Text,
                        IsNumber = prompt.Answers == AnswerKind.Number,
                        IsChoice = prompt.Answers is AnswerKind.YesNo or AnswerKind.YesNoNotApplicable,
                        RationaleRequired = prompt.RationaleRequired,
                        Doc = Doc($"Prompt {prompt.Number} {prompt.Name}: {prompt.Text}", ItemRemarks(prompt.Answers, prompt.RationaleRequired, prompt.Condition, prompt.Guidance, prompt.Provenance)),
                        Condition = _conditions.ViewOrNull(prompt.Condition),
                        Local = kLocal,
                        Slot = firstPromptSlot + p,
                        ListName = "prompt " + prompt.Number,
                        DecidingFacts = DecidingFacts(domain.Condition, standard.Condition, question.Condition, prompt.Condition),
                    }).ToImmutableArray();
                    var localConditions = new[] { domain.Condition, standard.Condition, question.Condition }
                        .Where(c => c is not null).Select(c => _conditions.View(c!)).ToImmutableArray();
                    var summary = $"Key question {question.Number}: {question.Text}";
                    questionViews.Add(new ItemView
                    {
                        Property = questionNames.Item.Property,
                        TypeName = questionNames.Item.TypeName,
                        ParentTypeName = standardNames.Item.TypeName,
                        Number = question.Number,
                        Name = question.Name,
                        Path = PathOf(question.Number, null),
                        Wording = question.Text,
                        IsYesNo = question.Answers == AnswerKind.YesNo,
                        IsYesNoNotApplicable = question.Answers == AnswerKind.YesNoNotApplicable,
                        IsText = question.Answers == AnswerKind.Text,
                        IsNumber = question.Answers == AnswerKind.Number,
                        IsChoice = yesNo,
                        RationaleRequired = question.RationaleRequired,
                        Doc = Doc(summary, ItemRemarks(question.Answers, question.RationaleRequired, question.Condition, question.Guidance, question.Provenance).Concat(ScoreRemarks(question))),
                        TypeDoc = Doc(summary, Array.Empty<string>()),
                        Condition = _conditions.ViewOrNull(question.Condition),
                        LocalConditions = localConditions,
                        // As the template writes them: a condition may itself be the constant true.
                        LocalAlwaysApplies = ConditionRenderer.CSharpAll(localConditions, "p") == "true",
                        Local = kLocal,
                        Slot = questionSlot,
                        ScoreIndex = counter,
                        IsScored = yesNo,
                        Prompts = prompts,
                        ListName = "key question " + question.Number,
                        DecidingFacts = DecidingFacts(domain.Condition, standard.Condition, question.Condition),
                    });
                }

                standards.Add(new ScoredStandardView
                {
                    Index = standardIndex,
                    Number = standard.Number,
                    Name = standard.Name,
                    Path = domain.Name + "." + standard.Name,
                    IsComputed = computed,
                    Kind = standard.Rule switch
                    {
                        RatingRule.Judgement => "Judgement",
                        RatingRule.NotRated => "NotRated",
                        _ => "LowestKeyQuestion",
                    },
                    BandsProperty = bands,
                    Rule = rule,
                    FirstKeyQuestion = first,
                    KeyQuestionCount = keyQuestions.Count - first,
                });

                if (standardNames is not null)
                {
                    standardViews.Add(new StandardView
                    {
                        Property = standardNames.Item.Property,
                        TypeName = standardNames.Item.TypeName,
                        ParentTypeName = domainNames!.TypeName,
                        Doc = Doc($"Standard {standard.Number}: {standard.Text}", StandardRemarks(standard, null)),
                        TypeDoc = Doc($"Standard {standard.Number}: {standard.Text}", Array.Empty<string>()),
                        Condition = _conditions.ViewOrNull(standard.Condition),
                        KeyQuestions = questionViews.ToImmutable(),
                    });
                }
            }

            var items = domain.Standards.SelectMany(s => s.KeyQuestions).SelectMany(q => q.Prompts.Select(p => p.Answers).Prepend(q.Answers)).ToList();
            var hasText = items.Contains(AnswerKind.Text);
            var hasNumbers = items.Contains(AnswerKind.Number);
            if (domainNames is not null)
            {
                domains.Add(new DomainView
                {
                    Index = domains.Count,
                    TypeName = domainNames.TypeName,
                    Type = domainType,
                    Doc = Doc($"Domain {domain.Number}: {domain.Text}", DomainRemarks(domain)),
                    Condition = _conditions.ViewOrNull(domain.Condition),
                    Slots = slots,
                    HasText = hasText,
                    HasNumbers = hasNumbers,
                    Standards = standardViews.ToImmutable(),
                });
            }
        }

        return new ScoringViews(
            domains.ToImmutable(),
            standards.ToImmutableArray(),
            judgements.ToImmutable(),
            keyQuestions.ToImmutableArray(),
            rules.Select((r, i) => new DiscretionRuleView
            {
                Field = DiscretionField(i),
                RationaleRequired = r.RationaleRequired,
                Moves = r.Moves.Select(m => new DiscretionMoveView
                {
                    FromIndex = LevelIndex(m.From),
                    ToIndex = LevelIndex(m.To),
                    WithinPoints = m.WithinPoints,
                }).ToImmutableArray(),
            }).ToImmutableArray(),
            _model.Scores.Select(score => new ScoreView
            {
                Name = score.Name,
                Label = score.Label,
                Rounding = Rounding(score.Rounding),
                Decimals = score.Decimals,
                KeyQuestions = scoreCounters[score.Name].Select(counter => keyQuestions[counter]).ToImmutableArray(),
            }).ToImmutableArray());
    }

    // Which pooled scores a key question's answers feed, by label and name.
    private IEnumerable<string> ScoreRemarks(KeyQuestionModel question)
    {
        if (question.Scores.Count > 0)
        {
            var labels = question.Scores.Select(name => $"{_model.Scores.First(s => s.Name == name).Label} ({name})");
            yield return $"Contributes to the score{(question.Scores.Count == 1 ? string.Empty : "s")} {string.Join(", ", labels)}.";
        }
    }

    /// <summary>The path findings report; the same as the runtime's <c>Findings.PathOf</c> (a test holds them together).</summary>
    internal static string PathOf(string keyQuestionNumber, string? promptName) =>
        promptName is null ? keyQuestionNumber : $"{keyQuestionNumber} / prompt: {promptName}";

    private IEnumerable<string> DomainRemarks(DomainModel domain)
    {
        yield return domain.CaseTypes.Count == 0
            ? "No case types: no case sample."
            : $"For cases of type {string.Join(", ", domain.CaseTypes)}.";
        if (domain.Condition is not null)
        {
            yield return $"Applies when {ConditionText.ToSource(domain.Condition)}.";
        }

        foreach (var remark in CommonRemarks(domain.Guidance, domain.Provenance))
        {
            yield return remark;
        }
    }

    private IEnumerable<string> StandardRemarks(StandardModel standard, string? extra)
    {
        if (extra is not null)
        {
            yield return extra;
        }

        if (standard.Statement is not null)
        {
            yield return standard.Statement;
        }

        yield return standard.Rule switch
        {
            RatingRule.LowestKeyQuestion => $"Rated by the lowest key question in {standard.Bands}.",
            RatingRule.NotRated => "Not rated: its key questions are reported as percentages only (rounded half up to a whole number).",
            _ => "Rated by inspectors' judgement.",
        };
        if (standard.Discretion is { } discretion)
        {
            var moves = string.Join(", ", discretion.Moves.Select(m => $"{m.From} to {m.To}{(m.WithinPoints is { } w ? $" within {w.ToString(System.Globalization.CultureInfo.InvariantCulture)} points" : string.Empty)}"));
            yield return $"Professional discretion may move {moves}{(discretion.RationaleRequired ? ", with a rationale" : string.Empty)}.";
        }

        if (standard.Condition is not null)
        {
            yield return $"Applies when {ConditionText.ToSource(standard.Condition)}.";
        }

        foreach (var remark in CommonRemarks(standard.Guidance, standard.Provenance))
        {
            yield return remark;
        }
    }

    private IEnumerable<string> ItemRemarks(AnswerKind answers, bool rationaleRequired, ConditionModel? condition, string? guidance, EquatableArray<ProvenanceModel> provenance)
    {
        var answerText = answers switch
        {
            AnswerKind.YesNo => "Answered yes or no",
            AnswerKind.YesNoNotApplicable => "Answered yes, no or not applicable",
            AnswerKind.Text => "Answered with written evidence",
            _ => "Answered with a number",
        };
        yield return answerText + (rationaleRequired ? ", with a rationale." : ".");
        if (condition is not null)
        {
            yield return $"Applies when {ConditionText.ToSource(condition)}.";
        }

        foreach (var remark in CommonRemarks(guidance, provenance))
        {
            yield return remark;
        }
    }

    private IEnumerable<string> CommonRemarks(string? guidance, EquatableArray<ProvenanceModel> provenance)
    {
        if (guidance is not null)
        {
            yield return "Guidance: " + guidance;
        }

        foreach (var p in provenance)
        {
            var kind = p.Kind == ProvenanceKind.Verbatim ? "verbatim from" : "reconstructed from";
            var source = _sourceTitles.TryGetValue(p.Source, out var title) ? title : p.Source;
            yield return $"Wording {kind} {source}{(p.Note is null ? string.Empty : $" ({p.Note})")}.";
        }
    }

    private static DocView Doc(string summary, IEnumerable<string> remarks) => new() { Summary = summary, Remarks = remarks.ToImmutableArray() };

    // The scorer's field holding the discretion rule at this index.
    private static string DiscretionField(int index) => "Discretion" + CSharpText.IntLiteral(index);
}
