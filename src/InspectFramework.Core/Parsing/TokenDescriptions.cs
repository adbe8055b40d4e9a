using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using InspectFramework.Grammar;

namespace InspectFramework.Parsing;

/// <summary>Describes tokens in words a framework author knows ("a name", "quoted text"), not grammar symbols.</summary>
internal static class TokenDescriptions
{
    // Keywords that may also serve as names: when a name is expected, listing them would only be noise.
    private static readonly HashSet<int> SoftKeywords = new(
        new[]
        {
            InspectFrameworkLexer.TITLE, InspectFrameworkLexer.VERSION, InspectFrameworkLexer.PUBLISHER,
            InspectFrameworkLexer.EFFECTIVE, InspectFrameworkLexer.SOURCE, InspectFrameworkLexer.LEVEL,
            InspectFrameworkLexer.POINTS, InspectFrameworkLexer.OF, InspectFrameworkLexer.PERCENTAGE,
            InspectFrameworkLexer.ROUNDED, InspectFrameworkLexer.DECIMALS, InspectFrameworkLexer.TYPE,
            InspectFrameworkLexer.ONE, InspectFrameworkLexer.BOOLEAN, InspectFrameworkLexer.INTEGER,
            InspectFrameworkLexer.STATEMENT, InspectFrameworkLexer.RATED, InspectFrameworkLexer.BY,
            InspectFrameworkLexer.JUDGEMENT, InspectFrameworkLexer.LOWEST, InspectFrameworkLexer.KEY,
            InspectFrameworkLexer.QUESTION, InspectFrameworkLexer.ANSWERS, InspectFrameworkLexer.RATIONALE,
            InspectFrameworkLexer.REQUIRED, InspectFrameworkLexer.GUIDANCE, InspectFrameworkLexer.VERBATIM,
            InspectFrameworkLexer.RECONSTRUCTED, InspectFrameworkLexer.ALLOW, InspectFrameworkLexer.WITHIN,
            InspectFrameworkLexer.TOTAL, InspectFrameworkLexer.CASE, InspectFrameworkLexer.SCALE,
            InspectFrameworkLexer.BANDS, InspectFrameworkLexer.OVERALL, InspectFrameworkLexer.DISCRETION,
            InspectFrameworkLexer.ANALYSIS,
        });

    public static string DescribeFound(IToken token)
    {
        if (token.Type == TokenConstants.EOF)
        {
            return "end of file";
        }

        var text = token.Text ?? string.Empty;
        if (text.Length > 40)
        {
            text = text.Substring(0, 37) + "...";
        }

        return token.Type switch
        {
            InspectFrameworkLexer.STRING => $"text {text}",
            InspectFrameworkLexer.NUMBER => $"number '{text}'",
            InspectFrameworkLexer.IDENT => $"name '{text}'",
            _ => $"'{text}'",
        };
    }

    public static IReadOnlyCollection<string> DescribeExpected(IntervalSet expected)
    {
        var types = expected.ToList();
        var nameExpected = types.Contains(InspectFrameworkLexer.IDENT);
        return types
            .Where(t => !(nameExpected && SoftKeywords.Contains(t)))
            .Select(Describe)
            .Distinct()
            .OrderBy(d => d.StartsWith("'", System.StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(d => d, System.StringComparer.Ordinal)
            .ToList();
    }

    public static string DescribeCharacter(string text)
    {
        if (text.Length == 1 && (char.IsControl(text[0]) || char.IsWhiteSpace(text[0])))
        {
            return "U+" + ((int)text[0]).ToString("X4", CultureInfo.InvariantCulture);
        }

        return $"'{text}'";
    }

    private static string Describe(int type) => type switch
    {
        TokenConstants.EOF => "end of file",
        InspectFrameworkLexer.IDENT => "a name",
        InspectFrameworkLexer.STRING => "quoted text",
        InspectFrameworkLexer.NUMBER => "a number",
        InspectFrameworkLexer.DATE => "a date (YYYY-MM-DD)",
        _ => InspectFrameworkLexer.DefaultVocabulary.GetLiteralName(type) ?? InspectFrameworkLexer.DefaultVocabulary.GetDisplayName(type),
    };
}
