using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;

namespace InspectFramework.Compiler.Binding;

/// <summary>
/// Declares the framework's symbols, resolves every name and types every condition. Reports what a
/// single declaration or reference gets wrong; rules over the whole model are the checker's.
/// </summary>
public sealed class Binder
{
    private static readonly string[] RoundingNames = { "half_up", "half_even", "down", "up" };
    private static readonly string[] AnswerNames = { "yes_no", "yes_no_na", "text", "number" };

    /// <summary>The words a rounding rule may be (<c>rounded half_up to 0 decimals</c>), in <see cref="RoundingMode"/> order.</summary>
    public static IReadOnlyList<string> RoundingRuleNames => RoundingNames;

    /// <summary>The words an <c>answers</c> property may name, in <see cref="AnswerKind"/> order.</summary>
    public static IReadOnlyList<string> AnswerTypeNames => AnswerNames;

    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SourceSymbol> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BandTableSymbol> _bandTables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CaseTypeSymbol> _caseTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValueSetSymbol> _valueSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactSymbol> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScoreSymbol> _scores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _declaredKinds = new(StringComparer.Ordinal);
    private readonly ImmutableArray<NameReference>.Builder _references = ImmutableArray.CreateBuilder<NameReference>();
    private ScaleSymbol? _scale;

