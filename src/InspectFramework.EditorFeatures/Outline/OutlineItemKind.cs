namespace InspectFramework.EditorFeatures.Outline;

public enum OutlineItemKind
{
    Framework,
    Source,
    Scale,
    Level,
    BandTable,
    CaseType,
    Fact,
    Value,

    /// <summary>A shared value set (<c>values classification ...</c>).</summary>
    ValueSet,
    Discretion,
    Overall,
    Score,
    Domain,
    Standard,
    KeyQuestion,
    Prompt,
}
