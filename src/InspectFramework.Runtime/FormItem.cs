using System;

namespace InspectFramework.Runtime;

/// <summary>What kind of answer a key question or prompt takes.</summary>
public enum AnswerType
{
    /// <summary>Yes or no (the default for key questions).</summary>
    YesNo = 0,

    /// <summary>Yes, no, or the inspector's "not applicable" (the default for prompts).</summary>
    YesNoNotApplicable = 1,

    /// <summary>Written evidence.</summary>
    Text = 2,

    /// <summary>A number.</summary>
    Number = 3,
}

/// <summary>
/// A key question or prompt on a case's assessment form: its identity, its published wording, whether
/// it applies to the case (computed from the case's facts by the generated form) and the rationale.
/// Generated forms derive their item classes (one per key question, three shared by all prompts) from
/// <see cref="ChoiceItem"/>, <see cref="TextItem"/> or <see cref="NumberItem"/>. What is recorded for
/// the item is kept in its slot of its section's <see cref="AnswerSheet"/>.
/// </summary>
public abstract class FormItem
{
    /// <summary>Creates an item recorded in slot <paramref name="slot"/> of <paramref name="sheet"/>; called by generated forms.</summary>
    protected FormItem(AnswerSheet sheet, int slot, string number, string name, string path, string wording, AnswerType answerType, bool rationaleRequired)
    {
        Sheet = sheet ?? throw new ArgumentNullException(nameof(sheet));

        // The slot must exist in the array the item records into (empty when the sheet keeps no
        // written evidence or no numbers); every array has the rationales' length otherwise.
        var (recorded, what) = answerType switch
        {
            AnswerType.Text => (sheet.Evidence.Length, "written evidence"),
            AnswerType.Number => (sheet.Numbers.Length, "numbers"),
            _ => (sheet.Answers.Length, "answers"),
        };
        if ((uint)slot >= (uint)recorded)
        {
            throw new ArgumentOutOfRangeException(nameof(slot), slot, $"The slot is not one of the answer sheet's {what}.");
        }

        Slot = slot;
        Number = number ?? throw new ArgumentNullException(nameof(number));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Wording = wording ?? throw new ArgumentNullException(nameof(wording));
        AnswerType = answerType;
        RationaleRequired = rationaleRequired;
    }

    /// <summary>The published number: "2.1.3", or a prompt's "2.1.3(b)".</summary>
    public string Number { get; }

    /// <summary>The item's stable name in the framework.</summary>
    public string Name { get; }

    /// <summary>The path findings report: "2.1.1" or "2.1.1 / prompt: victims" (see <see cref="Findings.PathOf"/>).</summary>
    public string Path { get; }

    /// <summary>The published wording.</summary>
    public string Wording { get; }

    /// <summary>The kind of answer the item takes.</summary>
    public AnswerType AnswerType { get; }

    /// <summary>True when the framework requires a written rationale with the answer.</summary>
    public bool RationaleRequired { get; }

    /// <summary>True when the item applies to the case: its domain covers the case type and the
    /// conditions of its domain, standard, key question and (for a prompt) itself hold.</summary>
    public abstract bool Applies { get; }

    /// <summary>True when an answer is recorded.</summary>
    public abstract bool IsAnswered { get; }

    /// <summary>The inspector's rationale; blank counts as none (see <see cref="Findings.IsBlank"/>).</summary>
    public string? Rationale
    {
        get => Sheet.Rationales[Slot];
        set => Sheet.Rationales[Slot] = value;
    }

    private protected AnswerSheet Sheet { get; }

    private protected int Slot { get; }

    /// <inheritdoc />
    public override string ToString() => Path;
}

/// <summary>An item answered yes / no (or, where allowed, not applicable).</summary>
public abstract class ChoiceItem : FormItem
{
    /// <summary>Creates an item recorded in slot <paramref name="slot"/> of <paramref name="sheet"/>; called by generated forms.</summary>
    protected ChoiceItem(AnswerSheet sheet, int slot, string number, string name, string path, string wording, AnswerType answerType, bool rationaleRequired)
        : base(sheet, slot, number, name, path, wording, answerType, rationaleRequired)
    {
        if (answerType is not (AnswerType.YesNo or AnswerType.YesNoNotApplicable))
        {
            throw new ArgumentOutOfRangeException(nameof(answerType), answerType, "A choice item is answered yes / no or yes / no / not applicable.");
        }
    }

    /// <summary>The recorded answer; <see cref="Runtime.Answer.None"/> when none.</summary>
    public Answer Answer
    {
        get => Sheet.Answers[Slot];
        set => Sheet.Answers[Slot] = value;
    }

    /// <summary>True when <see cref="Answer"/> is not <see cref="Runtime.Answer.None"/>.</summary>
    public override bool IsAnswered => Answer != Answer.None;

    /// <summary>True when the item allows <paramref name="answer"/>: yes and no always, not applicable
    /// only on <see cref="AnswerType.YesNoNotApplicable"/> items.</summary>
    public bool Allows(Answer answer) => answer switch
    {
        Answer.Yes or Answer.No => true,
        Answer.NotApplicable => AnswerType == AnswerType.YesNoNotApplicable,
        _ => false,
    };
}

/// <summary>An item answered with written evidence.</summary>
public abstract class TextItem : FormItem
{
    /// <summary>Creates an item recorded in slot <paramref name="slot"/> of <paramref name="sheet"/> (which keeps written evidence); called by generated forms.</summary>
    protected TextItem(AnswerSheet sheet, int slot, string number, string name, string path, string wording, bool rationaleRequired)
        : base(sheet, slot, number, name, path, wording, AnswerType.Text, rationaleRequired)
    {
    }

    /// <summary>The written evidence; blank counts as no answer.</summary>
    public string? Evidence
    {
        get => Sheet.Evidence[Slot];
        set => Sheet.Evidence[Slot] = value;
    }

    /// <inheritdoc />
    public override bool IsAnswered => !Findings.IsBlank(Evidence);
}

/// <summary>An item answered with a number.</summary>
public abstract class NumberItem : FormItem
{
    /// <summary>Creates an item recorded in slot <paramref name="slot"/> of <paramref name="sheet"/> (which keeps numbers); called by generated forms.</summary>
    protected NumberItem(AnswerSheet sheet, int slot, string number, string name, string path, string wording, bool rationaleRequired)
        : base(sheet, slot, number, name, path, wording, AnswerType.Number, rationaleRequired)
    {
    }

    /// <summary>The recorded number; null when none.</summary>
    public decimal? Value
    {
        get => Sheet.Numbers[Slot];
        set => Sheet.Numbers[Slot] = value;
    }

    /// <inheritdoc />
    public override bool IsAnswered => Value.HasValue;
}
