using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Diagnostics;

/// <summary>
/// The one catalogue of diagnostics. Each code has one descriptor and one method, so call sites read
/// like sentences (<c>Report.UndefinedName(span, "fact", "harm", suggestion)</c>) and messages stay
/// consistent. Every code is documented in docs/diagnostics.md (a test checks both).
/// Messages name items as methodology staff do and end with what to do.
/// </summary>
public sealed class DiagnosticCatalogue
{
    // Text and syntax: IF00xx
    public static readonly DiagnosticDescriptor IF0001 = Error("IF0001", "Syntax error");
    public static readonly DiagnosticDescriptor IF0002 = Error("IF0002", "Unterminated text");
    public static readonly DiagnosticDescriptor IF0003 = Error("IF0003", "Unterminated comment");
    public static readonly DiagnosticDescriptor IF0004 = Error("IF0004", "Unexpected character");
    public static readonly DiagnosticDescriptor IF0005 = Error("IF0005", "Invalid escape sequence");
    public static readonly DiagnosticDescriptor IF0006 = Error("IF0006", "Nesting too deep");
    public static readonly DiagnosticDescriptor IF0007 = Error("IF0007", "File is not UTF-8 text");
    public static readonly DiagnosticDescriptor IF0008 = Error("IF0008", "File too large");
    public static readonly DiagnosticDescriptor IF0009 = Error("IF0009", "File could not be read");
    public static readonly DiagnosticDescriptor IF0010 = Error("IF0010", "Missing part");
    public static readonly DiagnosticDescriptor IF0011 = Error("IF0011", "Too many errors");
    public static readonly DiagnosticDescriptor IF0012 = Warning("IF0012", "Bidirectional control character");

    // Declarations and names: IF01xx
    public static readonly DiagnosticDescriptor IF0101 = Error("IF0101", "Missing framework header");
    public static readonly DiagnosticDescriptor IF0102 = Error("IF0102", "Declaration allowed once");
    public static readonly DiagnosticDescriptor IF0103 = Error("IF0103", "Missing required property");
    public static readonly DiagnosticDescriptor IF0104 = Error("IF0104", "Property given twice");
    public static readonly DiagnosticDescriptor IF0105 = Error("IF0105", "Duplicate name");
    public static readonly DiagnosticDescriptor IF0106 = Error("IF0106", "Duplicate number");
    public static readonly DiagnosticDescriptor IF0107 = Error("IF0107", "Number does not belong under its parent");
    public static readonly DiagnosticDescriptor IF0108 = Error("IF0108", "Number out of sequence");
    public static readonly DiagnosticDescriptor IF0109 = Error("IF0109", "Undefined name");
    public static readonly DiagnosticDescriptor IF0110 = Error("IF0110", "Invalid date");
    public static readonly DiagnosticDescriptor IF0111 = Error("IF0111", "Unknown option");
    public static readonly DiagnosticDescriptor IF0112 = Error("IF0112", "Invalid number");
    public static readonly DiagnosticDescriptor IF0113 = Error("IF0113", "Missing rating scale");
    public static readonly DiagnosticDescriptor IF0114 = Error("IF0114", "Name refers to the wrong kind of thing");
    public static readonly DiagnosticDescriptor IF0115 = Error("IF0115", "Prompts partly lettered");

    // Conditions and facts: IF02xx
    public static readonly DiagnosticDescriptor IF0201 = Error("IF0201", "Unknown enumeration member");
    public static readonly DiagnosticDescriptor IF0202 = Error("IF0202", "Values of different types compared");
    public static readonly DiagnosticDescriptor IF0203 = Error("IF0203", "Condition is not true or false");
    public static readonly DiagnosticDescriptor IF0204 = Error("IF0204", "Operator does not apply to this type");
    public static readonly DiagnosticDescriptor IF0205 = Warning("IF0205", "Condition can never hold");
    public static readonly DiagnosticDescriptor IF0206 = Warning("IF0206", "Condition always holds");
    public static readonly DiagnosticDescriptor IF0207 = Warning("IF0207", "Item can never apply");
    public static readonly DiagnosticDescriptor IF0208 = Error("IF0208", "Derived facts depend on each other in a cycle");