    private Binder(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    private DiagnosticCatalogue Report => _diagnostics.Report;

    public static FrameworkSymbol? Bind(CompilationUnitSyntax unit, DiagnosticBag diagnostics) =>
        Bind(unit, diagnostics, out _);

    /// <summary>Binds, and gives every name the binder resolved (declarations and uses) in source order.</summary>
    public static FrameworkSymbol? Bind(CompilationUnitSyntax unit, DiagnosticBag diagnostics, out ImmutableArray<NameReference> references)
    {
        var binder = new Binder(diagnostics);
        var framework = binder.BindUnit(unit);
        references = binder._references.OrderBy(r => r.Name.Span.Start).ToImmutableArray();
        return framework;
    }

    private void Declared(NameSyntax name, IDeclaredSymbol symbol) => _references.Add(new NameReference(name, symbol, IsDeclaration: true));

    private void Used(NameSyntax name, IDeclaredSymbol symbol) => _references.Add(new NameReference(name, symbol, IsDeclaration: false));

    private FrameworkSymbol? BindUnit(CompilationUnitSyntax unit)
    {
        var declarations = unit.Declarations;
        DeclareKinds(declarations);
        var header = BindHeader(declarations);

        var sources = Declare(declarations.OfType<SourceDeclarationSyntax>(), d => d.Name, "source", "in this framework",
            d => new SourceSymbol(d.Name.Text, d.Title.Value, d), _sources);

        var scales = declarations.OfType<ScaleDeclarationSyntax>().ToList();
        foreach (var extra in scales.Skip(1))
        {
            Report.DeclaredTwice(extra.Name.Span, "rating scale", scales[0].Name.Span);
        }

        _scale = scales.Count > 0 ? BindScale(scales[0]) : null;

        var bandTables = Declare(declarations.OfType<BandsDeclarationSyntax>(), d => d.Name, "band table", "in this framework", BindBandTable, _bandTables);
        var caseTypes = Declare(declarations.OfType<CaseTypeDeclarationSyntax>(), d => d.Name, "case type", "in this framework",
            d => new CaseTypeSymbol(d.Name.Text, d.Label.Value, d), _caseTypes);
        var valueSets = Declare(declarations.OfType<ValueSetDeclarationSyntax>(), d => d.Name, "value set", "in this framework",
            d => new ValueSetSymbol(d.Name.Text, d.Label.Value, BindValues(d.Members, $"of value set '{d.Name.Text}'"), d), _valueSets);
        var facts = Declare(declarations.OfType<FactDeclarationSyntax>(), d => d.Name, "fact", "in this framework", DeclareFact, _facts);
        foreach (var fact in facts)
        {
            if (fact.Syntax.Type is DerivedFactTypeSyntax derived)
            {
                fact.Derivation = BindCondition(derived.Expression);
            }
        }

        var discretions = declarations.OfType<DiscretionDeclarationSyntax>().ToList();
        foreach (var extra in discretions.Skip(1))
        {
            Report.DeclaredTwice(extra.Span, "framework-wide discretion block", discretions[0].Span);
        }

        var discretion = discretions.Count > 0 ? BindDiscretion(discretions[0]) : null;

        var overalls = declarations.OfType<OverallDeclarationSyntax>().ToList();
        foreach (var extra in overalls.Skip(1))
        {
            Report.DeclaredTwice(extra.Span, "overall rating rule", overalls[0].Span);
        }

        var overall = overalls.Count > 0 ? new OverallRuleSymbol(LookupBands(overalls[0].Bands), overalls[0]) : null;

        var scores = Declare(declarations.OfType<ScoreDeclarationSyntax>(), d => d.Name, "score", "in this framework", BindScore, _scores);
        var domains = BindChildren(declarations.OfType<DomainSyntax>(), null, d => BindDomain(d, discretion));

        if (header.Syntax is null)
        {
            return null;
        }

        return new FrameworkSymbol(header.Syntax, header.Syntax.Name.Text, header.Properties, sources, _scale, bandTables, caseTypes, valueSets, facts, discretion, overall, scores, domains);
    }

    // ---- header ----------------------------------------------------------------------------------

    private (FrameworkDeclarationSyntax? Syntax, IReadOnlyDictionary<HeaderPropertyKind, HeaderPropertySyntax> Properties) BindHeader(ImmutableArray<DeclarationSyntax> declarations)
    {
        var frameworks = declarations.OfType<FrameworkDeclarationSyntax>().ToList();
        var properties = new Dictionary<HeaderPropertyKind, HeaderPropertySyntax>();
        if (frameworks.Count == 0)
        {
            Report.MissingFrameworkHeader(declarations.Length > 0 ? new TextSpan(declarations[0].Span.Start, 0) : default);
            return (null, properties);
        }

        foreach (var extra in frameworks.Skip(1))
        {
            Report.DeclaredTwice(extra.Name.Span, "framework header", frameworks[0].Name.Span);
        }

        var framework = frameworks[0];
        foreach (var property in framework.Properties)
        {
            if (properties.TryGetValue(property.Kind, out var first))
            {
                Report.PropertyTwice(property.Span, "the framework header", Keyword(property.Kind), first.Span);
                continue;
            }

            properties.Add(property.Kind, property);
            if (property.Kind == HeaderPropertyKind.Effective && !DateTime.TryParseExact(property.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                Report.InvalidDate(property.ValueSpan, property.Value);
            }
        }

        if (!framework.Name.IsMissing)
        {
            foreach (var required in new[] { HeaderPropertyKind.Title, HeaderPropertyKind.Version, HeaderPropertyKind.Publisher, HeaderPropertyKind.Effective })
            {
                if (!properties.ContainsKey(required))
                {
                    Report.MissingProperty(framework.Name.Span, $"framework '{framework.Name.Text}'", Keyword(required));
                }
            }
        }

        return (framework, properties);
    }

    private static string Keyword(HeaderPropertyKind kind) => kind switch
    {
        HeaderPropertyKind.Title => "title",
        HeaderPropertyKind.Version => "version",
        HeaderPropertyKind.Publisher => "publisher",
        HeaderPropertyKind.Effective => "effective",
        _ => "guidance",
    };

    // ---- scale, bands, discretion ------------------------------------------------------------------

    private ScaleSymbol BindScale(ScaleDeclarationSyntax syntax)
    {
        var names = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var levels = ImmutableArray.CreateBuilder<LevelSymbol>();
        foreach (var level in syntax.Levels)
        {
            if (level.Name.IsMissing)
            {
                continue;
            }

            if (names.TryGetValue(level.Name.Text, out var first))
            {
                Report.DuplicateName(level.Name.Span, "level", level.Name.Text, "on the rating scale", first);
                continue;
            }

            names.Add(level.Name.Text, level.Name.Span);

            var points = ParseInteger(level.Points, "a whole number of points") ?? 0;
            levels.Add(new LevelSymbol(level.Name.Text, level.Label.Value, points, levels.Count, level));
        }

        var scale = new ScaleSymbol(syntax.Name.Text, syntax.Label?.Value, levels.ToImmutable(), syntax);
        if (!syntax.Name.IsMissing)
        {
            Declared(syntax.Name, scale);
        }

        foreach (var level in scale.Levels)
        {
            Declared(level.Syntax.Name, level);
        }

        return scale;
    }

    private BandTableSymbol BindBandTable(BandsDeclarationSyntax syntax)
    {
        var (rounding, decimals) = syntax.Measure == BandMeasure.Percentage
            ? BindRounding(syntax.Rounding, syntax.Decimals)
            : (RoundingMode.HalfUp, 0);

        var bands = ImmutableArray.CreateBuilder<BandSymbol>();
        foreach (var row in syntax.Rows)
        {
            var level = LookupLevel(row.Level);
            var low = ParseDecimal(row.Low);
            var high = ParseDecimal(row.High);
            if (low is null || high is null)
            {
                continue;
            }

            bands.Add(new BandSymbol(level, low.Value, high.Value, row));
        }

        return new BandTableSymbol(syntax.Name.Text, syntax.Label?.Value, syntax.Measure, rounding, decimals, bands.ToImmutable(), syntax);
    }

    /// <summary>A rounding rule and its decimals; <c>half_up</c> to 0 decimals (as published) for parts not given or not readable.</summary>
    private (RoundingMode Rounding, int Decimals) BindRounding(NameSyntax? name, NumberSyntax? number)
    {
        var rounding = RoundingMode.HalfUp;
        var decimals = 0;
        if (name is { IsMissing: false })
        {
            var index = Array.IndexOf(RoundingNames, name.Text);
            if (index < 0)
            {
                Report.UnknownOption(name.Span, "rounding rule", name.Text, RoundingNames, NameSuggester.Suggestions(name.Text, RoundingNames));
            }
            else
            {
                rounding = (RoundingMode)index;
            }
        }

        if (number is { IsMissing: false })
        {
            var value = ParseInteger(number, "a whole number of decimals");
            if (value is < 0 or > 6)
            {
                Report.InvalidNumber(number.Span, number.Text, "a number of decimals from 0 to 6");
            }
            else if (value is not null)
            {
                decimals = value.Value;
            }
        }

        return (rounding, decimals);
    }

    private ScoreSymbol BindScore(ScoreDeclarationSyntax syntax)
    {
        var (rounding, decimals) = BindRounding(syntax.Rounding, syntax.Decimals);
        return new ScoreSymbol(syntax.Name.Text, syntax.Label.Value, rounding, decimals, _scores.Count, syntax);
    }

    private DiscretionSymbol BindDiscretion(DiscretionDeclarationSyntax syntax)
    {
        DiscretionRationaleSyntax? rationale = null;
        var moves = ImmutableArray.CreateBuilder<DiscretionMoveSymbol>();
        foreach (var clause in syntax.Clauses)
        {
            switch (clause)
            {
                case DiscretionRationaleSyntax r:
                    if (rationale is not null)
                    {
                        Report.PropertyTwice(r.Span, "the discretion block", "'rationale required'", rationale.Span);
                    }

                    rationale ??= r;
                    break;
                case DiscretionMoveSyntax m:
                    var from = LookupDiscretionLevel(m.From);
                    var to = LookupDiscretionLevel(m.To);
                    decimal? within = m.WithinPoints is null ? null : ParseDecimal(m.WithinPoints);
                    if (from is null || to is null)
                    {
                        break;
                    }

                    if (from == to)
                    {
                        Report.DiscretionMoveToSameLevel(m.Span, from.Name);
                        break;
                    }

                    moves.Add(new DiscretionMoveSymbol(from, to, within, m));
                    break;
            }
        }

        return new DiscretionSymbol(rationale is not null, moves.ToImmutable(), syntax);
    }

    private LevelSymbol? LookupDiscretionLevel(NameSyntax name)
    {
        if (name.IsMissing || _scale is null)
        {
            return null;
        }

        var level = _scale.Find(name.Text);
        if (level is not null)
        {
            Used(name, level);
        }
        else
        {
            Report.DiscretionUnknownLevel(name.Span, name.Text, NameSuggester.Suggestions(name.Text, _scale.Levels.Select(l => l.Name)));
        }

        return level;
    }

    // ---- facts -------------------------------------------------------------------------------------

    private FactSymbol DeclareFact(FactDeclarationSyntax syntax)
    {
        var members = ImmutableArray<EnumMemberSymbol>.Empty;
        ValueSetSymbol? valueSet = null;
        var kind = FactKind.Boolean;
        switch (syntax.Type)
        {
            case IntegerFactTypeSyntax:
                kind = FactKind.Integer;
                break;
            case EnumFactTypeSyntax e:
                kind = FactKind.Enumeration;
                members = BindValues(e.Members, $"of fact '{syntax.Name.Text}'");
                break;
            case ValueSetFactTypeSyntax shared:
                kind = FactKind.Enumeration;
                valueSet = LookupValueSet(shared.ValueSet);
                members = valueSet?.Members ?? ImmutableArray<EnumMemberSymbol>.Empty;
                break;
        }

        return new FactSymbol(syntax.Name.Text, syntax.Label.Value, kind, members, syntax.ForAnalysis, syntax) { ValueSet = valueSet };
    }

    /// <summary>The values of a fact or a value set, each with the case types it is allowed for.</summary>
    private ImmutableArray<EnumMemberSymbol> BindValues(ImmutableArray<EnumMemberSyntax> values, string owner)
    {
        var names = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<EnumMemberSymbol>();
        foreach (var member in values)
        {
            if (member.Name.IsMissing)
            {
                continue;
            }

            var caseTypes = BindCaseTypes(member.CaseTypes);
            if (names.TryGetValue(member.Name.Text, out var first))
            {
                Report.DuplicateName(member.Name.Span, "value", member.Name.Text, owner, first);
                continue;
            }

            names.Add(member.Name.Text, member.Name.Span);
            var value = new EnumMemberSymbol(member.Name.Text, member.Label.Value, member) { CaseTypes = caseTypes };
            Declared(member.Name, value);
            builder.Add(value);
        }

        return builder.ToImmutable();
    }

    private ValueSetSymbol? LookupValueSet(NameSyntax name)
    {
        if (name.IsMissing)
        {
            return null;
        }

        if (_valueSets.TryGetValue(name.Text, out var set))
        {
            Used(name, set);
            return set;
        }

        ReportUnresolved(name, "value set", NameSuggester.Suggestions(name.Text, _valueSets.Keys));
        return null;
    }

    private ImmutableArray<CaseTypeSymbol> BindCaseTypes(ImmutableArray<NameSyntax> names)
    {
        var caseTypes = ImmutableArray.CreateBuilder<CaseTypeSymbol>();
        foreach (var name in names)
        {
            if (name.IsMissing)
            {
                continue;
            }

            if (_caseTypes.TryGetValue(name.Text, out var caseType))
            {
                Used(name, caseType);
                if (!caseTypes.Contains(caseType))
                {
                    caseTypes.Add(caseType);
                }
            }
            else
            {
                ReportUnresolved(name, "case type", NameSuggester.Suggestions(name.Text, _caseTypes.Keys));
            }
        }

        return caseTypes.ToImmutable();
    }

    // ---- items -------------------------------------------------------------------------------------

    private DomainSymbol BindDomain(DomainSyntax syntax, DiscretionSymbol? frameworkDiscretion)
    {
        var caseTypes = BindCaseTypes(syntax.CaseTypes);
        var domain = new DomainSymbol(syntax.NumberText, syntax.Name.Text, syntax.Text.Value, caseTypes, syntax);
        BindItemCommon(domain, syntax);
        domain.Standards = BindChildren(syntax.Members.OfType<StandardSyntax>(), domain, s => BindStandard(s, frameworkDiscretion));
        foreach (var standard in domain.Standards)
        {
            foreach (var question in standard.KeyQuestions)
            {
                question.Scores = EffectiveScores(question);
            }
        }

        return domain;
    }

    // Contributions add up downwards; only yes or no answers can be pooled.
    private static ImmutableArray<ScoreSymbol> EffectiveScores(KeyQuestionSymbol question)
    {
        if (!question.AnsweredYesOrNo)
        {
            return ImmutableArray<ScoreSymbol>.Empty;
        }

        return new ItemSymbol[] { question, question.Standard, question.Standard.Domain }
            .SelectMany(item => item.Contributions)
            .SelectMany(clause => clause.Scores)
            .Distinct()
            .OrderBy(score => score.Ordinal)
            .ToImmutableArray();
    }

    private StandardSymbol BindStandard(StandardSyntax syntax, DiscretionSymbol? frameworkDiscretion)
    {
        var standard = new StandardSymbol(syntax.NumberText, syntax.Name.Text, syntax.Text.Value, syntax);
        BindItemCommon(standard, syntax);
        var item = $"standard {syntax.NumberText}";
        var statements = syntax.Members.OfType<StatementSyntax>().ToList();
        foreach (var extra in statements.Skip(1))
        {
            Report.PropertyTwice(extra.Span, item, "a statement", statements[0].Span);
        }

        standard.Statement = statements.Count > 0 ? statements[0].Text.Value : null;

        var rules = syntax.Members.OfType<RatingRuleSyntax>().ToList();
        foreach (var extra in rules.Skip(1))
        {
            Report.PropertyTwice(extra.Span, item, "a rating rule", rules[0].Span);
        }

        if (rules.Count > 0)
        {
            standard.RatingRule = rules[0].Kind switch
            {
                RatingRuleKind.Judgement => RatingRule.Judgement,
                RatingRuleKind.NotRated => RatingRule.NotRated,
                _ => RatingRule.LowestKeyQuestion,
            };
            standard.Bands = rules[0].Bands is { } bands ? LookupBands(bands) : null;
        }

        var discretions = syntax.Members.OfType<DiscretionDeclarationSyntax>().ToList();
        foreach (var extra in discretions.Skip(1))
        {
            Report.PropertyTwice(extra.Span, item, "a discretion block", discretions[0].Span);
        }

        standard.Discretion = discretions.Count > 0 ? BindDiscretion(discretions[0]) : frameworkDiscretion;
        standard.KeyQuestions = BindChildren(syntax.Members.OfType<KeyQuestionSyntax>(), standard, BindKeyQuestion);
        return standard;
    }

    private KeyQuestionSymbol BindKeyQuestion(KeyQuestionSyntax syntax)
    {
        var question = new KeyQuestionSymbol(syntax.NumberText, syntax.Name.Text, syntax.Text.Value, syntax);
        BindItemCommon(question, syntax);
        question.Answers = BindAnswers(syntax, AnswerKind.YesNo);
        question.RationaleRequired = syntax.Members.OfType<RationaleRequiredSyntax>().Any();
        question.Prompts = BindChildren(syntax.Members.OfType<PromptSyntax>(), question, p => BindPrompt(p, syntax.NumberText));
        return question;
    }

    private PromptSymbol BindPrompt(PromptSyntax syntax, string keyQuestionNumber)
    {
        var letter = syntax.Letter is { IsMissing: false } l ? l.Text : null;
        var number = letter is null ? keyQuestionNumber : $"{keyQuestionNumber}({letter})";
        var prompt = new PromptSymbol(number, letter, syntax.Name.Text, syntax.Text.Value, syntax);
        BindItemCommon(prompt, syntax);
        prompt.Answers = BindAnswers(syntax, AnswerKind.YesNoNotApplicable);
        prompt.RationaleRequired = syntax.Members.OfType<RationaleRequiredSyntax>().Any();
        return prompt;
    }

    private ImmutableArray<T> BindChildren<TSyntax, T>(IEnumerable<TSyntax> children, ItemSymbol? parent, Func<TSyntax, T> bind)
        where TSyntax : ItemSyntax
        where T : ItemSymbol
    {
        var names = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var child in children)
        {
            var symbol = bind(child);
            symbol.Parent = parent;
            if (!child.Name.IsMissing)
            {
                Declared(child.Name, symbol);
            }

            if (!child.Name.IsMissing && names.TryGetValue(child.Name.Text, out var first))
            {
                Report.DuplicateName(child.Name.Span, KindWord(symbol.Kind), child.Name.Text, parent is null ? "in this framework" : $"in {parent.DisplayName}", first);
            }
            else if (!child.Name.IsMissing)
            {
                names.Add(child.Name.Text, child.Name.Span);
            }

            result.Add(symbol);
        }

        return result.ToImmutable();
    }

    private static string KindWord(ItemKind kind) => kind switch
    {
        ItemKind.Domain => "domain",
        ItemKind.Standard => "standard",
        ItemKind.KeyQuestion => "key question",
        _ => "prompt",
    };

    private void BindItemCommon(ItemSymbol item, ItemSyntax syntax)
    {
        item.Condition = syntax.Condition is null ? null : BindCondition(syntax.Condition);

        var guidance = syntax.Members.OfType<GuidanceSyntax>().ToList();
        foreach (var extra in guidance.Skip(1))
        {
            Report.PropertyTwice(extra.Span, item.DisplayName, "guidance", guidance[0].Span);
        }

        item.Guidance = guidance.Count > 0 ? guidance[0].Text.Value : null;

        var provenance = ImmutableArray.CreateBuilder<ProvenanceSymbol>();
        foreach (var p in syntax.Members.OfType<ProvenanceSyntax>())
        {
            SourceSymbol? source = null;
            if (!p.Source.IsMissing && !_sources.TryGetValue(p.Source.Text, out source))
            {
                ReportUnresolved(p.Source, "source", NameSuggester.Suggestions(p.Source.Text, _sources.Keys));
            }
            else if (source is not null)
            {
                Used(p.Source, source);
            }

            provenance.Add(new ProvenanceSymbol(p.Kind, source, p.Note?.Value, p));
        }

        item.Provenance = provenance.ToImmutable();
        item.Contributions = BindContributions(item, syntax);
    }

    private ImmutableArray<ContributionsSymbol> BindContributions(ItemSymbol item, ItemSyntax syntax)
    {
        var named = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var clauses = ImmutableArray.CreateBuilder<ContributionsSymbol>();
        foreach (var clause in syntax.Members.OfType<ContributionsSyntax>())
        {
            var scores = ImmutableArray.CreateBuilder<ScoreSymbol>();
            foreach (var name in clause.Scores)
            {
                if (name.IsMissing)
                {
                    continue;
                }

                if (named.TryGetValue(name.Text, out var first))
                {
                    Report.PropertyTwice(name.Span, item.DisplayName, $"'contributes to {name.Text}'", first);
                    continue;
                }

                named.Add(name.Text, name.Span);

                if (_scores.TryGetValue(name.Text, out var score))
                {
                    Used(name, score);
                    scores.Add(score);
                }
                else
                {
                    ReportUnresolved(name, "score", NameSuggester.Suggestions(name.Text, _scores.Keys));
                }
            }

            clauses.Add(new ContributionsSymbol(scores.ToImmutable(), clause));
        }

        return clauses.ToImmutable();
    }

    private AnswerKind BindAnswers(ItemSyntax syntax, AnswerKind fallback)
    {
        var answers = syntax.Members.OfType<AnswersSyntax>().ToList();
        foreach (var extra in answers.Skip(1))
        {
            Report.PropertyTwice(extra.Span, syntax is PromptSyntax ? "the prompt" : "the key question", "'answers'", answers[0].Span);
        }

        if (answers.Count == 0 || answers[0].Kind.IsMissing)
        {
            return fallback;
        }

        var index = Array.IndexOf(AnswerNames, answers[0].Kind.Text);
        if (index < 0)
        {
            Report.UnknownOption(answers[0].Kind.Span, "answer type", answers[0].Kind.Text, AnswerNames, NameSuggester.Suggestions(answers[0].Kind.Text, AnswerNames));
            return fallback;
        }

        return (AnswerKind)index;
    }

    // ---- conditions --------------------------------------------------------------------------------

    /// <summary>Binds a condition, which must be true or false.</summary>
    private BoundExpression BindCondition(ExpressionSyntax syntax)
    {
        var bound = BindExpression(syntax);
        RequireBoolean(bound);
        return bound;
    }

    private void RequireBoolean(BoundExpression bound)
    {
        if (bound.Type.Kind is not (ValueTypeKind.Boolean or ValueTypeKind.Error))
        {
            Report.NotBoolean(bound.Syntax.Span, bound.Type.ToString());
        }
    }

    private BoundExpression BindExpression(ExpressionSyntax syntax)
    {
        switch (syntax)
        {
            case NameExpressionSyntax name:
                return BindFactReference(name);
            case NumberLiteralSyntax number:
                var value = ParseInteger(number.Number, "a whole number");
                return value is null ? new BoundErrorExpression(syntax) : new BoundIntegerLiteral(value.Value, syntax);
            case BooleanLiteralSyntax boolean:
                return new BoundBooleanLiteral(boolean.Value, syntax);
            case ParenthesizedExpressionSyntax parenthesized:
                return BindExpression(parenthesized.Inner);
            case NotExpressionSyntax not:
                var operand = BindExpression(not.Operand);
                RequireBoolean(operand);
                return new BoundNot(operand, syntax);
            case LogicalExpressionSyntax logical:
                var operands = ImmutableArray.CreateBuilder<BoundExpression>(logical.Operands.Length);
                foreach (var o in logical.Operands)
                {
                    var boundOperand = BindExpression(o);
                    RequireBoolean(boundOperand);
                    operands.Add(boundOperand);
                }

                return new BoundLogical(logical.Operator, operands.MoveToImmutable(), syntax);
            case ComparisonExpressionSyntax comparison:
                return BindComparison(comparison);
            case MembershipExpressionSyntax membership:
                return BindMembership(membership);
            default:
                return new BoundErrorExpression(syntax);
        }
    }

    private BoundExpression BindFactReference(NameExpressionSyntax syntax)
    {
        var name = syntax.Name;
        if (name.IsMissing)
        {
            return new BoundErrorExpression(syntax);
        }

        if (_facts.TryGetValue(name.Text, out var fact))
        {
            Used(name, fact);
            var type = fact.Kind switch
            {
                FactKind.Integer => ValueType.Integer,
                FactKind.Enumeration => new ValueType(ValueTypeKind.Enumeration, fact),
                _ => ValueType.Boolean,
            };
            return new BoundFactReference(fact, type, syntax);
        }

        // A value of an enumeration used on its own ("when custody") most likely means "disposal == custody".
        var owners = _facts.Values.Where(f => f.FindMember(name.Text) is not null).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        if (owners.Count > 0)
        {
            Report.UndefinedName(name.Span, "fact", name.Text, owners.Select(f => $"{f.Name} == {name.Text}").ToList());
        }
        else
        {
            ReportUnresolved(name, "fact", NameSuggester.Suggestions(name.Text, _facts.Keys));
        }

        return new BoundErrorExpression(syntax);
    }

    private BoundExpression BindComparison(ComparisonExpressionSyntax syntax)
    {
        // One side may be a bare value of the other side's enumeration: "disposal == custody".
        var left = BindOperand(syntax.Left, null);
        var right = BindOperand(syntax.Right, left.Type);
        if (left is BoundErrorExpression && syntax.Left is NameExpressionSyntax && right.Type.Kind == ValueTypeKind.Enumeration)
        {
            left = BindOperand(syntax.Left, right.Type);
        }

        if (left.Type.Kind == ValueTypeKind.Error || right.Type.Kind == ValueTypeKind.Error)
        {
            return new BoundComparison(left, syntax.Operator, right, syntax);
        }

        if (left.Type != right.Type)
        {
            Report.TypeMismatch(syntax.Span, left.Type.ToString(), right.Type.ToString());
            return new BoundErrorExpression(syntax);
        }

        if (syntax.Operator is not (Comparison.Equal or Comparison.NotEqual) && left.Type.Kind != ValueTypeKind.Integer)
        {
            Report.OperatorNotApplicable(syntax.OperatorSpan, syntax.Operator.Text(), left.Type.ToString(),
                "Only numbers can be ordered; use '==', '!=' or 'in {...}' here.");
            return new BoundErrorExpression(syntax);
        }

        return new BoundComparison(left, syntax.Operator, right, syntax);
    }

    private BoundExpression BindOperand(ExpressionSyntax syntax, ValueType? other)
    {
        if (other is { Kind: ValueTypeKind.Enumeration, Enumeration: { } enumeration } && syntax is NameExpressionSyntax { Name.IsMissing: false } name
            && !_facts.ContainsKey(name.Name.Text))
        {
            var member = enumeration.FindMember(name.Name.Text);
            if (member is not null)
            {
                Used(name.Name, member);
                return new BoundEnumLiteral(enumeration, member, syntax);
            }

            Report.UnknownEnumMember(name.Span, enumeration.Name, name.Name.Text,
                NameSuggester.Suggestions(name.Name.Text, enumeration.Members.Select(m => m.Name)), enumeration.Members.Select(m => m.Name));
            return new BoundErrorExpression(syntax);
        }

        if (other is null && syntax is NameExpressionSyntax { Name.IsMissing: false } bare && !_facts.ContainsKey(bare.Name.Text)
            && _facts.Values.Any(f => f.FindMember(bare.Name.Text) is not null))
        {
            // Resolved against the other side once that is bound.
            return new BoundErrorExpression(syntax);
        }

        return BindExpression(syntax);
    }

    private BoundExpression BindMembership(MembershipExpressionSyntax syntax)
    {
        var left = BindExpression(syntax.Left);
        if (left.Type.Kind == ValueTypeKind.Error)
        {
            return new BoundErrorExpression(syntax);
        }

        if (left.Type.Kind != ValueTypeKind.Enumeration || left.Type.Enumeration is null)
        {
            Report.OperatorNotApplicable(syntax.Span, syntax.Negated ? "not in" : "in", left.Type.ToString(),
                "'in {...}' tests the value of a 'one of' fact.");
            return new BoundErrorExpression(syntax);
        }

        var enumeration = left.Type.Enumeration;
        var members = ImmutableArray.CreateBuilder<EnumMemberSymbol>();
        var ok = true;
        foreach (var name in syntax.Members)
        {
            if (name.IsMissing)
            {
                ok = false;
                continue;
            }

            var member = enumeration.FindMember(name.Text);
            if (member is null)
            {
                Report.UnknownEnumMember(name.Span, enumeration.Name, name.Text,
                    NameSuggester.Suggestions(name.Text, enumeration.Members.Select(m => m.Name)), enumeration.Members.Select(m => m.Name));
                ok = false;
                continue;
            }

            Used(name, member);
            members.Add(member);
        }

        return ok ? new BoundMembership(left, syntax.Negated, members.ToImmutable(), syntax) : new BoundErrorExpression(syntax);
    }

    // ---- lookups and literals ----------------------------------------------------------------------

    private ImmutableArray<T> Declare<TSyntax, T>(IEnumerable<TSyntax> declarations, Func<TSyntax, NameSyntax> nameOf, string kind, string where, Func<TSyntax, T> create, Dictionary<string, T> table)
        where T : IDeclaredSymbol
    {
        var result = ImmutableArray.CreateBuilder<T>();
        var firsts = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            var name = nameOf(declaration);
            if (name.IsMissing)
            {
                continue;
            }

            if (firsts.TryGetValue(name.Text, out var first))
            {
                Report.DuplicateName(name.Span, kind, name.Text, where, first);
                continue;
            }

            var symbol = create(declaration);
            firsts.Add(name.Text, name.Span);
            Declared(name, symbol);
            table.Add(name.Text, symbol);
            result.Add(symbol);
        }

        return result.ToImmutable();
    }

