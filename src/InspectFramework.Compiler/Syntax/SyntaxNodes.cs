using System.Collections.Immutable;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;

namespace InspectFramework.Compiler.Syntax;

// The compiler's own immutable syntax tree. It keeps every part's span and the source order of
// members (the formatter and the docs renderer follow the author's order); parts that a syntax
// error left out are marked missing rather than dropped, so later phases skip them quietly.

public abstract record SyntaxNode(TextSpan Span);

/// <summary>An identifier such as <c>court_disposals</c>.</summary>
public sealed record NameSyntax(string Text, TextSpan Span, bool IsMissing = false) : SyntaxNode(Span)
{
    public override string ToString() => Text;
}

/// <summary>Quoted text; <see cref="Value"/> has escapes resolved.</summary>
public sealed record TextSyntax(string Value, TextSpan Span, bool IsMissing = false) : SyntaxNode(Span);

/// <summary>A number as written: <c>2</c>, <c>2.1.3</c>, <c>64.5</c>.</summary>
public sealed record NumberSyntax(string Text, TextSpan Span, bool IsMissing = false) : SyntaxNode(Span)
{
    public override string ToString() => Text;
}

public sealed record CompilationUnitSyntax(ImmutableArray<DeclarationSyntax> Declarations, TextSpan Span) : SyntaxNode(Span)
{
    private readonly ImmutableArray<CommentTrivia> _comments = ImmutableArray<CommentTrivia>.Empty;

    /// <summary>Every complete comment of the file in source order. Comments carry no meaning, so
    /// they sit beside the tree rather than in it; the formatter places them back by position.</summary>
    public ImmutableArray<CommentTrivia> Comments
    {
        get => _comments;
        init => _comments = value.IsDefault ? ImmutableArray<CommentTrivia>.Empty : value;
    }
}

public enum CommentKind
{
    /// <summary><c>// ...</c> up to the end of the line (the line break is not part of it).</summary>
    Line,

    /// <summary><c>/* ... */</c>, possibly over several lines.</summary>
    Block,
}

/// <summary>A comment as written, with its span; <see cref="Text"/> includes the <c>//</c> or <c>/* */</c> markers.</summary>
public sealed record CommentTrivia(CommentKind Kind, string Text, TextSpan Span);

public abstract record DeclarationSyntax(TextSpan Span) : SyntaxNode(Span);

// ---- header ---------------------------------------------------------------------------------------

public enum HeaderPropertyKind
{
    Title,
    Version,
    Publisher,
    Effective,
    Guidance,
}

public sealed record HeaderPropertySyntax(HeaderPropertyKind Kind, string Value, TextSpan ValueSpan, TextSpan Span) : SyntaxNode(Span);

public sealed record FrameworkDeclarationSyntax(NameSyntax Name, ImmutableArray<HeaderPropertySyntax> Properties, TextSpan Span) : DeclarationSyntax(Span);

public sealed record SourceDeclarationSyntax(NameSyntax Name, TextSyntax Title, TextSpan Span) : DeclarationSyntax(Span);

// ---- scale and bands ------------------------------------------------------------------------------

public sealed record ScaleDeclarationSyntax(NameSyntax Name, TextSyntax? Label, ImmutableArray<LevelDeclarationSyntax> Levels, TextSpan Span) : DeclarationSyntax(Span);

public sealed record LevelDeclarationSyntax(NameSyntax Name, TextSyntax Label, NumberSyntax Points, TextSpan Span) : SyntaxNode(Span);

public sealed record BandsDeclarationSyntax(
    NameSyntax Name,
    TextSyntax? Label,
    BandMeasure Measure,
    NameSyntax? Rounding,
    NumberSyntax? Decimals,
    TextSpan MeasureSpan,
    ImmutableArray<BandRowSyntax> Rows,
    TextSpan Span) : DeclarationSyntax(Span);