    // Rating rules, bands, discretion: IF03xx
    public static readonly DiagnosticDescriptor IF0301 = Error("IF0301", "Gap between bands");
    public static readonly DiagnosticDescriptor IF0302 = Error("IF0302", "Bands overlap");
    public static readonly DiagnosticDescriptor IF0303 = Error("IF0303", "Bands out of order");
    public static readonly DiagnosticDescriptor IF0304 = Error("IF0304", "Percentage bands do not cover 0% to 100%");
    public static readonly DiagnosticDescriptor IF0305 = Error("IF0305", "Overall bands do not cover the reachable points");
    public static readonly DiagnosticDescriptor IF0306 = Error("IF0306", "Computed standard has no key questions");
    public static readonly DiagnosticDescriptor IF0307 = Error("IF0307", "Standard has no rating rule");
    public static readonly DiagnosticDescriptor IF0308 = Error("IF0308", "Discretion names an unknown level");
    public static readonly DiagnosticDescriptor IF0309 = Error("IF0309", "Discretion move does not change the level");
    public static readonly DiagnosticDescriptor IF0310 = Error("IF0310", "Band table measures the wrong thing");
    public static readonly DiagnosticDescriptor IF0311 = Error("IF0311", "Band edge finer than the rounding");
    public static readonly DiagnosticDescriptor IF0312 = Error("IF0312", "Band edge out of range");
    public static readonly DiagnosticDescriptor IF0313 = Error("IF0313", "Missing overall rating rule");
    public static readonly DiagnosticDescriptor IF0314 = Error("IF0314", "Computed standard outside a case domain");
    public static readonly DiagnosticDescriptor IF0315 = Error("IF0315", "Percentage in a points table");
    public static readonly DiagnosticDescriptor IF0316 = Error("IF0316", "Level banded twice");
    public static readonly DiagnosticDescriptor IF0317 = Error("IF0317", "Discretion margin out of range");
    public static readonly DiagnosticDescriptor IF0318 = Error("IF0318", "Discretion without a recorded rationale");
    public static readonly DiagnosticDescriptor IF0319 = Error("IF0319", "Rating scale has too few levels");
    public static readonly DiagnosticDescriptor IF0320 = Error("IF0320", "Rating scale points go down");
    public static readonly DiagnosticDescriptor IF0321 = Error("IF0321", "Score has no contributing key questions");
    public static readonly DiagnosticDescriptor IF0322 = Warning("IF0322", "Key question contributes to no score");
    public static readonly DiagnosticDescriptor IF0323 = Error("IF0323", "Key question without yes or no answers contributes to a score");
    public static readonly DiagnosticDescriptor IF0324 = Error("IF0324", "Contribution outside a case domain");
    public static readonly DiagnosticDescriptor IF0325 = Error("IF0325", "Prompt contributes to a score");

    // Wording and hygiene: IF04xx
    public static readonly DiagnosticDescriptor IF0401 = Warning("IF0401", "Empty wording");
    public static readonly DiagnosticDescriptor IF0402 = Warning("IF0402", "Duplicated wording");
    public static readonly DiagnosticDescriptor IF0403 = Warning("IF0403", "Unused fact");

    // Emit (C# generation): IF05xx
    public static readonly DiagnosticDescriptor IF0501 = Error("IF0501", "Invalid namespace");
    public static readonly DiagnosticDescriptor IF0502 = Error("IF0502", "Template could not be read");
    public static readonly DiagnosticDescriptor IF0503 = Error("IF0503", "Template error");
    public static readonly DiagnosticDescriptor IF0504 = Warning("IF0504", "Unknown template file");

    // Source generator (build-time generation): IF06xx
    public static readonly DiagnosticDescriptor IF0601 = Error("IF0601", "Source generator failed");
    public static readonly DiagnosticDescriptor IF0602 = Error("IF0602", "Two frameworks generate the same file");

    // Language server (the editor): IF07xx
    public static readonly DiagnosticDescriptor IF0701 = Error("IF0701", "Compiler failed on this text");

    private readonly DiagnosticBag _bag;

