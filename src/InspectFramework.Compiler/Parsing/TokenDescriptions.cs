using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Antlr4.Runtime.Tree;
using InspectFramework.Grammar;
using P = InspectFramework.Grammar.InspectFrameworkParser;

namespace InspectFramework.Compiler.Parsing;

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
            InspectFrameworkLexer.ANALYSIS, InspectFrameworkLexer.SCORE, InspectFrameworkLexer.CONTRIBUTES,
            InspectFrameworkLexer.VALUES,
        });

    public static string DescribeFound(IToken token)
    {
        if (token.Type == TokenConstants.EOF)
        {
            return "end of file";
        }

        var text = token.Text ?? string.Empty;
        if (token.Type == InspectFrameworkLexer.STRING)
        {
            // Shortened inside its quotes, so the message still reads as quoted text.
            var inner = text.Length >= 2 && text[text.Length - 1] == '"' ? text.Substring(1, text.Length - 2) : text.Substring(1);
            return inner.Length > 30 ? $"text \"{inner.Substring(0, 30)}...\"" : $"text \"{inner}\"";
        }

        if (text.Length > 40)
        {
            text = text.Substring(0, 37) + "...";
        }

        return token.Type switch
        {
            InspectFrameworkLexer.NUMBER => $"number '{text}'",
            InspectFrameworkLexer.DATE => $"date {text}",
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
        if (text == "'")
        {
            return "\"'\"";
        }

        if (text.Length == 1 && (char.IsControl(text[0]) || char.IsWhiteSpace(text[0])))
        {
            return "U+" + ((int)text[0]).ToString("X4", CultureInfo.InvariantCulture);
        }

        return $"'{text}'";
    }

    /// <summary>What a character from another notation most likely stands for here, or null.</summary>
    public static string? AdviseCharacter(string text) => text switch
    {
        "&" => "Write 'and' to join conditions.",
        "|" => "Write 'or' to join conditions.",
        "!" => "Write 'not' before a condition, or '!=' to compare.",
        ";" => "Remove it: lines need no ending mark.",
        "-" => "Names use '_' (court_disposals), ranges use 'to' (65% to 79%), and discretion moves '->'.",
        "\u201C" or "\u201D" or "\u201E" => "Use straight double quotes (\") around text; typographic quotes are allowed only inside it.",
        "'" or "\u2018" or "\u2019" => "Text goes in straight double quotes (\"...\").",
        _ => null,
    };

    /// <summary>
    /// How the construct being written when a syntax error occurred is spelt, as one sentence, or null
    /// when the error is not inside a construct's opening part (inside a block the expected parts
    /// say enough, and the construct's shape would mislead).
    /// </summary>
    public static string? DescribeShape(RuleContext? context)
    {
        for (var c = context; c is not null; c = c.Parent)
        {
            switch (c)
            {
                // Conditions have their own errors; the item around them is not what needs fixing.
                case P.ExpressionContext or P.ApplicabilityContext:
                    return null;
                case P.RatingRuleContext:
                    return "Write a rating rule as: rated by judgement, or: rated by lowest key question in <band table>, or: not rated.";
                case P.LevelDeclContext:
                    return "Write a level as: level <name> \"<label>\" points <number>.";
                case P.BandsMeasureContext:
                    return "Write what a band table measures as: of percentage rounded half_up to 0 decimals, or: of points.";
                case P.BandRowContext:
                    return "Write a band as: <level> <low> to <high>, for example: good 65% to 79%.";
                case P.DiscretionClauseContext:
                    return "Write a discretion rule as: allow <level> -> <level> when within <number> points, or: rationale required.";
                case P.EnumMemberContext:
                    return "Write the values as: one of { <name> \"<label>\", <name> \"<label>\" }.";
                case P.SourceDeclContext:
                    return "Write a source as: source <name> \"<full reference>\".";
                case P.CaseTypeDeclContext:
                    return "Write a case type as: case type <name> \"<label>\".";
                case P.ScoreDeclContext:
                    return "Write a score as: score <name> \"<label>\", optionally followed by: rounded half_up to 0 decimals.";
                case P.ContributionsContext:
                    return "Write contributions as: contributes to <score>, <score>.";
                case P.OverallDeclContext:
                    return "Write the overall rule as: overall rated by total points in <band table>.";
                case P.FactDeclContext:
                    return "Write a fact as: fact <name> \"<label>\" followed by boolean, integer, one of { ... } or = <condition>.";
                case P.FrameworkDeclContext f when !HasBody(f):
                    return "Start the framework as: framework <name> { title \"...\" version \"...\" publisher \"...\" effective YYYY-MM-DD }.";
                case P.ScaleDeclContext x when !HasBody(x):
                    return "Write the scale as: scale <name> \"<label>\" { level ... }.";
                case P.BandsDeclContext x when !HasBody(x):
                    return "Write a band table as: bands <name> \"<label>\" { of ... }.";
                case P.DomainDeclContext x when !HasBody(x):
                    return "Write a domain as: domain <number> <name> \"<wording>\" for <case type> { ... }.";
                case P.StandardDeclContext x when !HasBody(x):
                    return "Write a standard as: standard <number> <name> \"<wording>\" { ... }.";
                case P.KeyQuestionDeclContext x when !HasBody(x):
                    return "Write a key question as: key question <number> <name> \"<wording>\".";
                case P.PromptDeclContext x when !HasBody(x):
                    return "Write a prompt as: prompt (<letter>) <name> \"<wording>\".";
                case P.FrameworkDeclContext or P.ScaleDeclContext or P.BandsDeclContext or P.DomainDeclContext
                    or P.StandardDeclContext or P.KeyQuestionDeclContext or P.PromptDeclContext or P.DiscretionDeclContext:
                    return null;
            }
        }

        return null;
    }

    // Whether the construct's '{' has been read: from there on the error is in its body.
    private static bool HasBody(ParserRuleContext context)
    {
        for (var i = 0; i < context.ChildCount; i++)
        {
            if (context.GetChild(i) is ITerminalNode { Symbol.Type: InspectFrameworkLexer.LBRACE })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The keyword as written in a framework (<c>standard</c>), or null for tokens that are not words.</summary>
    public static string? KeywordText(int type)
    {
        var literal = InspectFrameworkLexer.DefaultVocabulary.GetLiteralName(type);
        if (literal is null || literal.Length < 3 || !char.IsLetter(literal[1]))
        {
            return null;
        }

        return literal.Substring(1, literal.Length - 2);
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
