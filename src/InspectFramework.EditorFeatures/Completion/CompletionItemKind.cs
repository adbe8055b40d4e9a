namespace InspectFramework.EditorFeatures.Completion;

public enum CompletionItemKind
{
    Keyword,

    /// <summary>A comparison operator: <c>==</c>, <c>&lt;=</c>...</summary>
    Operator,
    Fact,
    Value,

    /// <summary>A shared value set (<c>one of classification</c>).</summary>
    ValueSet,
    CaseType,
    BandTable,
    Level,
    Score,
    Source,

    /// <summary>A word the language fixes in one place: a rounding rule, an answer type.</summary>
    Option,
    Snippet,
}