    internal DiagnosticCatalogue(DiagnosticBag bag) => _bag = bag;

    /// <summary>Every descriptor, in code order (for the docs and the uniqueness test).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticCatalogue).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, System.StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>Text and syntax errors (IF00xx): after one of them the syntax tree is incomplete.</summary>
    public static bool IsTextOrSyntax(string code) => code.StartsWith("IF00", System.StringComparison.Ordinal);

    private static DiagnosticDescriptor Error(string code, string title) => new(code, DiagnosticSeverity.Error, title);

    private static DiagnosticDescriptor Warning(string code, string title) => new(code, DiagnosticSeverity.Warning, title);

    private void Add(DiagnosticDescriptor descriptor, TextSpan span, string message) =>
        _bag.Add(new Diagnostic(descriptor.Code, descriptor.Severity, DisplayText.OneLine(message), _bag.LocationOf(span)));

    /// <summary>A diagnostic with no place in the text: about the file as a whole, or about no file.</summary>
    private void AddWhole(DiagnosticDescriptor descriptor, string message) =>
        _bag.Add(new Diagnostic(descriptor.Code, descriptor.Severity, DisplayText.OneLine(message), _bag.Whole));

    private static string List(IEnumerable<string> items) => string.Join(", ", items.Select(i => $"'{i}'"));

    // ---- IF00xx: text and syntax -------------------------------------------------------------

    /// <param name="advice">A sentence saying what to do (a likely correction, or how the construct
    /// is written); without it, the expected parts are the advice.</param>
    public void SyntaxError(TextSpan span, string found, IReadOnlyCollection<string> expected, string? advice) => Add(IF0001, span,
        (expected.Count == 0
            ? $"Unexpected {found}."
            : expected.Count <= 6
                ? $"Unexpected {found}; expected {string.Join(" or ", expected)}."
                : $"Unexpected {found}; expected one of {string.Join(", ", expected.Take(6))}, ...")
        + (advice is not null ? " " + advice : expected.Count == 0 ? " Remove it or check the line above for a missing part." : string.Empty));

    /// <param name="span">Where the part is missing: just after <paramref name="after"/>.</param>
    public void MissingPart(TextSpan span, string missing, string after, string? advice) =>
        Add(IF0010, span, $"Missing {missing} after {after}. {advice ?? "Add it."}");

    public void UnterminatedText(TextSpan span) =>
        Add(IF0002, span, "Text is not closed: add a closing '\"' before the end of the line (write \\\" for a quote inside text).");

    public void UnterminatedComment(TextSpan span) =>
        Add(IF0003, span, "Comment is not closed: add '*/' where the comment ends.");

    /// <param name="advice">What the author probably meant, for characters other languages use (<c>&amp;</c> for <c>and</c>).</param>
    public void UnexpectedCharacter(TextSpan span, string character, string? advice) =>
        Add(IF0004, span, $"The character {character} has no meaning here. {advice ?? "Remove it, or put it inside quoted text."}");

    public void InvalidEscape(TextSpan span, string escape) =>
        Add(IF0005, span, $"'{escape}' is not a valid escape in text. Use \\\" \\\\ \\n \\t or \\uXXXX.");

    public void NestingTooDeep(TextSpan span, int limit) =>
        Add(IF0006, span, $"Condition nested more than {limit} levels deep. Split it into derived facts.");

    public void NotUtf8(TextSpan span, string problem) =>
        Add(IF0007, span, $"The file is not UTF-8 text: {problem}. Save it as UTF-8.");

    public void FileTooLarge(long size, long limit) =>
        AddWhole(IF0008, $"The file is {size.ToString("N0", CultureInfo.InvariantCulture)} bytes; framework files may be at most {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes. Split it or remove unrelated content.");

    public void TooManyErrors(TextSpan span, int shown) =>
        Add(IF0011, span, string.Format(CultureInfo.InvariantCulture, "More than {0:#,0} errors: from here on, errors are not shown. Correct the first {0:#,0} and check again; a file with this many errors is often not a framework file at all.", shown));

    public void FileUnreadable(string reason) =>
        AddWhole(IF0009, $"The file could not be read: {reason}.");

