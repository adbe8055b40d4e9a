namespace InspectFramework.EditorFeatures.Folding;

public enum FoldingRangeKind
{
    /// <summary>A block: a declaration's braces, a derived fact over several lines.</summary>
    Region,

    /// <summary>A block comment over several lines, or a run of line comments.</summary>
    Comment,
}
