namespace InspectFramework.EditorFeatures.Classification;

/// <summary>What a piece of the text is, for highlighting: words of the language, names by what they
/// name, numbers, percentages, text and comments.</summary>
public enum ClassificationKind
{
    Keyword,
    Comment,
    Text,
    Number,

    /// <summary>A number with its percent sign: <c>65%</c>.</summary>
    Percentage,
    Date,
    Operator,

    /// <summary>A name that names nothing declared: an option word (<c>half_up</c>, <c>yes_no</c>) or a name that does not resolve.</summary>
    Name,
    Fact,
    Value,
    CaseType,
    BandTable,
    Scale,
    Level,
    Score,
    Source,
    Item,
}