    /// <param name="where">"comment" or "text".</param>
    public void BidiControl(TextSpan span, char character, string where)
    {
        var code = ((int)character).ToString("X4", CultureInfo.InvariantCulture);
        Add(IF0012, span, $"This {where} holds the invisible bidirectional control character U+{code}, which can make the file show differently from how it reads (Trojan Source). Remove it, or write it as \\u{code} inside quoted text.");
    }

    // ---- IF01xx: declarations and names --------------------------------------------------------

    public void MissingFrameworkHeader(TextSpan span) =>
        Add(IF0101, span, "The file has no framework header. Start it with 'framework <name> { title \"...\" version \"...\" publisher \"...\" effective YYYY-MM-DD }'.");

    public void DeclaredTwice(TextSpan span, string what) =>
        Add(IF0102, span, $"A framework has one {what}; this is a second one. Merge them or remove this one.");

    public void MissingProperty(TextSpan span, string item, string property) =>
        Add(IF0103, span, $"{Capitalise(item)} has no {property}. Add '{property} ...'.");

    public void PropertyTwice(TextSpan span, string item, string property) =>
        Add(IF0104, span, $"{Capitalise(item)} has {property} twice. Keep one.");

    public void DuplicateName(TextSpan span, string kind, string name, string where) =>
        Add(IF0105, span, $"The name '{name}' is already used by another {kind} {where}. Names must be unique: rename one.");

    /// <param name="item">The item carrying the second use, by kind and name: "standard 'planning'".</param>
    /// <param name="numberWord">"number", or "letter" for prompts.</param>
    /// <param name="other">The item that has the number first: "standard 'assessment'".</param>
    public void DuplicateNumber(TextSpan span, string item, string numberWord, string number, string other) =>
        Add(IF0106, span, $"{Capitalise(item)} has {numberWord} {number}, which is already used by {other}. Renumber one of them.");

    public void NumberNotUnderParent(TextSpan span, string item, string number, string parent, string parentNumber) =>
        Add(IF0107, span, $"{Capitalise(item)} {number} is inside {parent}, so its number should be {parentNumber} followed by one more part ({parentNumber}.1, {parentNumber}.2, ...). Renumber it, or move it to the right place.");

    /// <summary>
    /// A gap (<paramref name="missing"/> is the first number skipped before this item) or, when
    /// <paramref name="listedAfter"/> is given, an item listed after one with a higher number.
    /// </summary>
    public void NumberOutOfSequence(TextSpan span, string item, string number, string? missing, string? listedAfter) =>
        Add(IF0108, span, listedAfter is null
            ? $"{Capitalise(item)} {number} is out of sequence: there is no {item} {missing} before it. Renumber it, or add the missing {item}."
            : $"{Capitalise(item)} {number} is listed after {item} {listedAfter}. List them in number order.");

    public void UndefinedName(TextSpan span, string kind, string name, string? suggestion) =>
        Add(IF0109, span, $"There is no {kind} called '{name}'.{NameSuggester.DidYouMean(suggestion)}");

    public void InvalidDate(TextSpan span, string text) =>
        Add(IF0110, span, $"'{text}' is not a calendar date. Write it as YYYY-MM-DD, for example 2019-06-01.");

    public void UnknownOption(TextSpan span, string what, string value, IEnumerable<string> allowed, string? suggestion) =>
        Add(IF0111, span, $"'{value}' is not a known {what}.{NameSuggester.DidYouMean(suggestion)} Use one of {List(allowed)}.");

    public void InvalidNumber(TextSpan span, string text, string expected) =>
        Add(IF0112, span, $"'{text}' is not {expected}.");

    public void MissingScale(TextSpan span) =>
        Add(IF0113, span, "The framework has no rating scale, which its rated standards, band tables or discretion need. Add 'scale rating { level ... points N }' listing the levels from lowest to highest.");

    public void WrongKindOfName(TextSpan span, string name, string actualKind, string expectedKind) =>
        Add(IF0114, span, $"'{name}' is a {actualKind}, but a {expectedKind} is needed here. Name a {expectedKind}, or move '{name}' to where a {actualKind} belongs.");

