using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;
using P = InspectFramework.Grammar.InspectFrameworkParser;

namespace InspectFramework.Compiler.Parsing;

/// <summary>
/// Converts ANTLR's parse tree into <see cref="SyntaxNode"/>s. After error recovery a context may
/// lack children; those parts become "missing" nodes (or the member is skipped) and the syntax error
/// already reported stands for them.
/// </summary>
internal sealed class SyntaxTreeBuilder
{
    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;

    public SyntaxTreeBuilder(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
    }

    public CompilationUnitSyntax Build(P.CompilationUnitContext context)
    {
        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
        foreach (var declaration in context.declaration())
        {
            Add(declaration, declarations);
        }

        return Unit(declarations);
    }

    /// <summary>Converts one top-level declaration, for a parse that hands them over one at a time.</summary>
    public void Add(P.DeclarationContext context, ImmutableArray<DeclarationSyntax>.Builder declarations)
    {
        var built = BuildDeclaration(context);
        if (built is not null)
        {
            declarations.Add(built);
        }
    }

    private CompilationUnitSyntax Unit(ImmutableArray<DeclarationSyntax>.Builder declarations) =>
        new(declarations.ToImmutable(), new TextSpan(0, _source.Length));

    private DeclarationSyntax? BuildDeclaration(P.DeclarationContext context) => context.GetChild(0) switch
    {
        P.FrameworkDeclContext c => BuildFramework(c),
        P.SourceDeclContext c => new SourceDeclarationSyntax(Name(c.name), Text(c.text(), c), Span(c)),
        P.ScaleDeclContext c => BuildScale(c),
        P.BandsDeclContext c => BuildBands(c),
        P.CaseTypeDeclContext c => new CaseTypeDeclarationSyntax(Name(c.name), Text(c.text(), c), Span(c)),
        P.ValueSetDeclContext c => new ValueSetDeclarationSyntax(Name(c.name), Text(c.text(), c), BuildEnumMembers(c.enumMember()), Span(c)),
        P.FactDeclContext c => BuildFact(c),
        P.DiscretionDeclContext c => BuildDiscretion(c),
        P.OverallDeclContext c => new OverallDeclarationSyntax(Name(c.bands), Span(c)),
        P.ScoreDeclContext c => BuildScore(c),
        P.DomainDeclContext c => BuildDomain(c),
        _ => null,
    };

    private FrameworkDeclarationSyntax BuildFramework(P.FrameworkDeclContext c)
    {
        var properties = ImmutableArray.CreateBuilder<HeaderPropertySyntax>();
        foreach (var property in c.frameworkProperty())
        {
            HeaderPropertySyntax? built = property switch
            {
                P.TitlePropertyContext p => Header(HeaderPropertyKind.Title, p.text(), p),
                P.VersionPropertyContext p => Header(HeaderPropertyKind.Version, p.text(), p),
                P.PublisherPropertyContext p => Header(HeaderPropertyKind.Publisher, p.text(), p),
                P.FrameworkGuidanceContext p => Header(HeaderPropertyKind.Guidance, p.guidance()?.text(), p),
                P.EffectivePropertyContext p when IsPresent(p.DATE()) =>
                    new HeaderPropertySyntax(HeaderPropertyKind.Effective, p.DATE().GetText(), SpanOf(p.DATE().Symbol), Span(p)),
                _ => null,
            };
            if (built is not null)
            {
                properties.Add(built);
            }
        }

        return new FrameworkDeclarationSyntax(Name(c.name), properties.ToImmutable(), Span(c));
    }

    private HeaderPropertySyntax? Header(HeaderPropertyKind kind, P.TextContext? text, ParserRuleContext owner)
    {
        var value = Text(text, owner);
        return value.IsMissing ? null : new HeaderPropertySyntax(kind, value.Value, value.Span, Span(owner));
    }

