namespace InspectFramework.Tooling.Scoring;

/// <summary>How an accepted case counts for one key question.</summary>
public enum KeyQuestionOutcome : byte
{
    /// <summary>Out of the denominator: the key question did not apply, or was answered "not applicable".</summary>
    NotCounted = 0,
    Yes = 1,
    No = 2,
}

/// <summary>
/// Receives every case an <see cref="InspectionSession"/> accepts (validated, no problem), as it is
/// counted: the way analysis sees the cases without the session holding them.
/// </summary>
public interface ICaseObserver
{
    /// <summary>Called once per accepted case. <paramref name="accepted"/> is reused for the next
    /// case: read what is needed before returning.</summary>
    void CaseAccepted(AcceptedCase accepted);
}

/// <summary>An accepted case as scoring counted it: its facts (recorded and derived) and, per key
/// question slot, whether it counted yes, no, or not at all.</summary>
public sealed class AcceptedCase
{
    private readonly KeyQuestionOutcome[] _outcomes;
    private CaseRecord? _record;

    internal AcceptedCase(ScoringPlan plan)
    {
        _outcomes = new KeyQuestionOutcome[plan.KeyQuestionItems.Length];
    }

    internal KeyQuestionOutcome[] Outcomes => _outcomes;

    private CaseRecord Record => _record ?? throw new System.InvalidOperationException("No case is being observed.");

    /// <summary>The outcome for the key question in <paramref name="slot"/> (see <see cref="ScoringPlan.KeyQuestionItems"/>).</summary>
    public KeyQuestionOutcome Outcome(int slot) => _outcomes[slot];

    /// <summary>The fact's value (booleans 0 or 1, integers as they are, enumerations by member
    /// index), false when the case does not record it (or a derived fact could not be worked out).</summary>
    public bool TryGetFact(int fact, out int value)
    {
        var record = Record;
        value = record.FactValues[fact];
        return record.FactKnown[fact];
    }

    internal void Attach(CaseRecord? record) => _record = record;
}
