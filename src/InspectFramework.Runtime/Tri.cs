namespace InspectFramework.Runtime;

/// <summary>
/// The truth of a condition for one case, in three values: a condition that reads a fact the case
/// does not record is <see cref="Unknown"/> unless the recorded facts already decide it. The
/// connectives are Kleene's (<see cref="Kleene"/>): <c>false and unknown</c> is false, so a court case
/// need not record facts that only out-of-court items depend on. Where every fact is known (the
/// checker's candidate cases, generated code's typed profiles) this is ordinary two-valued logic.
/// </summary>
public enum Tri : byte
{
    /// <summary>The condition does not hold.</summary>
    False = 0,

    /// <summary>The condition holds.</summary>
    True = 1,

    /// <summary>A fact the condition needs is not recorded, and the others do not decide it.</summary>
    Unknown = 2,
}
