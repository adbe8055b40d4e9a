namespace InspectFramework.Runtime;

/// <summary>
/// The one meaning of the connectives and comparisons of a condition (docs/scoring.md): Kleene's
/// strong three-valued logic over <see cref="Tri"/>. The scoring evaluator uses it as it is; the
/// checker, whose candidate cases know every fact, uses its two-valued restriction; generated code
/// writes it with C#'s <c>bool?</c> operators (an unset fact is null).
/// </summary>
public static class Kleene
{
    /// <summary>True or false as a <see cref="Tri"/>.</summary>
    public static Tri Of(bool value) => value ? Tri.True : Tri.False;

    /// <summary>Negation: unknown stays unknown.</summary>
    public static Tri Not(Tri value) => value switch
    {
        Tri.True => Tri.False,
        Tri.False => Tri.True,
        _ => Tri.Unknown,
    };

    /// <summary>Conjunction: false when either is false, whatever the other; else unknown when either is.</summary>
    public static Tri And(Tri left, Tri right) =>
        left == Tri.False || right == Tri.False ? Tri.False : left == Tri.Unknown || right == Tri.Unknown ? Tri.Unknown : Tri.True;

    /// <summary>Disjunction: true when either is true, whatever the other; else unknown when either is.</summary>
    public static Tri Or(Tri left, Tri right) =>
        left == Tri.True || right == Tri.True ? Tri.True : left == Tri.Unknown || right == Tri.Unknown ? Tri.Unknown : Tri.False;

    /// <summary>Equivalence in generated code's form, where a <c>bool?</c> is a truth value and null
    /// unknown (C#'s <c>&amp;</c>, <c>|</c> and <c>!</c> on <c>bool?</c> are already Kleene's): unknown
    /// when either is.</summary>
    public static bool? Iff(bool? left, bool? right) => left is null || right is null ? null : left == right;

    /// <summary>A comparison of two numbers, each known or not: unknown when either is.</summary>
    public static Tri Compare(Comparison comparison, long left, bool leftKnown, long right, bool rightKnown) =>
        leftKnown && rightKnown ? Of(comparison.Holds(left, right)) : Tri.Unknown;
}