    private ScaleDeclarationSyntax BuildScale(P.ScaleDeclContext c)
    {
        var levels = ImmutableArray.CreateBuilder<LevelDeclarationSyntax>();
        foreach (var level in c.levelDecl())
        {
            levels.Add(new LevelDeclarationSyntax(Name(level.name), Text(level.text(), level), Number(level.NUMBER(), level), Span(level)));
        }

        return new ScaleDeclarationSyntax(Name(c.name), OptionalText(c.text()), levels.ToImmutable(), Span(c));
    }

    private BandsDeclarationSyntax BuildBands(P.BandsDeclContext c)
    {
        var measure = BandMeasure.Percentage;
        NameSyntax? rounding = null;
        NumberSyntax? decimals = null;
        if (c.bandsMeasure() is { } m)
        {
            if (IsPresent(m.POINTS()))
            {
                measure = BandMeasure.Points;
            }
            else if (IsPresent(m.PERCENTAGE()))
            {
                rounding = Name(m.rounding);
                decimals = Number(m.NUMBER(), m);
            }
        }

        var rows = ImmutableArray.CreateBuilder<BandRowSyntax>();
        foreach (var row in c.bandRow())
        {
            rows.Add(new BandRowSyntax(
                Name(row.level),
                Number(row.low, row),
                row.lowPct is not null,
                Number(row.high, row),
                row.highPct is not null,
                Span(row)));
        }

        var measureSpan = c.bandsMeasure() is { } measureContext ? Span(measureContext) : Span(c);
        return new BandsDeclarationSyntax(Name(c.name), OptionalText(c.text()), measure, rounding, decimals, measureSpan, rows.ToImmutable(), Span(c));
    }

    private FactDeclarationSyntax BuildFact(P.FactDeclContext c)
    {
        FactTypeSyntax type = c.factType() switch
        {
            P.IntegerFactContext t => new IntegerFactTypeSyntax(Span(t)),
            P.EnumFactContext { valueSet: { } set } t => new ValueSetFactTypeSyntax(Name(set), Span(t)),
            P.EnumFactContext t => new EnumFactTypeSyntax(BuildEnumMembers(t.enumMember()), Span(t)),
            P.DerivedFactContext t => new DerivedFactTypeSyntax(Expression(t.expression(), t), Span(t)),
            P.BooleanFactContext t => new BooleanFactTypeSyntax(Span(t)),
            _ => new BooleanFactTypeSyntax(Span(c)),
        };
        return new FactDeclarationSyntax(Name(c.name), Text(c.text(), c), type, c.analysisMarker() is not null, Span(c));
    }

    private ImmutableArray<EnumMemberSyntax> BuildEnumMembers(P.EnumMemberContext[] values)
    {
        var members = ImmutableArray.CreateBuilder<EnumMemberSyntax>();
        foreach (var member in values)
        {
            var caseTypes = member.caseTypes() is { } types ? Names(types.ident()) : ImmutableArray<NameSyntax>.Empty;
            members.Add(new EnumMemberSyntax(Name(member.name), Text(member.text(), member), caseTypes, Span(member)));
        }

        return members.ToImmutable();
    }

    private DiscretionDeclarationSyntax BuildDiscretion(P.DiscretionDeclContext c)
    {
        var clauses = ImmutableArray.CreateBuilder<DiscretionClauseSyntax>();
        foreach (var clause in c.discretionClause())
        {
            switch (clause)
            {
                case P.DiscretionRationaleContext r:
                    clauses.Add(new DiscretionRationaleSyntax(Span(r)));
                    break;
                case P.DiscretionMoveContext m:
                    clauses.Add(new DiscretionMoveSyntax(Name(m.from), Name(m.to), m.NUMBER() is { } n ? Number(n, m) : null, Span(m)));
                    break;
            }
        }

        return new DiscretionDeclarationSyntax(clauses.ToImmutable(), Span(c));
    }

    private ScoreDeclarationSyntax BuildScore(P.ScoreDeclContext c)
    {
        // The rounding is all or nothing: `rounded` present means the author wrote one.
        var rounded = IsPresent(c.ROUNDED());
        return new ScoreDeclarationSyntax(
            Name(c.name),
            Text(c.text(), c),
            rounded ? Name(c.rounding) : null,
            rounded ? Number(c.NUMBER(), c) : null,
            Span(c));
    }

