namespace InspectFramework.Runtime;

/// <summary>The kind of a framework item.</summary>
public enum FrameworkItemKind
{
    /// <summary>A domain ("2").</summary>
    Domain = 0,

    /// <summary>A standard ("2.1").</summary>
    Standard = 1,

    /// <summary>A key question ("2.1.1").</summary>
    KeyQuestion = 2,

    /// <summary>A prompt ("2.1.1(a)").</summary>
    Prompt = 3,
}

/// <summary>
/// A domain, standard, key question or prompt with its published wording, as generated code lists
/// them (in framework order) for user interfaces and reports.
/// </summary>
/// <param name="Kind">Domain, standard, key question or prompt.</param>
/// <param name="Number">The published number: "2", "2.1", "2.1.1", "2.1.1(a)".</param>
/// <param name="Name">The stable name.</param>
/// <param name="Wording">The published wording.</param>
/// <param name="Statement">A standard's published statement; null for other items.</param>
/// <param name="Guidance">Notes for readers; null when none.</param>
/// <param name="Parent">The number of the enclosing item; null for a domain.</param>
public sealed record FrameworkItem(FrameworkItemKind Kind, string Number, string Name, string Wording, string? Statement, string? Guidance, string? Parent);