    public void PromptsPartlyLettered(TextSpan span, string prompt, string keyQuestion) =>
        Add(IF0115, span, $"{Capitalise(prompt)} has no letter, but other prompts of {keyQuestion} are lettered. Letter every prompt of a key question ((a), (b), ...) or none.");

    // ---- IF02xx: conditions and facts ------------------------------------------------------------

    public void UnknownEnumMember(TextSpan span, string fact, string member, string? suggestion, IEnumerable<string> members) =>
        Add(IF0201, span, $"'{member}' is not a value of fact '{fact}'.{NameSuggester.DidYouMean(suggestion)} Its values are {List(members)}.");

    public void TypeMismatch(TextSpan span, string left, string right) =>
        Add(IF0202, span, $"Cannot compare {left} with {right}. Compare a fact with a value of its own type.");

    public void NotBoolean(TextSpan span, string actual) =>
        Add(IF0203, span, $"A condition must be true or false, but this is {actual}. Compare it with something, for example '== value' or 'in {{...}}'.");

    public void OperatorNotApplicable(TextSpan span, string op, string type, string hint) =>
        Add(IF0204, span, $"'{op}' cannot be used with {type}. {hint}");

    /// <summary><paramref name="owner"/> is an item ("key question 2.1.3") or a derived fact ("fact 'safety_concerns'").</summary>
    public void ConditionNeverHolds(TextSpan span, string owner, bool ownerIsFact) => Add(IF0205, span, ownerIsFact
        ? $"The definition of {owner} can never be true, so the fact is false for every case. Check the definition."
        : $"The condition of {owner} can never be true, so it never applies. Check the condition.");

    /// <summary><paramref name="owner"/> is an item ("key question 2.1.3") or a derived fact ("fact 'safety_concerns'").</summary>
    public void ConditionAlwaysHolds(TextSpan span, string owner, bool ownerIsFact) => Add(IF0206, span, ownerIsFact
        ? $"The definition of {owner} is always true, so the fact is true for every case. Check it says what was meant."
        : $"The condition of {owner} is always true. Remove it, or check it says what was meant.");

    public void ItemNeverApplies(TextSpan span, string item, string parent) =>
        Add(IF0207, span, $"{Capitalise(item)} can never apply: its condition contradicts that of {parent}. Check both conditions.");

    public void DerivedFactCycle(TextSpan span, IEnumerable<string> cycle) =>
        Add(IF0208, span, $"Derived facts depend on each other in a cycle: {string.Join(" -> ", cycle)}. Define one of them from recorded facts only.");

    // ---- IF03xx: rating rules, bands, discretion -------------------------------------------------

    /// <param name="uncovered">The values no band covers after rounding: "50%" or "50% to 54%".</param>
    /// <param name="expectedStart">Where this band must start to follow the previous one.</param>
    public void BandGap(TextSpan span, string table, string uncovered, string expectedStart) =>
        Add(IF0301, span, $"Band table '{table}' has a gap: no band covers {uncovered}. Start this band at {expectedStart}, right after the previous band ends.");

    public void BandOverlap(TextSpan span, string table, string previousLevel, string value, string expectedStart) =>
        Add(IF0302, span, $"Bands of '{table}' overlap: this band and the band for '{previousLevel}' both cover {value}. Start this band at {expectedStart}, right after the previous band ends.");

    public void BandOutOfOrder(TextSpan span, string table, string detail) =>
        Add(IF0303, span, $"Band table '{table}' is out of order: {detail}. List bands from the lowest level and lowest values upwards.");

    public void BandsDoNotCoverPercent(TextSpan span, string table, string detail) =>
        Add(IF0304, span, $"Band table '{table}' must cover 0% to 100%: {detail}.");

    /// <param name="someNotRated">Whether some standards are <c>not rated</c> (and so left out of <paramref name="standards"/>).</param>
    public void OverallBandsDoNotCoverPoints(TextSpan span, string table, long max, int standards, int maxPoints, string detail, bool someNotRated) =>
        Add(IF0305, span, $"Band table '{table}' must cover exactly 0 to {max} points ({standards} {(someNotRated ? "rated " : string.Empty)}standard{(standards == 1 ? string.Empty : "s")} x {maxPoints} points): {detail}. Change the edge, or check the standards and the scale.");

