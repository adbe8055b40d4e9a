using System;
using System.Collections.Immutable;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Parsing;

/// <summary>
/// A declaration's syntax moved by a number of characters: what an edit before it does to it, for
/// <see cref="IncrementalParser"/>. Spans are absolute, so a node after the edit is rebuilt with the
/// same content; names, texts and numbers (the strings) are shared with the node it replaces. Every
/// node is made by its constructor, so a member added to a node type fails to compile here until it
/// is moved too.
/// </summary>
internal sealed class SyntaxShifter
{
    private readonly int _delta;

    public SyntaxShifter(int delta) => _delta = delta;

    public DeclarationSyntax Declaration(DeclarationSyntax node) => node switch
    {
        FrameworkDeclarationSyntax n => new FrameworkDeclarationSyntax(Name(n.Name), Array(n.Properties, Header), Span(n.Span)),
        SourceDeclarationSyntax n => new SourceDeclarationSyntax(Name(n.Name), Text(n.Title), Span(n.Span)),
        ScaleDeclarationSyntax n => new ScaleDeclarationSyntax(Name(n.Name), TextOrNull(n.Label), Array(n.Levels, Level), Span(n.Span)),
        BandsDeclarationSyntax n => new BandsDeclarationSyntax(
            Name(n.Name), TextOrNull(n.Label), n.Measure, NameOrNull(n.Rounding), NumberOrNull(n.Decimals), Span(n.MeasureSpan), Array(n.Rows, BandRow), Span(n.Span)),
        CaseTypeDeclarationSyntax n => new CaseTypeDeclarationSyntax(Name(n.Name), Text(n.Label), Span(n.Span)),
        ValueSetDeclarationSyntax n => new ValueSetDeclarationSyntax(Name(n.Name), Text(n.Label), Array(n.Members, EnumMember), Span(n.Span)),
        FactDeclarationSyntax n => new FactDeclarationSyntax(Name(n.Name), Text(n.Label), FactType(n.Type), n.ForAnalysis, Span(n.Span)),
        DiscretionDeclarationSyntax n => Discretion(n),
        OverallDeclarationSyntax n => new OverallDeclarationSyntax(Name(n.Bands), Span(n.Span)),
        ScoreDeclarationSyntax n => new ScoreDeclarationSyntax(Name(n.Name), Text(n.Label), NameOrNull(n.Rounding), NumberOrNull(n.Decimals), Span(n.Span)),
        DomainSyntax n => new DomainSyntax(
            ItemNumber(n), Name(n.Name), Text(n.Text), Array(n.CaseTypes, Name), ExpressionOrNull(n.Condition), Array(n.Members, Member), Span(n.Span)),
        _ => throw Unknown(node),
    };

    public CommentTrivia Comment(CommentTrivia comment) => comment with { Span = Span(comment.Span) };

    private SyntaxNode Member(SyntaxNode node) => node switch
    {
        StandardSyntax n => new StandardSyntax(ItemNumber(n), Name(n.Name), Text(n.Text), ExpressionOrNull(n.Condition), Array(n.Members, Member), Span(n.Span)),
        KeyQuestionSyntax n => new KeyQuestionSyntax(ItemNumber(n), Name(n.Name), Text(n.Text), ExpressionOrNull(n.Condition), Array(n.Members, Member), Span(n.Span)),
        PromptSyntax n => new PromptSyntax(NameOrNull(n.Letter), Name(n.Name), Text(n.Text), ExpressionOrNull(n.Condition), Array(n.Members, Member), Span(n.Span)),
        StatementSyntax n => new StatementSyntax(Text(n.Text), Span(n.Span)),
        RatingRuleSyntax n => new RatingRuleSyntax(n.Kind, NameOrNull(n.Bands), Span(n.Span)),
        GuidanceSyntax n => new GuidanceSyntax(Text(n.Text), Span(n.Span)),
        ProvenanceSyntax n => new ProvenanceSyntax(n.Kind, Name(n.Source), TextOrNull(n.Note), Span(n.Span)),
        AnswersSyntax n => new AnswersSyntax(Name(n.Kind), Span(n.Span)),
        RationaleRequiredSyntax n => new RationaleRequiredSyntax(Span(n.Span)),
        ContributionsSyntax n => new ContributionsSyntax(Array(n.Scores, Name), Span(n.Span)),
        DiscretionDeclarationSyntax n => Discretion(n),
        _ => throw Unknown(node),
    };

    private DiscretionDeclarationSyntax Discretion(DiscretionDeclarationSyntax n) =>
        new(Array(n.Clauses, Clause), Span(n.Span));

