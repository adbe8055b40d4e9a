using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.Scoring;

/// <summary>
/// The catalogue of problems in inspection data files, one method per code (IV01xx case records,
/// IV02xx the inspection's own entries, IV03xx the files). IV00xx findings about answers, missing
/// judgements and refused discretion are in <see cref="Runtime.Findings"/>, shared with generated
/// code. Every code is documented in docs/case-data.md; each message says what to do.
/// </summary>
public static class CaseDataProblems
{
    public const string MissingCaseIdCode = "IV0101";
    public const string DuplicateCaseIdCode = "IV0102";
    public const string UnknownCaseTypeCode = "IV0103";
    public const string MissingCaseTypeCode = "IV0104";
    public const string UnknownFactCode = "IV0105";
    public const string InvalidFactValueCode = Runtime.Findings.InvalidFactValueCode;
    public const string DerivedFactRecordedCode = "IV0107";
    public const string MissingFactCode = Findings.MissingFactCode;
    public const string UnknownItemCode = "IV0109";
    public const string RecordedTwiceCode = "IV0110";

    public const string FrameworkMismatchCode = "IV0201";
    public const string MissingInspectionEntryCode = "IV0202";
    public const string UnknownStandardCode = "IV0203";
    public const string UnknownLevelCode = "IV0204";
    public const string DecisionTwiceCode = "IV0205";
    public const string JudgementForComputedStandardCode = "IV0206";

    public const string MalformedJsonCode = "IV0301";
    public const string MalformedCsvCode = "IV0302";
    public const string UnexpectedStructureCode = "IV0303";
    public const string FileUnreadableCode = "IV0304";
    public const string TooLargeCode = "IV0305";
    public const string DuplicateKeyCode = "IV0306";

    // IV032x: workbooks (.xlsx), apart from the CSV and JSON codes.
    public const string WorkbookUnreadableCode = "IV0320";
    public const string CellUnreadableCode = "IV0321";
    public const string CaseFileOutsideCode = "IV0307";

    /// <summary>Problems with a data file as a whole (IV03xx): cases may be missing after one.</summary>
    public static bool IsFileProblem(string code) => code.StartsWith("IV03", System.StringComparison.Ordinal);

    // ---- IV01xx case records ------------------------------------------------------------------

    public static InspectionProblem MissingCaseId(Location? at) =>
        new(MissingCaseIdCode, "The case has no identifier. Give every case a unique \"id\".", string.Empty, null, at);

    /// <param name="first">Where the identifier was first seen; <see cref="Location.None"/> when that was no place.</param>
    public static InspectionProblem DuplicateCaseId(string id, Location first, Location? at) =>
        new(DuplicateCaseIdCode, $"Another case already has the identifier '{id}'{(first.HasPosition ? $", at {first}" : first == Location.None ? string.Empty : $", in {first}")}. Give every case a unique identifier; a case recorded twice would be counted twice.", id, null, at)
        {
            RelatedLocations = first == Location.None ? ImmutableArray<RelatedLocation>.Empty : ImmutableArray.Create(new RelatedLocation(first, $"the first case with the identifier '{id}'")),
        };

    public static InspectionProblem UnknownCaseType(string given, string? suggestion, IEnumerable<string> known, Location? at) =>
        new(UnknownCaseTypeCode, $"There is no case type '{given}' in this framework.{NameSuggester.DidYouMean(suggestion)} Case types: {string.Join(", ", known)}.", null, "case type", at);

    public static InspectionProblem MissingCaseType(IEnumerable<string> known, Location? at) =>
        new(MissingCaseTypeCode, $"The case has no case type, so nothing can be said about which items apply. Record one of: {string.Join(", ", known)}.", null, "case type", at);

    public static InspectionProblem UnknownFact(string given, string? suggestion, Location? at) =>
        new(UnknownFactCode, $"There is no fact '{given}' in this framework.{NameSuggester.DidYouMean(suggestion)} Correct the name or remove the value.", null, $"fact {given}", at);