    public void ComputedStandardWithoutKeyQuestions(TextSpan span, string standard) =>
        Add(IF0306, span, $"{Capitalise(standard)} is rated from its key questions but has none. Add key questions or rate it 'by judgement'.");

    public void StandardWithoutRatingRule(TextSpan span, string standard) =>
        Add(IF0307, span, $"{Capitalise(standard)} has no rating rule. Add 'rated by judgement', 'rated by lowest key question in <bands>' or 'not rated'.");

    public void DiscretionUnknownLevel(TextSpan span, string level, string? suggestion) =>
        Add(IF0308, span, $"Discretion names the level '{level}', which is not on the rating scale.{NameSuggester.DidYouMean(suggestion)}");

    public void DiscretionMoveToSameLevel(TextSpan span, string level) =>
        Add(IF0309, span, $"Discretion move from '{level}' to '{level}' does not change the rating. Name two different levels.");

    public void BandTableWrongMeasure(TextSpan span, string table, bool pointsNeeded) =>
        Add(IF0310, span, pointsNeeded
            ? $"Band table '{table}' bands percentages, but points are needed here. Use a table declared 'of points'."
            : $"Band table '{table}' bands points, but percentages are needed here. Use a table declared 'of percentage rounded ...'.");

    /// <param name="decimals">The table's rounding; null for a points table, whose totals are whole numbers.</param>
    public void BandEdgeFinerThanRounding(TextSpan span, string value, int? decimals) =>
        Add(IF0311, span, decimals is null
            ? $"Band edge {value} is not a whole number, but points totals always are. Use whole-number edges."
            : $"Band edge {value} has more decimals than the rounding rule ({decimals} decimals), so no rounded percentage can equal it. Round the edge or change the rule.");

    public void BandEdgeOutOfRange(TextSpan span, string detail) =>
        Add(IF0312, span, $"Band edge out of range: {detail}.");

    public void MissingOverallRule(TextSpan span) =>
        Add(IF0313, span, "The framework has rated standards but no overall rating rule. Add 'overall rated by total points in <bands>'.");

    public void ComputedStandardOutsideCaseDomain(TextSpan span, string standard, string domain) =>
        Add(IF0314, span, $"{Capitalise(standard)} is rated from key questions, but {domain} has no case types to take a sample from. Add 'for <case type>' to the domain or rate the standard 'by judgement'.");

    public void PercentageInPointsTable(TextSpan span, string table) =>
        Add(IF0315, span, $"Band table '{table}' bands points, but this band is written in percentages. Remove the '%', or declare the table 'of percentage rounded ...'.");

    public void LevelBandedTwice(TextSpan span, string table, string level) =>
        Add(IF0316, span, $"Level '{level}' has more than one band in table '{table}'. Give each level one band: merge the rows.");

    public void DiscretionMarginOutOfRange(TextSpan span, string value) =>
        Add(IF0317, span, $"'within {value} points' is not a usable margin: it must be more than 0 and at most 100 percentage points. Use the published margin, for example 'within 5 points'.");

    public void DiscretionWithoutRationale(TextSpan span) =>
        Add(IF0318, span, "This discretion block allows ratings to be moved but does not require a rationale; the ratings panel must record why it moved a rating. Add 'rationale required' to the block.");

    public void ScaleTooFewLevels(TextSpan span, string scale, int levels) =>
        Add(IF0319, span, $"Rating scale '{scale}' has {levels} level{(levels == 1 ? string.Empty : "s")}; a rating needs at least two. Add the levels from lowest to highest.");

    public void ScalePointsGoDown(TextSpan span, string level, int points, string lower, int lowerPoints) =>
        Add(IF0320, span, $"Level '{level}' is worth {points} points, less than '{lower}' ({lowerPoints}) listed below it. List levels from lowest to highest, with points that never go down.");

    public void ScoreWithoutContributions(TextSpan span, string score) =>
        Add(IF0321, span, $"No key question contributes to score '{score}', so it can never be worked out. Add 'contributes to {score}' to the key questions that make it up (or to their standard or domain), or remove the score.");