public sealed record BandRowSyntax(NameSyntax Level, NumberSyntax Low, bool LowIsPercent, NumberSyntax High, bool HighIsPercent, TextSpan Span) : SyntaxNode(Span);

// ---- case types and facts -------------------------------------------------------------------------

public sealed record CaseTypeDeclarationSyntax(NameSyntax Name, TextSyntax Label, TextSpan Span) : DeclarationSyntax(Span);

public sealed record FactDeclarationSyntax(NameSyntax Name, TextSyntax Label, FactTypeSyntax Type, bool ForAnalysis, TextSpan Span) : DeclarationSyntax(Span);

public abstract record FactTypeSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record BooleanFactTypeSyntax(TextSpan Span) : FactTypeSyntax(Span);

public sealed record IntegerFactTypeSyntax(TextSpan Span) : FactTypeSyntax(Span);

public sealed record EnumFactTypeSyntax(ImmutableArray<EnumMemberSyntax> Members, TextSpan Span) : FactTypeSyntax(Span);

/// <summary><c>one of classification</c>: the values of a shared value set.</summary>
public sealed record ValueSetFactTypeSyntax(NameSyntax ValueSet, TextSpan Span) : FactTypeSyntax(Span);

/// <summary>A value; with <c>for court, ...</c> (<see cref="CaseTypes"/> not empty) it is allowed only in cases of those case types.</summary>
public sealed record EnumMemberSyntax(NameSyntax Name, TextSyntax Label, ImmutableArray<NameSyntax> CaseTypes, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>values classification "Classification" { low "Low", ... }</c>: values that several facts share.</summary>
public sealed record ValueSetDeclarationSyntax(NameSyntax Name, TextSyntax Label, ImmutableArray<EnumMemberSyntax> Members, TextSpan Span) : DeclarationSyntax(Span);

public sealed record DerivedFactTypeSyntax(ExpressionSyntax Expression, TextSpan Span) : FactTypeSyntax(Span);

// ---- discretion and overall -----------------------------------------------------------------------

public sealed record DiscretionDeclarationSyntax(ImmutableArray<DiscretionClauseSyntax> Clauses, TextSpan Span) : DeclarationSyntax(Span);

public abstract record DiscretionClauseSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record DiscretionRationaleSyntax(TextSpan Span) : DiscretionClauseSyntax(Span);

public sealed record DiscretionMoveSyntax(NameSyntax From, NameSyntax To, NumberSyntax? WithinPoints, TextSpan Span) : DiscretionClauseSyntax(Span);

public sealed record OverallDeclarationSyntax(NameSyntax Bands, TextSpan Span) : DeclarationSyntax(Span);

// ---- pooled scores --------------------------------------------------------------------------------

/// <summary><c>score safeguarding "Safeguarding" rounded half_up to 0 decimals</c>; the rounding is optional (both parts null without it).</summary>
public sealed record ScoreDeclarationSyntax(NameSyntax Name, TextSyntax Label, NameSyntax? Rounding, NumberSyntax? Decimals, TextSpan Span) : DeclarationSyntax(Span);

/// <summary><c>contributes to safeguarding, risk_of_harm</c>: a member of a domain, standard or key question.</summary>
public sealed record ContributionsSyntax(ImmutableArray<NameSyntax> Scores, TextSpan Span) : SyntaxNode(Span);

// ---- items: domain, standard, key question, prompt ------------------------------------------------

/// <summary>What every framework item has: a published number, a stable name, wording, an optional condition, members in source order.</summary>
public abstract record ItemSyntax(
    NumberSyntax? Number,
    NameSyntax Name,
    TextSyntax Text,
    ExpressionSyntax? Condition,
    ImmutableArray<SyntaxNode> Members,
    TextSpan Span) : DeclarationSyntax(Span)
{
    /// <summary>The published number as written; empty for prompts and for a number a syntax error left out.</summary>
    public string NumberText => Number?.Text ?? string.Empty;
}

public sealed record DomainSyntax(NumberSyntax Number, NameSyntax Name, TextSyntax Text, ImmutableArray<NameSyntax> CaseTypes, ExpressionSyntax? Condition, ImmutableArray<SyntaxNode> Members, TextSpan Span)
    : ItemSyntax(Number, Name, Text, Condition, Members, Span);

public sealed record StandardSyntax(NumberSyntax Number, NameSyntax Name, TextSyntax Text, ExpressionSyntax? Condition, ImmutableArray<SyntaxNode> Members, TextSpan Span)
    : ItemSyntax(Number, Name, Text, Condition, Members, Span);

public sealed record KeyQuestionSyntax(NumberSyntax Number, NameSyntax Name, TextSyntax Text, ExpressionSyntax? Condition, ImmutableArray<SyntaxNode> Members, TextSpan Span)
    : ItemSyntax(Number, Name, Text, Condition, Members, Span);

/// <summary>A prompt; its published number is a letter, <c>(a)</c>, held in <see cref="Letter"/>.</summary>
public sealed record PromptSyntax(NameSyntax? Letter, NameSyntax Name, TextSyntax Text, ExpressionSyntax? Condition, ImmutableArray<SyntaxNode> Members, TextSpan Span)
    : ItemSyntax(null, Name, Text, Condition, Members, Span);

public sealed record StatementSyntax(TextSyntax Text, TextSpan Span) : SyntaxNode(Span);

public enum RatingRuleKind
{
    Judgement,
    LowestKeyQuestion,

    /// <summary><c>not rated</c>: the standard is reported as percentages only.</summary>
    NotRated,
}

public sealed record RatingRuleSyntax(RatingRuleKind Kind, NameSyntax? Bands, TextSpan Span) : SyntaxNode(Span);

public sealed record GuidanceSyntax(TextSyntax Text, TextSpan Span) : SyntaxNode(Span);

public sealed record ProvenanceSyntax(ProvenanceKind Kind, NameSyntax Source, TextSyntax? Note, TextSpan Span) : SyntaxNode(Span);

public sealed record AnswersSyntax(NameSyntax Kind, TextSpan Span) : SyntaxNode(Span);

public sealed record RationaleRequiredSyntax(TextSpan Span) : SyntaxNode(Span);

// ---- conditions -----------------------------------------------------------------------------------

public abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record NameExpressionSyntax(NameSyntax Name) : ExpressionSyntax(Name.Span);

public sealed record NumberLiteralSyntax(NumberSyntax Number) : ExpressionSyntax(Number.Span);

public sealed record BooleanLiteralSyntax(bool Value, TextSpan Span) : ExpressionSyntax(Span);

public sealed record ParenthesizedExpressionSyntax(ExpressionSyntax Inner, TextSpan Span) : ExpressionSyntax(Span);

public sealed record NotExpressionSyntax(ExpressionSyntax Operand, TextSpan Span) : ExpressionSyntax(Span);

public enum LogicalOperator
{
    And,
    Or,
}

/// <summary>A flat chain <c>a and b and c</c>: flat so that long chains never nest deeply.</summary>
public sealed record LogicalExpressionSyntax(LogicalOperator Operator, ImmutableArray<ExpressionSyntax> Operands, TextSpan Span) : ExpressionSyntax(Span);

public sealed record ComparisonExpressionSyntax(ExpressionSyntax Left, Comparison Operator, TextSpan OperatorSpan, ExpressionSyntax Right, TextSpan Span) : ExpressionSyntax(Span);

public sealed record MembershipExpressionSyntax(ExpressionSyntax Left, bool Negated, ImmutableArray<NameSyntax> Members, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>A condition a syntax error left incomplete; later phases skip it.</summary>
public sealed record MissingExpressionSyntax(TextSpan Span) : ExpressionSyntax(Span);