    // A name declared as something else (a fact where a case type is needed) is told apart from a
    // name declared nowhere: the first is IF0114, saying what it is, the second IF0109 with a suggestion.
    private void ReportUnresolved(NameSyntax name, string expectedKind, IReadOnlyList<string> suggestions)
    {
        var actualKind = KindOf(name.Text);
        if (actualKind is not null && actualKind != expectedKind)
        {
            Report.WrongKindOfName(name.Span, name.Text, actualKind, expectedKind);
        }
        else
        {
            Report.UndefinedName(name.Span, expectedKind, name.Text, suggestions);
        }
    }

    /// <summary>
    /// What every top-level name is declared as, known before anything is bound, so that a name used
    /// as the wrong kind of thing is told apart (IF0114) wherever it is used, whichever declaration
    /// comes first in the file and whichever the binder reaches first.
    /// </summary>
    private void DeclareKinds(ImmutableArray<DeclarationSyntax> declarations)
    {
        void Add(IEnumerable<NameSyntax> names, string kind)
        {
            foreach (var name in names.Where(n => !n.IsMissing && !_declaredKinds.ContainsKey(n.Text)))
            {
                _declaredKinds[name.Text] = kind;
            }
        }

        Add(declarations.OfType<FactDeclarationSyntax>().Select(d => d.Name), "fact");
        Add(declarations.OfType<ValueSetDeclarationSyntax>().Select(d => d.Name), "value set");
        Add(declarations.OfType<CaseTypeDeclarationSyntax>().Select(d => d.Name), "case type");
        Add(declarations.OfType<BandsDeclarationSyntax>().Select(d => d.Name), "band table");
        Add(declarations.OfType<ScoreDeclarationSyntax>().Select(d => d.Name), "score");
        Add(declarations.OfType<SourceDeclarationSyntax>().Select(d => d.Name), "source");
    }