    public void KeyQuestionWithoutScore(TextSpan span, string keyQuestion) =>
        Add(IF0322, span, $"{Capitalise(keyQuestion)} contributes to no score and its standard is not rated from key questions, so its answers count towards nothing. Add 'contributes to <score>' to it, its standard or its domain.");

    /// <param name="answers">"text" or "a number".</param>
    public void ContributionWithoutYesNo(TextSpan span, string keyQuestion, string answers) =>
        Add(IF0323, span, $"{Capitalise(keyQuestion)} is answered with {answers}, so it has no yes or no answers to pool into a score. Remove 'contributes to' from it, or answer it 'yes_no'.");

    /// <param name="item">The item the clause is on; <paramref name="domain"/> itself, or an item inside it.</param>
    public void ContributionOutsideCaseDomain(TextSpan span, string item, string domain) =>
        Add(IF0324, span, (item == domain
            ? $"{Capitalise(domain)} contributes to scores, but it has no case types to take a sample from, so its key questions never apply to a case."
            : $"{Capitalise(item)} contributes to scores, but {domain} has no case types to take a sample from, so its key questions never apply to a case.")
            + " Add 'for <case type>' to the domain, or remove 'contributes to'.");

    public void PromptContributes(TextSpan span, string prompt, string keyQuestion) =>
        Add(IF0325, span, $"{Capitalise(prompt)} cannot contribute to scores: a score pools the answers to key questions, and prompts only guide them. Move 'contributes to' to {keyQuestion}.");

    // ---- IF04xx: wording and hygiene ---------------------------------------------------------------

    /// <param name="property">"wording", "statement", "label", "title" or "guidance".</param>
    public void EmptyWording(TextSpan span, string item, string property) =>
        Add(IF0401, span, $"The {property} of {item} is empty. Write the published text.");

    public void DuplicatedWording(TextSpan span, string item, string property, string other) =>
        Add(IF0402, span, $"{Capitalise(item)} has the same {property} as {other}. Check that one of them was not copied by mistake.");

    public void UnusedFact(TextSpan span, string fact) =>
        Add(IF0403, span, $"Fact '{fact}' is declared but no condition uses it. Remove it, or use it in a condition.");

    // ---- IF05xx: emit -----------------------------------------------------------------------------

    public void InvalidNamespace(string ns) =>
        AddWhole(IF0501, $"'{ns}' is not a valid C# namespace. Use names of letters, digits and '_' separated by dots, for example 'Inspections.Youth'.");

    public void TemplateUnreadable(string reason) =>
        AddWhole(IF0502, $"The template could not be read: {reason}. Check the path given with --templates.");

    public void TemplateError(string template, string reason) =>
        AddWhole(IF0503, $"Template '{template}' failed: {reason}. Fix the template, or remove it to use the built-in one.");

    public void UnknownTemplate(string file, IEnumerable<string> known) =>
        AddWhole(IF0504, $"'{file}' is not one of the templates ({List(known)}), so it is not used. Rename it to the template it should replace.");

    // ---- IF06xx: source generator ------------------------------------------------------------------

    /// <param name="step">What the generator was doing ("compiling", "generating C# from").</param>
    public void GeneratorFailed(string step, string file, string exception) =>
        AddWhole(IF0601, $"The InspectFramework source generator failed while {step} '{file}' ({exception}); no code was generated from it. This is a bug in InspectFramework: report it with the framework file; 'inspect generate' shows whether the framework itself is at fault.");

    public void DuplicateGeneratedFile(string file, string framework) =>
        AddWhole(IF0602, $"Generated file '{file}' is already generated from another framework named '{framework}' in this project; frameworks are generated under their names, so this one was skipped. Give each framework in a project its own name, or keep one of the files.");

    // ---- IF07xx: language server -------------------------------------------------------------------

    /// <param name="exception">The exception's type and message, as one clause.</param>
    public void CompilerFailed(string exception) =>
        AddWhole(IF0701, $"The compiler failed on this text ({exception}), so no other problems are shown for it. This is a bug in InspectFramework: please report it with the file; editing the text runs the compiler again.");

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
}
