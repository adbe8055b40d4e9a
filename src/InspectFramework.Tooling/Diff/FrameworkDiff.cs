using System.Linq;
using InspectFramework.Compiler.Model;

namespace InspectFramework.Tooling.Diff;

/// <summary>
/// What a change means for case data collected under the old version, from harmless to most
/// serious; a diff's verdict is that of its most serious change.
/// </summary>
public enum Verdict
{
    /// <summary>The two models are equal (layout and comments may differ).</summary>
    Identical,

    /// <summary>Old case data scores to the same ratings under the new version, unchanged
    /// (wording, numbering, guidance, provenance, header).</summary>
    Compatible,

    /// <summary>Old case data cannot be scored unchanged: answers or facts are missing, or values
    /// it holds are no longer valid. Once it is completed or cleaned, ratings are computed as before.</summary>
    NeedsMigration,

    /// <summary>The rating or scoring arithmetic changed (scale, points, bands, rules, discretion,
    /// which key questions count for which cases, pooled scores and which key questions feed them):
    /// the same answers can give different ratings or scores.</summary>
    RatingsAffecting,
}

/// <summary>Which part of the framework a change is in.</summary>
public enum ChangeArea
{
    Header,
    Source,
    Scale,
    BandTable,
    Overall,
    Score,
    CaseType,
    Fact,
    Domain,
    Standard,
    KeyQuestion,
    Prompt,
}

public enum ChangeKind
{
    Added,
    Removed,
    Renumbered,
    Reworded,
    Reordered,
    ApplicabilityChanged,
    RatingRuleChanged,
    DiscretionChanged,
    BandsChanged,
    PointsChanged,
    AnswersChanged,
    RationaleChanged,
    GuidanceChanged,
    ProvenanceChanged,
    FactTypeChanged,
    DerivationChanged,
    AnalysisMarkerChanged,
    HeaderChanged,
    RoundingChanged,
    ContributionsChanged,
    Renamed,
}

/// <summary>What a change is about, for <c>inspect diff --only</c>: the wording people read, the
/// rules that record and score, when items apply, or where wording comes from.</summary>
public enum ChangeCategory
{
    Wording,
    Rules,
    Applicability,
    Provenance,
}

/// <summary>
/// One change. <see cref="Target"/> is a stable key (<c>item:court_disposals.assessment.desistance</c>,
/// <c>fact:disposal</c>, <c>fact:disposal/custody</c>) and <see cref="Subject"/> names it as methodology
/// staff do ("key question 2.1.1 desistance"). <see cref="Old"/> and <see cref="New"/> are the values
/// shown side by side; <see cref="Wording"/> holds a word diff for reworded text.
/// </summary>
public sealed record FrameworkChange(
    ChangeArea Area,
    string Target,
    string Subject,
    ChangeKind Kind,
    Verdict Verdict,
    string Description,
    string? Old,
    string? New,
    EquatableArray<WordDiffSegment> Wording,
    string Reason)
{
    /// <summary>Wording: text, numbering, order, names and the header; applicability: which cases an
    /// item applies to; provenance: provenance marks and sources; rules: everything else (items added
    /// or removed, answers, facts, bands, rating rules, discretion, scores).</summary>
    public ChangeCategory Category => Kind switch
    {
        _ when Area == ChangeArea.Source => ChangeCategory.Provenance,
        ChangeKind.ProvenanceChanged => ChangeCategory.Provenance,
        ChangeKind.ApplicabilityChanged => ChangeCategory.Applicability,
        ChangeKind.Reworded or ChangeKind.Renumbered or ChangeKind.Reordered or ChangeKind.GuidanceChanged or ChangeKind.HeaderChanged or ChangeKind.Renamed => ChangeCategory.Wording,
        _ => ChangeCategory.Rules,
    };
}

/// <summary>The semantic difference between two versions of a framework.</summary>
public sealed record FrameworkDiff(FrameworkIdentity Old, FrameworkIdentity New, EquatableArray<FrameworkChange> Changes)
{
    public Verdict Verdict => Changes.Count == 0 ? Verdict.Identical : Changes.Max(c => c.Verdict);

    public int Count(Verdict verdict) => Changes.Count(c => c.Verdict == verdict);

    /// <summary>The content changed but the version did not: case data stamped with the version alone
    /// could not tell the two apart.</summary>
    public bool VersionUnchanged => Old.ContentHash != New.ContentHash && Old.Name == New.Name && Old.Version == New.Version;
}
