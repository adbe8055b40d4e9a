namespace InspectFramework.Runtime;

/// <summary>
/// The one meaning of the connectives and comparisons of a condition (docs/scoring.md): Kleene's
/// strong three-valued logic over <see cref="Tri"/>. The scoring evaluator uses it as it is; the
/// checker, whose candidate cases know every fact, and generated code, whose profiles do, use its
/// two-valued restriction.
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

    /// <summary>A comparison of two numbers, each known or not: unknown when either is.</summary>
    public static Tri Compare(Comparison comparison, long left, bool leftKnown, long right, bool rightKnown) =>
        leftKnown && rightKnown ? Of(comparison.Holds(left, right)) : Tri.Unknown;
}
