namespace InspectFramework.EditorFeatures.Folding;

/// <summary>Lines <see cref="StartLine"/> to <see cref="EndLine"/> (from 0) fold into the first.</summary>
public sealed record FoldingRange(int StartLine, int EndLine, FoldingRangeKind Kind);
