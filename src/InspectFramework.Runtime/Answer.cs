namespace InspectFramework.Runtime;

/// <summary>An answer to a key question or prompt.</summary>
public enum Answer
{
    /// <summary>No answer recorded. Correct exactly when the item does not apply to the case.</summary>
    None = 0,

    /// <summary>Done sufficiently well.</summary>
    Yes = 1,

    /// <summary>Not done sufficiently well.</summary>
    No = 2,

    /// <summary>The inspector judged the prompt not applicable (only for items answered yes / no / not applicable).
    /// Not required, not scored, not in the denominator.</summary>
    NotApplicable = 3,
}
