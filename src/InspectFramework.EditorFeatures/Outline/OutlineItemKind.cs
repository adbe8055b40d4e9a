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
    Discretion,
    Overall,
    Score,
    Domain,
    Standard,
    KeyQuestion,
    Prompt,
}
