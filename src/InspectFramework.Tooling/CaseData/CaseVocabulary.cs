using System;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// The names a framework's case data may use (case types, facts and their members, item paths),
/// looked up from UTF-8 text, and the spelling of answers. Shared by the JSON and CSV readers so
/// both accept exactly the same data.
/// </summary>
internal sealed class CaseVocabulary
{
    public CaseVocabulary(ScoringPlan plan)
    {
        Plan = plan;
        CaseTypes = new Utf8NameMap(plan.CaseTypes);
        Facts = new Utf8NameMap(plan.Facts.Select(f => f.Name).ToList());
        Items = new Utf8NameMap(plan.Items.Select(i => i.Path).ToList());
        Members = plan.Facts.Select(f => f.Kind == FactKind.Enumeration ? new Utf8NameMap(f.Members) : null).ToArray();
    }

    public ScoringPlan Plan { get; }

    public Utf8NameMap CaseTypes { get; }

    public Utf8NameMap Facts { get; }

    public Utf8NameMap Items { get; }

    public Utf8NameMap?[] Members { get; }

    public static bool IsBlank(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"yes", "no" or "not_applicable" (any letter case when <paramref name="ignoreCase"/>);
    /// <see cref="RecordedAnswer.None"/> for anything else.</summary>
    public static RecordedAnswer ParseYesNo(ReadOnlySpan<byte> text, bool ignoreCase)
    {
        if (Matches(text, "yes"u8, ignoreCase))
        {
            return RecordedAnswer.Yes;
        }

        if (Matches(text, "no"u8, ignoreCase))
        {
            return RecordedAnswer.No;
        }

        return Matches(text, "not_applicable"u8, ignoreCase) ? RecordedAnswer.NotApplicable : RecordedAnswer.None;
    }

    /// <summary>
    /// A yes/no answer as a spreadsheet holds it: "yes", "no", "not_applicable", "not applicable" or
    /// "n/a", in any letter case, as teams type them in Excel (JSON takes the names only, as its
    /// schema says); <see cref="RecordedAnswer.None"/> for anything else.
    /// </summary>
    public static RecordedAnswer ParseSpreadsheetYesNo(ReadOnlySpan<char> text)
    {
        if (text.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return RecordedAnswer.Yes;
        }

        if (text.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return RecordedAnswer.No;
        }

        return text.Equals("not_applicable", StringComparison.OrdinalIgnoreCase)
            || text.Equals("not applicable", StringComparison.OrdinalIgnoreCase)
            || text.Equals("n/a", StringComparison.OrdinalIgnoreCase)
            ? RecordedAnswer.NotApplicable
            : RecordedAnswer.None;
    }

    public static bool Matches(ReadOnlySpan<byte> text, ReadOnlySpan<byte> word, bool ignoreCase)
    {
        if (!ignoreCase)
        {
            return text.SequenceEqual(word);
        }

        if (text.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= (byte)'A' and <= (byte)'Z')
            {
                c = (byte)(c + 32);
            }

            if (c != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a fact takes, as problems say it.</summary>
    public static string Expected(PlanFact fact) => fact.Kind switch
    {
        FactKind.Boolean => "it takes true or false",
        FactKind.Integer => Runtime.Findings.IntegerFactRange,
        _ => $"it takes one of {string.Join(", ", fact.Members)}",
    };

    /// <summary>Records an enumeration member given as UTF-8 text; false when it is not a member.</summary>
    public bool TrySetEnumFact(CaseRecord record, PlanFact fact, ReadOnlySpan<byte> text)
    {
        var member = Members[fact.Index]!.Find(text);
        if (member < 0)
        {
            return false;
        }

        record.SetFact(fact.Index, member);
        return true;
    }

    /// <summary>The problem for a value a fact does not take; the fact counts as given (not missing).</summary>
    public static void ReportInvalidFact(CaseRecord record, PlanFact fact, string given, Location? at, string? cell = null)
    {
        var suggestion = fact.Kind == FactKind.Enumeration ? NameSuggester.Suggest(given, fact.Members) : null;
        record.SetFactGivenInvalid(fact.Index);
        record.AddProblem(CaseDataProblems.InvalidFactValue(fact.Name, given, Expected(fact) + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)"), at) with { Cell = cell });
    }
}
