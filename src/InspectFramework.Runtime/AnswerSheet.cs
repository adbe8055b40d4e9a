using System;

namespace InspectFramework.Runtime;

/// <summary>
/// What a form records for the key questions and prompts of one of its sections (a domain): one slot per
/// item, in framework order, in arrays the section's items share. Each item reads and writes its own slot
/// through its properties (<see cref="ChoiceItem.Answer"/>, <see cref="FormItem.Rationale"/>, ...); the
/// generated validator and scorer read the arrays directly, so that checking and counting a case touches
/// a few cache lines rather than one object per item. Created by generated forms, one per section.
/// </summary>
public sealed class AnswerSheet
{
    /// <param name="items">How many key questions and prompts the section has.</param>
    /// <param name="text">True when some of them are answered with written evidence.</param>
    /// <param name="numbers">True when some of them are answered with a number.</param>
    public AnswerSheet(int items, bool text, bool numbers)
    {
        if (items < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(items), items, "A section has no fewer than zero items.");
        }

        Answers = new Answer[items];
        Rationales = new string?[items];
        Evidence = text ? new string?[items] : Array.Empty<string?>();
        Numbers = numbers ? new decimal?[items] : Array.Empty<decimal?>();
    }

    /// <summary>The answers of items answered yes / no (/ not applicable), by slot; <see cref="Answer.None"/> elsewhere.</summary>
    public Answer[] Answers { get; }

    /// <summary>The rationales, by slot.</summary>
    public string?[] Rationales { get; }

    /// <summary>The written evidence of items answered with text, by slot; empty when the section has none.</summary>
    public string?[] Evidence { get; }

    /// <summary>The numbers of items answered with a number, by slot; empty when the section has none.</summary>
    public decimal?[] Numbers { get; }
}