    private ContributionsSyntax Contributions(P.ContributionsContext c) => new(Names(c.ident()), Span(c));

    private DomainSyntax BuildDomain(P.DomainDeclContext c)
    {
        var caseTypes = ImmutableArray.CreateBuilder<NameSyntax>();
        if (c.caseTypes() is { } types)
        {
            foreach (var ident in types.ident())
            {
                caseTypes.Add(Name(ident));
            }
        }

        var members = Members<P.DomainMemberContext>(c, member =>
            member.standardDecl() is { } standard ? BuildStandard(standard)
            : member.contributions() is { } contributions ? Contributions(contributions)
            : ItemProperty(member.itemProperty()));

        return new DomainSyntax(Number(c.number, c), Name(c.name), Text(c.text(), c), caseTypes.ToImmutable(), Condition(c.applicability()), members, Span(c));
    }

    private StandardSyntax BuildStandard(P.StandardDeclContext c)
    {
        var members = Members<P.StandardMemberContext>(c, member => member switch
        {
            P.StandardStatementContext s => new StatementSyntax(Text(s.text(), s), Span(s)),
            P.StandardRatingContext r => RatingRule(r.ratingRule()),
            P.StandardDiscretionContext d => BuildDiscretion(d.discretionDecl()),
            P.StandardKeyQuestionContext k => BuildKeyQuestion(k.keyQuestionDecl()),
            P.StandardContributionsContext k => Contributions(k.contributions()),
            P.StandardPropertyContext p => ItemProperty(p.itemProperty()),
            _ => null,
        });

        return new StandardSyntax(Number(c.number, c), Name(c.name), Text(c.text(), c), Condition(c.applicability()), members, Span(c));
    }

    // A rule that a syntax error cut short (neither `judgement`, `lowest` nor `not rated`) is left out; the error stands for it.
    private static RatingRuleSyntax? RatingRule(P.RatingRuleContext r) =>
        IsPresent(r.JUDGEMENT()) ? new RatingRuleSyntax(RatingRuleKind.Judgement, null, Span(r))
        : IsPresent(r.LOWEST()) ? new RatingRuleSyntax(RatingRuleKind.LowestKeyQuestion, Name(r.bands), Span(r))
        : IsPresent(r.NOT()) && IsPresent(r.RATED()) ? new RatingRuleSyntax(RatingRuleKind.NotRated, null, Span(r))
        : null;

    private KeyQuestionSyntax BuildKeyQuestion(P.KeyQuestionDeclContext c)
    {
        var members = Members<P.KeyQuestionMemberContext>(c, member =>
            member.promptDecl() is { } prompt ? BuildPrompt(prompt)
            : member.contributions() is { } contributions ? Contributions(contributions)
            : ItemProperty(member.itemProperty()));

        return new KeyQuestionSyntax(Number(c.number, c), Name(c.name), Text(c.text(), c), Condition(c.applicability()), members, Span(c));
    }

    private PromptSyntax BuildPrompt(P.PromptDeclContext c)
    {
        var members = Members<P.PromptMemberContext>(c, member =>
            member.contributions() is { } contributions ? Contributions(contributions) : ItemProperty(member.itemProperty()));

        var letter = c.letter is null ? null : Name(c.letter);
        return new PromptSyntax(letter, Name(c.name), Text(c.text(), c), Condition(c.applicability()), members, Span(c));
    }

    /// <summary>
    /// An item's members, in source order, each built by <paramref name="build"/>; one that a syntax
    /// error cut short (null) is left out, the error stands for it. The children are walked here
    /// because ANTLR's generated accessors (<c>domainMember()</c>, ...) allocate an array each call.
    /// </summary>
    private static ImmutableArray<SyntaxNode> Members<TMember>(ParserRuleContext item, Func<TMember, SyntaxNode?> build)
        where TMember : ParserRuleContext
    {
        var members = ImmutableArray.CreateBuilder<SyntaxNode>();
        for (var i = 0; i < item.ChildCount; i++)
        {
            if (item.GetChild(i) is TMember member && build(member) is { } built)
            {
                members.Add(built);
            }
        }

        return members.ToImmutable();
    }