    /// <summary>A CSV column that names no fact: the team may list its own columns to ignore.</summary>
    public static InspectionProblem UnknownColumn(string given, string? suggestion, Location? at) =>
        new(UnknownFactCode, $"There is no fact '{given}' in this framework.{NameSuggester.DidYouMean(suggestion)} Correct the column's name, remove the column, or, if it is the team's own (an inspector, a date), name it with --ignore-columns {given} so that it is left unread.", null, $"column {given}", at);

    public static InspectionProblem InvalidFactValue(string fact, string given, string expected, Location? at) =>
        new(InvalidFactValueCode, $"'{given}' is not a value of fact '{fact}': {expected}.", null, Runtime.Findings.FactPath(fact), at);

    public static InspectionProblem DerivedFactRecorded(string fact, Location? at) =>
        new(DerivedFactRecordedCode, $"Fact '{fact}' is derived from other facts by the framework; it cannot be recorded. Remove it and record the facts it is derived from.", null, $"fact {fact}", at);

    // The message is the generated validators' (Findings.MissingFact), so both report alike.
    public static InspectionProblem MissingFact(string fact, IReadOnlyList<string> items, Location? at) =>
        new(MissingFactCode, Findings.MissingFact(string.Empty, fact, items).Message, null, $"fact {fact}", at);

    public static InspectionProblem UnknownItem(string given, string? suggestion, string example, Location? at) =>
        new(UnknownItemCode, $"There is no key question or prompt '{given}' in this framework.{NameSuggester.DidYouMean(suggestion)} Answers are named by the path of names from the domain down, e.g. '{example}'.", null, given, at);

    public static InspectionProblem RecordedTwice(string what, Location? at) =>
        new(RecordedTwiceCode, $"{what} is recorded twice in this case. Keep one.", null, null, at);

    // ---- IV02xx the inspection's own entries --------------------------------------------------

    public static InspectionProblem FrameworkMismatch(string recorded, string scoring, Location? at) =>
        new(FrameworkMismatchCode, $"The data was recorded under {recorded}, but is being scored against {scoring}. Score it with the framework it was recorded under, or name that framework's file with --recorded-under: the data is then scored if the difference between the versions is compatible.", null, null, at);

    public static InspectionProblem MissingInspectionEntry(string entry, string hint, Location? at) =>
        new(MissingInspectionEntryCode, $"The inspection has no {entry}. {hint}", null, null, at);

    public static InspectionProblem UnknownStandard(string given, string? suggestion, string example, Location? at) =>
        new(UnknownStandardCode, $"There is no standard '{given}' in this framework.{NameSuggester.DidYouMean(suggestion)} Standards are named by domain and standard names, e.g. '{example}'.", null, given, at);

    public static InspectionProblem UnknownLevel(string given, string? suggestion, IEnumerable<string> levels, Location? at) =>
        new(UnknownLevelCode, $"There is no rating '{given}' on the framework's scale.{NameSuggester.DidYouMean(suggestion)} Ratings: {string.Join(", ", levels)}.", null, null, at);

    public static InspectionProblem DecisionTwice(string what, string standardNumber, Location? at) =>
        new(DecisionTwiceCode, $"Standard {standardNumber} has more than one {what}. Keep one.", null, $"standard {standardNumber}", at);

    /// <param name="notRated">The standard is <c>not rated</c> rather than rated from its key questions.</param>
    public static InspectionProblem JudgementForComputedStandard(string standardNumber, bool notRated, Location? at) =>
        new(JudgementForComputedStandardCode, notRated
            ? $"Standard {standardNumber} is not rated: it is reported as key question percentages only. Remove the judgement."
            : $"Standard {standardNumber} is rated from its key questions, not by judgement. Remove the judgement; to move its rating, record a professional discretion decision.", null, $"standard {standardNumber}", at);

