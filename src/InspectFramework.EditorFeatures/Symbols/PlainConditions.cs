using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Lowering;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.EditorFeatures.Symbols;

/// <summary>
/// Conditions read aloud as <c>inspect docs</c> writes them (<see cref="PlainEnglish"/>), for a
/// framework that may have errors elsewhere: a condition is read when it bound completely, and
/// otherwise left unread (null) rather than guessed.
/// </summary>
internal sealed class PlainConditions
{
    private readonly PlainEnglish _english;

    public PlainConditions(FrameworkCompilation compilation)
    {
        var facts = FrameworkFacts.Facts(compilation)
            .Select(f => new FactModel(f.Name, f.Label, f.Kind, f.Members.Select(m => new EnumMemberModel(m.Name, m.Label)).ToEquatableArray(), null, f.ForAnalysis));
        var caseTypes = Navigation.NameReferences.Declared(compilation).OfType<CaseTypeSymbol>().Select(c => new CaseTypeModel(c.Name, c.Label));
        _english = new PlainEnglish(facts, caseTypes);
    }

    /// <summary>"there are factors related to harm"; null for a condition with errors.</summary>
    public string? Clause(BoundExpression? condition) =>
        condition is not null && CanLower(condition) ? _english.Clause(FrameworkLowering.LowerCondition(condition)) : null;

    /// <summary>
    /// When the item applies, as the standards document says it: its own condition and its domain's
    /// case types. Null when it has no condition of its own, or one with errors.
    /// </summary>
    public string? Applicability(ItemSymbol item)
    {
        if (item.Condition is not { } condition || !CanLower(condition))
        {
            return null;
        }

        var domain = item;
        while (domain.Parent is not null)
        {
            domain = domain.Parent;
        }

        var caseTypes = domain is DomainSymbol d ? d.CaseTypes.Select(c => c.Name) : Enumerable.Empty<string>();
        return _english.Applicability(FrameworkLowering.LowerCondition(condition), caseTypes);
    }

    /// <summary>"court disposal cases".</summary>
    public string CaseTypes(ImmutableArray<CaseTypeSymbol> caseTypes) => _english.CaseTypes(caseTypes.Select(c => c.Name));

    // What FrameworkLowering.LowerCondition accepts: a fully bound boolean condition. Conditions are
    // at most FrameworkParser.MaxNestingDepth deep, so the recursion is bounded.
    private static bool CanLower(BoundExpression expression) => expression switch
    {
        BoundBooleanLiteral => true,
        BoundFactReference reference => reference.Type.Kind == ValueTypeKind.Boolean,
        BoundNot not => CanLower(not.Operand),
        BoundLogical logical => logical.Operands.All(CanLower),
        BoundMembership membership => membership.Left is BoundFactReference,
        BoundComparison comparison => comparison.Left.Type == comparison.Right.Type && comparison.Left.Type.Kind switch
        {
            ValueTypeKind.Integer => IsIntegerOperand(comparison.Left) && IsIntegerOperand(comparison.Right),
            ValueTypeKind.Enumeration => comparison.Left is BoundFactReference or BoundEnumLiteral && comparison.Right is BoundFactReference or BoundEnumLiteral,
            ValueTypeKind.Boolean => CanLower(comparison.Left) && CanLower(comparison.Right),
            _ => false,
        },
        _ => false,
    };

    private static bool IsIntegerOperand(BoundExpression expression) => expression is BoundIntegerLiteral or BoundFactReference;
}