    private SyntaxNode? ItemProperty(P.ItemPropertyContext? context) => context switch
    {
        P.GuidancePropertyContext g => new GuidanceSyntax(Text(g.guidance()?.text(), g), Span(g)),
        P.ProvenancePropertyContext p when p.kind is { TokenIndex: >= 0 } =>
            new ProvenanceSyntax(p.kind.Type == P.RECONSTRUCTED ? ProvenanceKind.Reconstructed : ProvenanceKind.Verbatim, Name(p.source), OptionalText(p.text()), Span(p)),
        P.AnswersPropertyContext a => new AnswersSyntax(Name(a.kind), Span(a)),
        P.RationalePropertyContext r => new RationaleRequiredSyntax(Span(r)),
        _ => null,
    };

    // ---- conditions ----------------------------------------------------------------------------

    private ExpressionSyntax? Condition(P.ApplicabilityContext? context) =>
        context is null ? null : Expression(context.expression(), context);

    private ExpressionSyntax Expression(P.ExpressionContext? context, ParserRuleContext owner)
    {
        if (context is null)
        {
            return Missing(owner);
        }

        var operands = context.andExpression();
        if (operands.Length == 1)
        {
            return And(operands[0]);
        }

        var built = ImmutableArray.CreateBuilder<ExpressionSyntax>(operands.Length);
        foreach (var operand in operands)
        {
            built.Add(And(operand));
        }

        return new LogicalExpressionSyntax(LogicalOperator.Or, built.MoveToImmutable(), Span(context));
    }

    private ExpressionSyntax And(P.AndExpressionContext context)
    {
        var operands = context.notExpression();
        if (operands.Length == 1)
        {
            return Not(operands[0]);
        }

        var built = ImmutableArray.CreateBuilder<ExpressionSyntax>(operands.Length);
        foreach (var operand in operands)
        {
            built.Add(Not(operand));
        }

        return new LogicalExpressionSyntax(LogicalOperator.And, built.MoveToImmutable(), Span(context));
    }

    private ExpressionSyntax Not(P.NotExpressionContext? context) => context switch
    {
        P.NegationContext n => new NotExpressionSyntax(Not(n.notExpression()), Span(n)),
        P.PlainComparisonContext c => ComparisonExpression(c.comparison(), c),
        _ => Missing(context),
    };

    private ExpressionSyntax ComparisonExpression(P.ComparisonContext? context, ParserRuleContext owner)
    {
        if (context is null)
        {
            return Missing(owner);
        }

        var left = Primary(context.left, context);
        return context.comparisonTail() switch
        {
            P.RelationalContext r => new ComparisonExpressionSyntax(left, Operator(r.op), SpanOf(r.op), Primary(r.right, r), Span(context)),
            P.MembershipContext m => new MembershipExpressionSyntax(left, m.NOT() is not null, Names(m.ident()), Span(context)),
            _ => left,
        };
    }

    private ExpressionSyntax Primary(P.PrimaryContext? context, ParserRuleContext owner) => context switch
    {
        P.NameReferenceContext n => new NameExpressionSyntax(Name(n.ident())),
        P.NumberLiteralContext n => new NumberLiteralSyntax(Number(n.NUMBER(), n)),
        P.TrueLiteralContext t => new BooleanLiteralSyntax(true, Span(t)),
        P.FalseLiteralContext f => new BooleanLiteralSyntax(false, Span(f)),
        P.ParenthesizedContext p => new ParenthesizedExpressionSyntax(Expression(p.expression(), p), Span(p)),
        _ => Missing(owner),
    };