    private string? KindOf(string name) =>
        _declaredKinds.TryGetValue(name, out var kind) ? kind
        : _scale?.Find(name) is not null ? "level on the rating scale"
        : null;

    private LevelSymbol? LookupLevel(NameSyntax name)
    {
        if (name.IsMissing || _scale is null)
        {
            return null;
        }

        var level = _scale.Find(name.Text);
        if (level is not null)
        {
            Used(name, level);
        }
        else
        {
            ReportUnresolved(name, "level on the rating scale", NameSuggester.Suggestions(name.Text, _scale.Levels.Select(l => l.Name)));
        }

        return level;
    }

    private BandTableSymbol? LookupBands(NameSyntax name)
    {
        if (name.IsMissing)
        {
            return null;
        }

        if (_bandTables.TryGetValue(name.Text, out var table))
        {
            Used(name, table);
            return table;
        }

        ReportUnresolved(name, "band table", NameSuggester.Suggestions(name.Text, _bandTables.Keys));
        return null;
    }

    private int? ParseInteger(NumberSyntax number, string expected)
    {
        if (number.IsMissing)
        {
            return null;
        }

        if (int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report.InvalidNumber(number.Span, number.Text, expected);
        return null;
    }

    private decimal? ParseDecimal(NumberSyntax number)
    {
        if (number.IsMissing)
        {
            return null;
        }

        if (number.Text.Count(c => c == '.') <= 1 && decimal.TryParse(number.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report.InvalidNumber(number.Span, number.Text, "a number such as 65 or 64.5");
        return null;
    }
}
