using System;
using System.Collections.Generic;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tooling.Scoring;

/// <summary>What a case recorded for one item.</summary>
public enum RecordedAnswer : byte
{
    None = 0,
    Yes = 1,
    No = 2,
    NotApplicable = 3,

    /// <summary>A text or number answer (for items answered with text or a number).</summary>
    Value = 4,

    /// <summary>Something the item does not take ("maybe", a number for a yes/no item); kept so
    /// validation reports it rather than calling the item unanswered.</summary>
    Invalid = 5,
}

/// <summary>
/// One case as read from a data file, in the plan's indexes. Readers fill one record, hand it to
/// <see cref="InspectionSession.AddCase"/>, clear it and reuse it for the next case, so reading a
/// million cases allocates no per-case arrays.
/// </summary>
public sealed class CaseRecord
{
    private readonly List<InspectionProblem> _problems = new();
    // Which facts and items the case's data names, null values included: a name given twice is refused
    // even when one of its values records nothing. An entry holds the number of the case that named
    // it, so clearing the record is one increment rather than two more arrays to wipe.
    private readonly int[] _factNamed;
    private readonly int[] _itemNamed;
    private int _case = 1;
    private bool _anyInvalid;

    internal CaseRecord(ScoringPlan plan)
    {
        Plan = plan;
        FactValues = new int[plan.Facts.Length];
        FactKnown = new bool[plan.Facts.Length];
        FactSeen = new bool[plan.Facts.Length];
        Answers = new RecordedAnswer[plan.Items.Length];
        Rationale = new bool[plan.Items.Length];
        InvalidAnswers = new string?[plan.Items.Length];
        InvalidAnswerCells = new string?[plan.Items.Length];
        _factNamed = new int[plan.Facts.Length];
        _itemNamed = new int[plan.Items.Length];
    }

    public ScoringPlan Plan { get; }

    /// <summary>The case identifier; empty when none was recorded.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Index into <see cref="ScoringPlan.CaseTypes"/>; -1 when missing or unknown (the reader
    /// then records the problem).</summary>
    public int CaseType { get; set; } = -1;

    /// <summary>Where the case starts in its file; problems found while scoring point there.</summary>
    public Location? Location { get; set; }

    /// <summary>The case's row in a CSV file ("row 14"), named in the problems found when scoring it.</summary>
    public string? Cell { get; set; }

    internal int[] FactValues { get; }

    internal bool[] FactKnown { get; }

    // Recorded in the data (as opposed to derived), to catch a fact given twice.
    internal bool[] FactSeen { get; }

    internal RecordedAnswer[] Answers { get; }

    internal bool[] Rationale { get; }

    internal string?[] InvalidAnswers { get; }

    // Where each invalid answer is in a CSV file ("row 14, column 6 (F)"); null elsewhere.
    internal string?[] InvalidAnswerCells { get; }

    internal IReadOnlyList<InspectionProblem> Problems => _problems;

    /// <summary>Notes that the case's data names the fact; false when it already did.</summary>
    public bool NameFact(int fact) => Name(_factNamed, fact);

    /// <summary>Notes that the case's data names the item (an answer, a rationale or both); false when it already did.</summary>
    public bool NameItem(int item) => Name(_itemNamed, item);

    /// <summary>Records a fact: booleans 0 or 1, integers as they are, enumerations by member index.</summary>
    public void SetFact(int fact, int value)
    {
        FactValues[fact] = value;
        FactKnown[fact] = true;
        FactSeen[fact] = true;
    }

    /// <summary>Marks a fact as given but unusable (its value was invalid and has been reported), so
    /// it is not reported again as missing.</summary>
    public void SetFactGivenInvalid(int fact) => FactSeen[fact] = true;

    public void SetAnswer(int item, RecordedAnswer answer) => Answers[item] = answer;

    /// <summary>Records an answer the item does not take, with the text as given (and its CSV cell).</summary>
    public void SetInvalidAnswer(int item, string given, string? cell = null)
    {
        Answers[item] = RecordedAnswer.Invalid;
        InvalidAnswers[item] = given;
        InvalidAnswerCells[item] = cell;
        _anyInvalid = true;
    }

    /// <summary>Records that a (non-blank) rationale was given for the item.</summary>
    public void SetRationale(int item) => Rationale[item] = true;

    /// <summary>A problem the reader found in this case; the case will be rejected.</summary>
    public void AddProblem(InspectionProblem problem) => _problems.Add(problem);

    public void Clear()
    {
        Id = string.Empty;
        CaseType = -1;
        Location = null;
        Cell = null;
        Array.Clear(FactValues, 0, FactValues.Length);
        Array.Clear(FactKnown, 0, FactKnown.Length);
        Array.Clear(FactSeen, 0, FactSeen.Length);
        Array.Clear(Answers, 0, Answers.Length);
        Array.Clear(Rationale, 0, Rationale.Length);
        if (++_case == int.MaxValue)
        {
            Array.Clear(_factNamed, 0, _factNamed.Length);
            Array.Clear(_itemNamed, 0, _itemNamed.Length);
            _case = 1;
        }
        if (_anyInvalid)
        {
            Array.Clear(InvalidAnswers, 0, InvalidAnswers.Length);
            Array.Clear(InvalidAnswerCells, 0, InvalidAnswerCells.Length);
            _anyInvalid = false;
        }

        _problems.Clear();
    }

    private bool Name(int[] named, int index)
    {
        if (named[index] == _case)
        {
            return false;
        }

        named[index] = _case;
        return true;
    }
}