    private Comparison Operator(IToken? op)
    {
        if (op?.Type == P.ASSIGN)
        {
            _diagnostics.Report.SingleEquals(SpanOf(op), TokenDescriptions.DescribeFound(op));
        }

        return OperatorOf(op);
    }

    private static Comparison OperatorOf(IToken? op) => op?.Type switch
    {
        P.NEQ => Comparison.NotEqual,
        P.LT => Comparison.Less,
        P.LE => Comparison.LessOrEqual,
        P.GT => Comparison.Greater,
        P.GE => Comparison.GreaterOrEqual,
        _ => Comparison.Equal,
    };

    private MissingExpressionSyntax Missing(ParserRuleContext? owner) =>
        new(owner is null ? new TextSpan(0, 0) : new TextSpan(Span(owner).End, 0));

    // ---- leaves --------------------------------------------------------------------------------

    private ImmutableArray<NameSyntax> Names(P.IdentContext[] idents)
    {
        var names = ImmutableArray.CreateBuilder<NameSyntax>(idents.Length);
        foreach (var ident in idents)
        {
            names.Add(Name(ident));
        }

        return names.MoveToImmutable();
    }

    private static NameSyntax Name(P.IdentContext? ident)
    {
        if (ident is null || ident.Start is null || ident.exception is not null || ident.Start.TokenIndex < 0 || ident.ChildCount == 0)
        {
            var at = ident?.Start is { StartIndex: >= 0 } start ? start.StartIndex : 0;
            return new NameSyntax(string.Empty, new TextSpan(at, 0), IsMissing: true);
        }

        // An ident is one token; after error recovery it may also hold the tokens skipped before it,
        // whose texts ANTLR's GetText joins.
        var text = ident.ChildCount == 1 && ident.GetChild(0) is ITerminalNode only ? only.Symbol.Text : ident.GetText();
        return new NameSyntax(text, SpanOf(ident.Start), IsMissing: false);
    }

    private TextSyntax Text(P.TextContext? text, ParserRuleContext owner)
    {
        var token = text?.STRING()?.Symbol;
        if (token is null || token.TokenIndex < 0 || token.StartIndex < 0)
        {
            return new TextSyntax(string.Empty, new TextSpan(Span(owner).End, 0), IsMissing: true);
        }

        // Read from the file where the token's text is the file's (it starts with the '"' there), without
        // copying the token's text first; text in the wrong quotes was given new text by the lexing stage.
        var value = _source.Text[token.StartIndex] == '"'
            ? TextUnescaper.Unescape(_source.Text, token.StartIndex, token.StopIndex + 1 - token.StartIndex, _diagnostics)
            : TextUnescaper.Unescape(token.Text, 0, token.Text.Length, token.StartIndex, _diagnostics);
        return new TextSyntax(value, SpanOf(token));
    }

    private TextSyntax? OptionalText(P.TextContext? text) =>
        text is null ? null : Text(text, text);

    private static NumberSyntax Number(ITerminalNode? node, ParserRuleContext owner) => Number(node?.Symbol, owner);

    private static NumberSyntax Number(IToken? token, ParserRuleContext owner)
    {
        if (token is null || token.TokenIndex < 0 || token.StartIndex < 0)
        {
            return new NumberSyntax(string.Empty, new TextSpan(Span(owner).Start, 0), IsMissing: true);
        }

        return new NumberSyntax(token.Text, SpanOf(token));
    }

    private static bool IsPresent(ITerminalNode? node) => node?.Symbol is { TokenIndex: >= 0 };

    private static TextSpan SpanOf(IToken? token) =>
        token is null ? default : FrameworkParser.SpanOf(token);

    private static TextSpan Span(ParserRuleContext context)
    {
        var start = context.Start is { StartIndex: >= 0 } s ? s.StartIndex : 0;
        var stop = context.Stop is { StopIndex: >= 0, TokenIndex: >= 0 } e && e.Type != TokenConstants.EOF ? e.StopIndex + 1 : start;
        return TextSpan.FromBounds(start, System.Math.Max(start, stop));
    }
}