    /// <param name="notRated">The standard is <c>not rated</c>, rather than rated by judgement.</param>
    public static InspectionProblem RatingForUncomputedStandard(string standardNumber, bool notRated, Location? at) =>
        new(JudgementForComputedStandardCode, notRated
            ? $"Standard {standardNumber} is not rated: it has no rating to record. Remove it from \"ratings\"."
            : $"Standard {standardNumber} is rated by judgement: record its rating in \"judgements\", not in \"ratings\".", null, $"standard {standardNumber}", at);

    /// <summary>An inspection scored from ratings alone lacks the rating of a standard rated from key questions (IV0005, as a missing judgement).</summary>
    public static InspectionProblem MissingRating(string standardNumber, string standardPath, Location? at) =>
        new(Runtime.Findings.MissingJudgementCode, $"Standard {standardNumber} has no recorded rating. An inspection scored from ratings alone records the rating of every standard rated from its key questions: add {{ \"standard\": \"{standardPath}\", \"rating\": \"...\" }} to \"ratings\".", null, $"standard {standardNumber}", at);

    public static InspectionProblem RatingsWithCases(Location? at) =>
        UnexpectedStructure("An inspection with \"ratings\" is scored from those ratings alone, so it has no cases, case files or discretion decisions (a published rating already includes the panel's discretion); keep either the ratings or the cases", at);

    // ---- IV03xx files -------------------------------------------------------------------------

    public static InspectionProblem MalformedJson(string detail, Location at) =>
        new(MalformedJsonCode, $"The file is not valid JSON: {detail}. Nothing after this point was read.", null, null, at);

    public static InspectionProblem MalformedCsv(string detail, Location at) =>
        new(MalformedCsvCode, $"{detail}.", null, null, at);

    public static InspectionProblem UnexpectedStructure(string detail, Location? at) =>
        new(UnexpectedStructureCode, $"{detail}. See docs/case-data.md for the format.", null, null, at);

    public static InspectionProblem FileUnreadable(string reason, Location at) =>
        new(FileUnreadableCode, $"The file could not be read: {reason}.", null, null, at);

    /// <param name="value">The first byte that is not UTF-8.</param>
    public static InspectionProblem NotUtf8(byte value, Location at) =>
        new(FileUnreadableCode, $"The file is not UTF-8 text: the byte 0x{value:X2} here is not UTF-8 (Excel's \"CSV (Comma delimited)\" saves Windows-1252, where letters such as é are one byte). Save it as \"CSV UTF-8 (Comma delimited)\", or read it as it is with --encoding windows-1252.", null, null, at);

    public static InspectionProblem TooLarge(string what, long limit, Location at) =>
        new(TooLargeCode, $"{what} is larger than {limit / (1024 * 1024)} MB; this is not inspection data. Check the file.", null, null, at);

    public static InspectionProblem WorkbookUnreadable(string reason, Location at) =>
        new(WorkbookUnreadableCode, $"The workbook cannot be read as case data: {reason}.", null, null, at);

    /// <summary>A cell whose content is not a value case data can hold: a date, an error value, a formula without a saved result.</summary>
    public static InspectionProblem CellUnreadable(string detail, Location at) =>
        new(CellUnreadableCode, $"{detail}; the row is rejected.", null, null, at);

    /// <param name="key">The key as written in the data.</param>
    /// <param name="where">The object, as methodology staff would name it ("a case", "\"inspection\"").</param>
    public static InspectionProblem DuplicateKey(string key, string where, Location at) =>
        new(DuplicateKeyCode, $"\"{key}\" is given twice in {where}. JSON readers differ on which of the two counts, so neither is used: keep one.", null, null, at);

    /// <param name="entry">The <c>case_files</c> entry as written.</param>
    /// <param name="reason">Why it is outside, e.g. "it is an absolute path".</param>
    public static InspectionProblem CaseFileOutside(string entry, string reason, Location at) =>
        new(CaseFileOutsideCode, $"The case file \"{entry}\" is outside the folder of the inspection file: {reason}. Case files are read only from that folder and the folders in it, so that data cannot make the tool read any other file; move the file there, or allow it with --allow-case-files-outside if you trust this data.", null, null, at);
}