    private DiscretionClauseSyntax Clause(DiscretionClauseSyntax node) => node switch
    {
        DiscretionRationaleSyntax n => new DiscretionRationaleSyntax(Span(n.Span)),
        DiscretionMoveSyntax n => new DiscretionMoveSyntax(Name(n.From), Name(n.To), NumberOrNull(n.WithinPoints), Span(n.Span)),
        _ => throw Unknown(node),
    };

    private HeaderPropertySyntax Header(HeaderPropertySyntax n) => new(n.Kind, n.Value, Span(n.ValueSpan), Span(n.Span));

    private LevelDeclarationSyntax Level(LevelDeclarationSyntax n) => new(Name(n.Name), Text(n.Label), Number(n.Points), Span(n.Span));

    private BandRowSyntax BandRow(BandRowSyntax n) => new(Name(n.Level), Number(n.Low), n.LowIsPercent, Number(n.High), n.HighIsPercent, Span(n.Span));

    private FactTypeSyntax FactType(FactTypeSyntax node) => node switch
    {
        BooleanFactTypeSyntax n => new BooleanFactTypeSyntax(Span(n.Span)),
        IntegerFactTypeSyntax n => new IntegerFactTypeSyntax(Span(n.Span)),
        EnumFactTypeSyntax n => new EnumFactTypeSyntax(Array(n.Members, EnumMember), Span(n.Span)),
        ValueSetFactTypeSyntax n => new ValueSetFactTypeSyntax(Name(n.ValueSet), Span(n.Span)),
        DerivedFactTypeSyntax n => new DerivedFactTypeSyntax(Expression(n.Expression), Span(n.Span)),
        _ => throw Unknown(node),
    };

    private EnumMemberSyntax EnumMember(EnumMemberSyntax n) => new(Name(n.Name), Text(n.Label), Array(n.CaseTypes, Name), Span(n.Span));

    // Recursion here goes as deep as the condition nests, which the parser keeps within
    // FrameworkParser.MaxNestingDepth; and/or chains are flat lists.
    private ExpressionSyntax Expression(ExpressionSyntax node) => node switch
    {
        NameExpressionSyntax n => new NameExpressionSyntax(Name(n.Name)),
        NumberLiteralSyntax n => new NumberLiteralSyntax(Number(n.Number)),
        BooleanLiteralSyntax n => new BooleanLiteralSyntax(n.Value, Span(n.Span)),
        ParenthesizedExpressionSyntax n => new ParenthesizedExpressionSyntax(Expression(n.Inner), Span(n.Span)),
        NotExpressionSyntax n => new NotExpressionSyntax(Expression(n.Operand), Span(n.Span)),
        LogicalExpressionSyntax n => new LogicalExpressionSyntax(n.Operator, Array(n.Operands, Expression), Span(n.Span)),
        ComparisonExpressionSyntax n => new ComparisonExpressionSyntax(Expression(n.Left), n.Operator, Span(n.OperatorSpan), Expression(n.Right), Span(n.Span)),
        MembershipExpressionSyntax n => new MembershipExpressionSyntax(Expression(n.Left), n.Negated, Array(n.Members, Name), Span(n.Span)),
        MissingExpressionSyntax n => new MissingExpressionSyntax(Span(n.Span)),
        _ => throw Unknown(node),
    };

    private ExpressionSyntax? ExpressionOrNull(ExpressionSyntax? node) => node is null ? null : Expression(node);

    private NameSyntax Name(NameSyntax n) => new(n.Text, Span(n.Span), n.IsMissing);

    private NameSyntax? NameOrNull(NameSyntax? n) => n is null ? null : Name(n);

    private TextSyntax Text(TextSyntax n) => new(n.Value, Span(n.Span), n.IsMissing);

    private TextSyntax? TextOrNull(TextSyntax? n) => n is null ? null : Text(n);

    private NumberSyntax Number(NumberSyntax n) => new(n.Text, Span(n.Span), n.IsMissing);

    private NumberSyntax? NumberOrNull(NumberSyntax? n) => n is null ? null : Number(n);

    // Domains, standards and key questions always have one: their constructors take it.
    private NumberSyntax ItemNumber(ItemSyntax n) => Number(n.Number!);

    private TextSpan Span(TextSpan span) => new(span.Start + _delta, span.Length);

    private static ImmutableArray<T> Array<T>(ImmutableArray<T> nodes, Func<T, T> shift)
    {
        var builder = ImmutableArray.CreateBuilder<T>(nodes.Length);
        foreach (var node in nodes)
        {
            builder.Add(shift(node));
        }

        return builder.MoveToImmutable();
    }

    private static InvalidOperationException Unknown(SyntaxNode node) =>
        new($"{nameof(SyntaxShifter)} cannot move a {node.GetType().Name}.");
}
