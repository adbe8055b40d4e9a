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
    public static readonly DiagnosticDescriptor IF0404 = Warning("IF0404", "Unused value set");

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

    // Standards document options (inspect docs --branding): IF08xx
    public static readonly DiagnosticDescriptor IF0801 = Error("IF0801", "Invalid branding file");
    public static readonly DiagnosticDescriptor IF0802 = Error("IF0802", "Logo cannot be used");

    // Configuration (inspectconfig.json): IF09xx
    public static readonly DiagnosticDescriptor IF0901 = Error("IF0901", "Invalid configuration file");
    public static readonly DiagnosticDescriptor IF0902 = Error("IF0902", "Unknown diagnostic code in configuration");
    public static readonly DiagnosticDescriptor IF0903 = Error("IF0903", "Configuration sets the severity of an error");
    public static readonly DiagnosticDescriptor IF0904 = Error("IF0904", "Unknown severity in configuration");

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

    /// <summary>Errors of the parser (IF0001, IF0010), as against the lexer's: after the first, the
    /// others may only follow from how the parser recovered.</summary>
    public static bool IsParseError(string code) => code == IF0001.Code || code == IF0010.Code;

    private static DiagnosticDescriptor Error(string code, string title) => new(code, DiagnosticSeverity.Error, title);

    private static DiagnosticDescriptor Warning(string code, string title) => new(code, DiagnosticSeverity.Warning, title);

    private void Add(DiagnosticDescriptor descriptor, TextSpan span, string message, ImmutableArray<CodeFix> fixes = default, ImmutableArray<RelatedLocation> related = default) =>
        _bag.Add(new Diagnostic(descriptor.Code, descriptor.Severity, DisplayText.OneLine(message), _bag.LocationOf(span)) { Fixes = fixes, RelatedLocations = related });

    private static ImmutableArray<CodeFix> Fix(string title, bool preferred, params TextChange[] changes) =>
        ImmutableArray.Create(new CodeFix(DisplayText.OneLine(title), changes.ToImmutableArray(), preferred));

    private static ImmutableArray<CodeFix> Replace(TextSpan span, string written, string replacement, bool preferred = true) =>
        Fix($"Replace '{written}' with '{replacement}'", preferred, new TextChange(span, replacement));

    /// <summary>One fix per suggestion for the name at <paramref name="span"/>, preferred when there is only one.</summary>
    private static ImmutableArray<CodeFix> ReplaceWithSuggestions(TextSpan span, string written, IReadOnlyList<string> suggestions) =>
        suggestions.Select(s => Replace(span, written, s, preferred: suggestions.Count == 1)[0]).ToImmutableArray();

    private ImmutableArray<RelatedLocation> Related(TextSpan span, string message) =>
        ImmutableArray.Create(new RelatedLocation(_bag.LocationOf(span), DisplayText.OneLine(message)));

    private static string DidYouMean(IReadOnlyList<string> suggestions) => NameSuggester.DidYouMean(suggestions.Count > 0 ? suggestions[0] : null);

    /// <summary>A diagnostic with no place in the text: about the file as a whole, or about no file.</summary>
    private void AddWhole(DiagnosticDescriptor descriptor, string message) =>
        _bag.Add(new Diagnostic(descriptor.Code, descriptor.Severity, DisplayText.OneLine(message), _bag.Whole));

    private static string List(IEnumerable<string> items) => string.Join(", ", items.Select(i => $"'{i}'"));

    // ---- IF00xx: text and syntax -------------------------------------------------------------

    /// <param name="advice">A sentence saying what to do (a likely correction, or how the construct
    /// is written); without it, the expected parts are the advice.</param>
    public void SyntaxError(TextSpan span, string found, IReadOnlyCollection<string> expected, string? advice) =>
        Add(IF0001, span, SyntaxErrorMessage(found, expected, advice));

    /// <summary>A name where a keyword is needed, close to <paramref name="keyword"/>: the parser reads it as that keyword.</summary>
    public void MisspeltKeyword(TextSpan span, string found, string written, string keyword) =>
        Add(IF0001, span, SyntaxErrorMessage(found, System.Array.Empty<string>(), $"Did you mean '{keyword}'?"), Replace(span, written, keyword));

    /// <summary>A single '=' where a condition compares.</summary>
    public void SingleEquals(TextSpan span, string found) =>
        Add(IF0001, span, SyntaxErrorMessage(found, System.Array.Empty<string>(), "To compare values in a condition, write '=='."), Replace(span, "=", "=="));

    public void KeyQuestionInOneWord(TextSpan span, string found, string written) =>
        Add(IF0001, span, SyntaxErrorMessage(found, System.Array.Empty<string>(), "Write 'key question' as two words."), Replace(span, written, "key question"));

    /// <summary>A '}' with no '{' open: removing it is one way out, a missing '{' above the other.</summary>
    public void UnopenedBrace(TextSpan span, string found) =>
        Add(IF0001, span, SyntaxErrorMessage(found, System.Array.Empty<string>(), "No '{' is open here: remove this '}', or look above for one '}' too many."),
            Fix("Remove this '}'", false, TextChange.Delete(span)));

    private static string SyntaxErrorMessage(string found, IReadOnlyCollection<string> expected, string? advice) =>
        (expected.Count == 0
            ? $"Unexpected {found}."
            : expected.Count <= 6
                ? $"Unexpected {found}; expected {string.Join(" or ", expected)}."
                : $"Unexpected {found}; expected one of {string.Join(", ", expected.Take(6))}, ...")
        + (advice is not null ? " " + advice : expected.Count == 0 ? " Remove it or check the line above for a missing part." : string.Empty);

    /// <param name="span">Where the part is missing: just after <paramref name="after"/>.</param>
    public void MissingPart(TextSpan span, string missing, string after, string? advice) =>
        Add(IF0010, span, $"Missing {missing} after {after}. {advice ?? "Add it."}");

    /// <summary>A missing ')' or '}' (<paramref name="closer"/>), where the parser's recovery says the
    /// bracket opened at <paramref name="opener"/> should have closed: just after <paramref name="after"/>.</summary>
    /// <param name="owner">What the brackets belong to ("key question 1.1.1"), when known.</param>
    public void MissingCloser(TextSpan span, string closer, string after, TextSpan opener, string? owner)
    {
        var at = _bag.Source.GetLinePosition(opener.Start);
        var openerText = _bag.Source[opener];
        var of = owner is null ? string.Empty : $" of {owner}";
        var where = string.Format(CultureInfo.InvariantCulture, "line {0}, column {1}", at.Line + 1, at.Character + 1);
        Add(IF0010, span, $"Missing '{closer}' after {after}. Add it to close the '{openerText}'{of} at {where}.",
            Fix($"Add the missing '{closer}'", true, CloserInsertion(span.Start, closer, opener)),
            Related(opener, closer == "}" ? "The block opened here." : "The parenthesis opened here."));
    }

    // A '}' goes on a line of its own, indented as the line of its '{', after anything (a comment)
    // that ends the line it follows; a ')' goes right where it is missing.
    private TextChange CloserInsertion(int position, string closer, TextSpan opener)
    {
        var text = _bag.Source.Text;
        if (closer != "}")
        {
            return TextChange.Insert(position, closer);
        }

        var lineEnd = position;
        while (lineEnd < text.Length && text[lineEnd] is ' ' or '\t')
        {
            lineEnd++;
        }

        if (lineEnd + 1 < text.Length && text[lineEnd] == '/' && text[lineEnd + 1] == '/')
        {
            while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
            {
                lineEnd++;
            }
        }

        if (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
        {
            // More on this line: the '}' goes between.
            return TextChange.Insert(position, " }");
        }

        var lineStart = _bag.Source.GetLineStart(_bag.Source.GetLinePosition(opener.Start).Line);
        var indent = lineStart;
        while (indent < text.Length && text[indent] is ' ' or '\t')
        {
            indent++;
        }

        var newline = lineEnd < text.Length && text[lineEnd] == '\r' ? "\r\n" : "\n";
        return TextChange.Insert(lineEnd, newline + text.Substring(lineStart, indent - lineStart) + "}");
    }

    public void UnterminatedText(TextSpan span) =>
        Add(IF0002, span, "Text is not closed: add a closing '\"' before the end of the line (write \\\" for a quote inside text).", CloseText(span));

    // The closing quote goes after the text's last character, or in place of a typographic closing
    // quote ("Assessment” is a pasted pair); never after a backslash, where it would be escaped; and
    // not at all when a lone typographic quote opens the line's text: its own fix makes this quote
    // the closing one.
    private ImmutableArray<CodeFix> CloseText(TextSpan span)
    {
        var text = _bag.Source.Text;
        var lineStart = _bag.Source.GetLineStart(_bag.Source.GetLinePosition(span.Start).Line);
        if (text.IndexOf('\u201C', lineStart, span.Start - lineStart) >= 0 || text.IndexOf('\u201E', lineStart, span.Start - lineStart) >= 0)
        {
            return ImmutableArray<CodeFix>.Empty;
        }

        var closing = text.LastIndexOf('\u201D', span.End - 1, span.Length - 1);
        if (closing > span.Start && text.IndexOf('\u201C', span.Start, closing - span.Start) < 0)
        {
            return Fix("Close the text with '\"'", true, new TextChange(new TextSpan(closing, 1), "\""));
        }

        var end = span.End;
        while (end > span.Start + 1 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        var backslashes = 0;
        while (end - backslashes > span.Start + 1 && text[end - 1 - backslashes] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1
            ? ImmutableArray<CodeFix>.Empty
            : Fix("Close the text with '\"'", true, TextChange.Insert(end, "\""));
    }

    public void UnterminatedComment(TextSpan span) =>
        Add(IF0003, span, "Comment is not closed: add '*/' where the comment ends.");

    /// <param name="advice">What the author probably meant, for characters other languages use (<c>&amp;</c> for <c>and</c>).</param>
    public void UnexpectedCharacter(TextSpan span, string character, string? advice) =>
        Add(IF0004, span, $"The character {character} has no meaning here. {advice ?? "Remove it, or put it inside quoted text."}");

    /// <summary>An operator of other languages (<c>&amp;&amp;</c>, <c>||</c>, <c>!</c>) standing for <paramref name="keyword"/>.</summary>
    public void OperatorOfOtherLanguages(TextSpan span, string written, string keyword, string advice) =>
        Add(IF0004, span, written.Length == 1
            ? $"The character '{written}' has no meaning here. {advice}"
            : $"The characters '{written}' have no meaning here. {advice}",
            Fix($"Replace '{written}' with '{keyword}'", true, new TextChange(span, SpacedWord(span, keyword))));

    // A word put in place of a symbol needs spaces where the symbol touched a name: a&&b -> a and b.
    private string SpacedWord(TextSpan span, string word)
    {
        var text = _bag.Source.Text;
        var before = span.Start > 0 && !char.IsWhiteSpace(text[span.Start - 1]) && text[span.Start - 1] != '(' ? " " : string.Empty;
        var after = span.End < text.Length && !char.IsWhiteSpace(text[span.End]) && text[span.End] != ')' ? " " : string.Empty;
        return before + word + after;
    }

    /// <summary>A character that only needs removing (a <c>;</c> ending a line).</summary>
    public void NeedlessCharacter(TextSpan span, string character, string advice) =>
        Add(IF0004, span, $"The character {character} has no meaning here. {advice}", Fix($"Remove {character}", true, TextChange.Delete(span)));

    /// <summary>A quote that is not a straight double quote: <paramref name="text"/> is the quoted text it
    /// starts or ends, or only the quote itself when it has no partner on its line.</summary>
    public void WrongQuote(TextSpan span, string character, string advice, TextSpan text) =>
        Add(IF0004, span, $"The character {character} has no meaning here. {advice}", Fix("Use straight double quotes", true, StraightQuotes(text)));

    // The quoted text between straight quotes, with any straight quote inside it escaped; a lone quote
    // becomes a straight one.
    private TextChange StraightQuotes(TextSpan span)
    {
        if (span.Length == 1)
        {
            return new TextChange(span, "\"");
        }

        var inner = _bag.Source.Text.Substring(span.Start + 1, span.Length - 2);
        return new TextChange(span, "\"" + inner.Replace("\"", "\\\"") + "\"");
    }

    public void InvalidEscape(TextSpan span, string escape) =>
        Add(IF0005, span, $"'{escape}' is not a valid escape in text. Use \\\" \\\\ \\n \\t or \\uXXXX.",
            Fix("Write the backslash as '\\\\'", false, TextChange.Insert(span.Start, "\\")));

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
        Add(IF0012, span, $"This {where} holds the invisible bidirectional control character U+{code}, which can make the file show differently from how it reads (Trojan Source). Remove it, or write it as \\u{code} inside quoted text.",
            where == "text"
                ? Fix($"Write U+{code} as \\u{code}", true, new TextChange(span, "\\u" + code))
                : Fix($"Remove U+{code}", true, TextChange.Delete(span)));
    }

    // ---- IF01xx: declarations and names --------------------------------------------------------

    public void MissingFrameworkHeader(TextSpan span) =>
        Add(IF0101, span, "The file has no framework header. Start it with 'framework <name> { title \"...\" version \"...\" publisher \"...\" effective YYYY-MM-DD }'.");

    public void DeclaredTwice(TextSpan span, string what, TextSpan first) =>
        Add(IF0102, span, $"A framework has one {what}; this is a second one. Merge them or remove this one.", related: Related(first, $"The first {what}."));

    public void MissingProperty(TextSpan span, string item, string property) =>
        Add(IF0103, span, $"{Capitalise(item)} has no {property}. Add '{property} ...'.");

    /// <param name="first">Where the item has it first.</param>
    public void PropertyTwice(TextSpan span, string item, string property, TextSpan first) =>
        Add(IF0104, span, $"{Capitalise(item)} has {property} twice. Keep one.", related: Related(first, "The first one."));

    public void DuplicateName(TextSpan span, string kind, string name, string where, TextSpan first) =>
        Add(IF0105, span, $"The name '{name}' is already used by another {kind} {where}. Names must be unique: rename one.", related: Related(first, $"The first '{name}'."));

    /// <param name="item">The item carrying the second use, by kind and name: "standard 'planning'".</param>
    /// <param name="numberWord">"number", or "letter" for prompts.</param>
    /// <param name="other">The item that has the number first: "standard 'assessment'".</param>
    public void DuplicateNumber(TextSpan span, string item, string numberWord, string number, string other, TextSpan otherSpan) =>
        Add(IF0106, span, $"{Capitalise(item)} has {numberWord} {number}, which is already used by {other}. Renumber one of them.", related: Related(otherSpan, $"{Capitalise(other)} has {numberWord} {number}."));

    public void NumberNotUnderParent(TextSpan span, string item, string number, string parent, string parentNumber) =>
        Add(IF0107, span, $"{Capitalise(item)} {number} is inside {parent}, so its number should be {parentNumber} followed by one more part ({parentNumber}.1, {parentNumber}.2, ...). Renumber it, or move it to the right place.");

    /// <summary>
    /// A gap (<paramref name="missing"/> is the first number skipped before this item) or, when
    /// <paramref name="listedAfter"/> is given, an item listed after one with a higher number.
    /// </summary>
    /// <param name="listedAfterSpan">Where the item listed before it is, when <paramref name="listedAfter"/> is given.</param>
    public void NumberOutOfSequence(TextSpan span, string item, string number, string? missing, string? listedAfter, TextSpan listedAfterSpan = default) =>
        Add(IF0108, span, listedAfter is null
            ? $"{Capitalise(item)} {number} is out of sequence: there is no {item} {missing} before it. Renumber it, or add the missing {item}."
            : $"{Capitalise(item)} {number} is listed after {item} {listedAfter}. List them in number order.",
            related: listedAfter is null ? default : Related(listedAfterSpan, $"{Capitalise(item)} {listedAfter}, listed before it."));

    /// <param name="suggestions">The closest names (<see cref="NameSuggester.Suggestions"/>), or what the name
    /// most likely stands for ("disposal == custody"); the message names the first.</param>
    public void UndefinedName(TextSpan span, string kind, string name, IReadOnlyList<string> suggestions) =>
        Add(IF0109, span, $"There is no {kind} called '{name}'.{DidYouMean(suggestions)}", ReplaceWithSuggestions(span, name, suggestions));

    public void InvalidDate(TextSpan span, string text) =>
        Add(IF0110, span, $"'{text}' is not a calendar date. Write it as YYYY-MM-DD, for example 2019-06-01.");

    public void UnknownOption(TextSpan span, string what, string value, IEnumerable<string> allowed, IReadOnlyList<string> suggestions) =>
        Add(IF0111, span, $"'{value}' is not a known {what}.{DidYouMean(suggestions)} Use one of {List(allowed)}.", ReplaceWithSuggestions(span, value, suggestions));

    public void InvalidNumber(TextSpan span, string text, string expected) =>
        Add(IF0112, span, $"'{text}' is not {expected}.");

    public void MissingScale(TextSpan span) =>
        Add(IF0113, span, "The framework has no rating scale, which its rated standards, band tables or discretion need. Add 'scale rating { level ... points N }' listing the levels from lowest to highest.");

    public void WrongKindOfName(TextSpan span, string name, string actualKind, string expectedKind) =>
        Add(IF0114, span, $"'{name}' is a {actualKind}, but a {expectedKind} is needed here. Name a {expectedKind}, or move '{name}' to where a {actualKind} belongs.");

    public void PromptsPartlyLettered(TextSpan span, string prompt, string keyQuestion) =>
        Add(IF0115, span, $"{Capitalise(prompt)} has no letter, but other prompts of {keyQuestion} are lettered. Letter every prompt of a key question ((a), (b), ...) or none.");

    // ---- IF02xx: conditions and facts ------------------------------------------------------------

    public void UnknownEnumMember(TextSpan span, string fact, string member, IReadOnlyList<string> suggestions, IEnumerable<string> members) =>
        Add(IF0201, span, $"'{member}' is not a value of fact '{fact}'.{DidYouMean(suggestions)} Its values are {List(members)}.", ReplaceWithSuggestions(span, member, suggestions));

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

    /// <summary>The condition can hold, but not with the values its domain's case types allow (<c>for court</c> on the values).</summary>
    public void ConditionNeverHoldsForCaseTypes(TextSpan span, string item, string domain, IReadOnlyList<string> caseTypes) =>
        Add(IF0205, span, $"The condition of {item} can never be true in a case of {domain} ({string.Join(", ", caseTypes)}): it needs a value those case types do not allow, so it never applies. Check the condition, or the case types its values are for.");

    /// <summary><paramref name="owner"/> is an item ("key question 2.1.3") or a derived fact ("fact 'safety_concerns'").</summary>
    public void ConditionAlwaysHolds(TextSpan span, string owner, bool ownerIsFact) => Add(IF0206, span, ownerIsFact
        ? $"The definition of {owner} is always true, so the fact is true for every case. Check it says what was meant."
        : $"The condition of {owner} is always true. Remove it, or check it says what was meant.",
        ownerIsFact ? default : RemoveCondition(span));

    // The condition with its 'when' and the space before it; not preferred: the author may have
    // meant another condition rather than none.
    private ImmutableArray<CodeFix> RemoveCondition(TextSpan condition)
    {
        var text = _bag.Source.Text;
        var at = condition.Start;
        while (at > 0 && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        if (at < 4 || string.CompareOrdinal(text, at - 4, "when", 0, 4) != 0)
        {
            return ImmutableArray<CodeFix>.Empty;
        }

        var start = at - 4;
        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        return Fix("Remove the condition", false, TextChange.Delete(TextSpan.FromBounds(start, condition.End)));
    }

    public void ItemNeverApplies(TextSpan span, string item, string parent, TextSpan parentCondition) =>
        Add(IF0207, span, $"{Capitalise(item)} can never apply: its condition contradicts that of {parent}. Check both conditions.",
            related: Related(parentCondition, $"The condition of {parent}."));

    /// <param name="cycle">The facts in the cycle, each depending on the next, with where each is declared.</param>
    public void DerivedFactCycle(TextSpan span, IReadOnlyList<(string Name, TextSpan Span)> cycle) =>
        Add(IF0208, span, $"Derived facts depend on each other in a cycle: {string.Join(" -> ", cycle.Select(f => f.Name))}. Define one of them from recorded facts only.",
            related: cycle.Skip(1).Where(f => f.Name != cycle[0].Name)
                .Select((f, i) => new RelatedLocation(_bag.LocationOf(f.Span), DisplayText.OneLine($"Fact '{f.Name}', in the cycle.")))
                .ToImmutableArray());

    // ---- IF03xx: rating rules, bands, discretion -------------------------------------------------

    /// <param name="span">The band's lower edge, as written (the number).</param>
    /// <param name="uncovered">The values no band covers after rounding: "50%" or "50% to 54%".</param>
    /// <param name="expectedStart">Where this band must start to follow the previous one.</param>
    /// <param name="expectedEdge">The same, as the number to write in place of the edge.</param>
    /// <param name="previousEnd">The previous band's upper edge.</param>
    public void BandGap(TextSpan span, string table, string uncovered, string expectedStart, string expectedEdge, TextSpan previousEnd) =>
        Add(IF0301, span, $"Band table '{table}' has a gap: no band covers {uncovered}. Start this band at {expectedStart}, right after the previous band ends.",
            Fix($"Start this band at {expectedStart}", true, new TextChange(span, expectedEdge)),
            Related(previousEnd, "The previous band ends here."));

    /// <inheritdoc cref="BandGap"/>
    public void BandOverlap(TextSpan span, string table, string previousLevel, string value, string expectedStart, string expectedEdge, TextSpan previousEnd) =>
        Add(IF0302, span, $"Bands of '{table}' overlap: this band and the band for '{previousLevel}' both cover {value}. Start this band at {expectedStart}, right after the previous band ends.",
            Fix($"Start this band at {expectedStart}", true, new TextChange(span, expectedEdge)),
            Related(previousEnd, $"The band for '{previousLevel}' ends here."));

    public void BandOutOfOrder(TextSpan span, string table, string detail) =>
        Add(IF0303, span, $"Band table '{table}' is out of order: {detail}. List bands from the lowest level and lowest values upwards.");

    /// <param name="edge">The edge to write at <paramref name="span"/> ("0", "100") when the detail says to move it.</param>
    public void BandsDoNotCoverPercent(TextSpan span, string table, string detail, string? edge = null) =>
        Add(IF0304, span, $"Band table '{table}' must cover 0% to 100%: {detail}.",
            edge is null ? default : Fix($"Change the edge to {edge}%", true, new TextChange(span, edge)));

    /// <param name="someNotRated">Whether some standards are <c>not rated</c> (and so left out of <paramref name="standards"/>).</param>
    public void OverallBandsDoNotCoverPoints(TextSpan span, string table, long max, int standards, int maxPoints, string detail, bool someNotRated) =>
        Add(IF0305, span, $"Band table '{table}' must cover exactly 0 to {max} points ({standards} {(someNotRated ? "rated " : string.Empty)}standard{(standards == 1 ? string.Empty : "s")} x {maxPoints} points): {detail}. Change the edge, or check the standards and the scale.");

    public void ComputedStandardWithoutKeyQuestions(TextSpan span, string standard) =>
        Add(IF0306, span, $"{Capitalise(standard)} is rated from its key questions but has none. Add key questions or rate it 'by judgement'.");

    /// <param name="block">The standard's declaration: a rule offered goes before its '}'.</param>
    public void StandardWithoutRatingRule(TextSpan span, string standard, TextSpan block) =>
        Add(IF0307, span, $"{Capitalise(standard)} has no rating rule. Add 'rated by judgement', 'rated by lowest key question in <bands>' or 'not rated'.",
            block.Length > 0 && _bag.Source.Text[block.End - 1] == '}'
                ? new[] { "rated by judgement", "not rated" }
                    .Select(rule => new CodeFix($"Add '{rule}'", ImmutableArray.Create(ClauseInsertion(new TextSpan(block.End - 1, 1), rule)), false))
                    .ToImmutableArray()
                : default);

    public void DiscretionUnknownLevel(TextSpan span, string level, IReadOnlyList<string> suggestions) =>
        Add(IF0308, span, $"Discretion names the level '{level}', which is not on the rating scale.{DidYouMean(suggestions)}", ReplaceWithSuggestions(span, level, suggestions));

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

    /// <param name="afterEdges">The stretches of the row after each edge, where a '%' may stand.</param>
    public void PercentageInPointsTable(TextSpan span, string table, IEnumerable<TextSpan> afterEdges) =>
        Add(IF0315, span, $"Band table '{table}' bands points, but this band is written in percentages. Remove the '%', or declare the table 'of percentage rounded ...'.",
            Fix("Remove the '%'", true, afterEdges
                .Select(range => _bag.Source.Text.IndexOf('%', range.Start, range.Length))
                .Where(at => at >= 0)
                .Select(at => TextChange.Delete(new TextSpan(at, 1)))
                .ToArray()));

    public void LevelBandedTwice(TextSpan span, string table, string level, TextSpan first) =>
        Add(IF0316, span, $"Level '{level}' has more than one band in table '{table}'. Give each level one band: merge the rows.",
            related: Related(first, $"The first band for '{level}'."));

    public void DiscretionMarginOutOfRange(TextSpan span, string value) =>
        Add(IF0317, span, $"'within {value} points' is not a usable margin: it must be more than 0 and at most 100 percentage points. Use the published margin, for example 'within 5 points'.");

    /// <param name="block">The whole block: the clause goes before its '}'.</param>
    public void DiscretionWithoutRationale(TextSpan span, TextSpan block) =>
        Add(IF0318, span, "This discretion block allows ratings to be moved but does not require a rationale; the ratings panel must record why it moved a rating. Add 'rationale required' to the block.",
            block.Length > 0 && _bag.Source.Text[block.End - 1] == '}'
                ? Fix("Add 'rationale required'", true, ClauseInsertion(new TextSpan(block.End - 1, 1), "rationale required"))
                : default);

    // A clause goes on a line of its own before a '}' that starts its line, indented one step (two
    // spaces) further than the '}'; otherwise just before the '}'.
    private TextChange ClauseInsertion(TextSpan closingBrace, string clause)
    {
        var text = _bag.Source.Text;
        var lineStart = _bag.Source.GetLineStart(_bag.Source.GetLinePosition(closingBrace.Start).Line);
        var indent = text.Substring(lineStart, closingBrace.Start - lineStart);
        if (indent.Trim().Length > 0)
        {
            return TextChange.Insert(closingBrace.Start, clause + " ");
        }

        var newline = lineStart >= 2 && text[lineStart - 2] == '\r' ? "\r\n" : "\n";
        return TextChange.Insert(lineStart, indent + "  " + clause + newline);
    }

    public void ScaleTooFewLevels(TextSpan span, string scale, int levels) =>
        Add(IF0319, span, $"Rating scale '{scale}' has {levels} level{(levels == 1 ? string.Empty : "s")}; a rating needs at least two. Add the levels from lowest to highest.");

    public void ScalePointsGoDown(TextSpan span, string level, int points, string lower, int lowerPoints, TextSpan lowerSpan) =>
        Add(IF0320, span, $"Level '{level}' is worth {points} points, less than '{lower}' ({lowerPoints}) listed below it. List levels from lowest to highest, with points that never go down.",
            related: Related(lowerSpan, $"Level '{lower}' is worth {lowerPoints} point{(lowerPoints == 1 ? string.Empty : "s")}."));

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

    public void DuplicatedWording(TextSpan span, string item, string property, string other, TextSpan otherSpan) =>
        Add(IF0402, span, $"{Capitalise(item)} has the same {property} as {other}. Check that one of them was not copied by mistake.",
            related: Related(otherSpan, $"The {property} of {other}."));

    public void UnusedFact(TextSpan span, string fact) =>
        Add(IF0403, span, $"Fact '{fact}' is declared but no condition uses it. Remove it, or use it in a condition.");

    public void UnusedValueSet(TextSpan span, string set) =>
        Add(IF0404, span, $"Value set '{set}' is declared but no fact takes its values. Remove it, or write 'one of {set}' on the facts that have these values.");

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

    // ---- IF08xx: standards document options ------------------------------------------------------

    /// <param name="problem">What is wrong and what to do, as a sentence.</param>
    public void InvalidBranding(TextSpan span, string problem) =>
        Add(IF0801, span, problem + " A branding file is a JSON object with any of \"organisation\" (text), \"logo\" (a PNG or JPEG file, relative to the branding file) and \"accentColour\" (\"#rrggbb\").");

    public void UnreadableBranding(string reason) =>
        AddWhole(IF0801, $"The branding file could not be read: {reason}. Check the path given with --branding.");

    public void UnusableLogo(TextSpan span, string logo, string reason) =>
        Add(IF0802, span, $"The logo '{logo}' cannot be used: {reason}. Give a PNG or JPEG file of at most 1 MB, relative to the branding file.");

    // ---- IF09xx: configuration (inspectconfig.json) ------------------------------------------------

    /// <param name="reason">What is wrong, as a clause.</param>
    public void InvalidConfiguration(TextSpan span, string reason) =>
        Add(IF0901, span, $"This configuration file cannot be read as it is: {reason}.");

    /// <param name="reason">Why, as a clause: "it is not UTF-8 text; save it as UTF-8".</param>
    public void UnreadableConfiguration(string reason) =>
        AddWhole(IF0901, $"This configuration file cannot be read as it is: {reason}.");

    public void UnknownConfiguredCode(TextSpan span, string code, IReadOnlyList<string> suggestions) =>
        Add(IF0902, span, $"'{code}' is not a diagnostic code that can be configured.{DidYouMean(suggestions)} Warnings can be configured: {List(All.Where(d => !d.IsError).Select(d => d.Code))}.", span.Length == code.Length + 2 ? ReplaceWithSuggestions(TextSpan.FromBounds(span.Start + 1, span.End - 1), code, suggestions) : default);

    public void ErrorNotConfigurable(TextSpan span, string code, string title) =>
        Add(IF0903, span, $"{code} ({title}) is an error, and errors cannot be configured: a framework with an error cannot be scored or generated. Remove this line; only warnings can be set to \"error\", \"warning\" or \"off\".");

    public void UnknownSeverity(TextSpan span, string written, IEnumerable<string> allowed, IReadOnlyList<string> suggestions) =>
        Add(IF0904, span, $"'{written}' is not a severity.{DidYouMean(suggestions)} Use one of {List(allowed)}.");

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
}
