using System.Collections.Immutable;

namespace InspectFramework.Compiler;

/// <summary>What fixing a framework came to: the compilation of the fixed text (of the original
/// when refused), the fixes applied, and why the file was left alone, if it was.</summary>
public sealed record FixResult(FrameworkCompilation Compilation, ImmutableArray<AppliedFix> Applied, string? RefusedBecause)
{
    public bool IsRefused => RefusedBecause is not null;

    internal static FixResult Refused(FrameworkCompilation original, string reason) =>
        new(original, ImmutableArray<AppliedFix>.Empty, reason);
}
