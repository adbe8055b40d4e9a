using System.Collections.Immutable;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.Scoring;

/// <summary>A domain's share of the result: its standards and the points of their final ratings.</summary>
public sealed record DomainResult(string Number, string Name, string Text, bool HasCaseSample, ImmutableArray<int> Standards, int? Points, int MaxPoints);

/// <summary>
/// The outcome of scoring an inspection. When any problem was found nothing is scored
/// (<see cref="Score"/> is null) and the problems say why; cases read always equals cases scored
/// plus cases rejected.
/// </summary>
public sealed class InspectionResult
{
    internal InspectionResult(
        ScoringPlan plan,
        InspectionScore? score,
        long casesRead,
        long casesRejected,
        ImmutableArray<long> casesByType,
        long emptyRowsSkipped,
        bool fromRatingsAlone,
        long problemCount,
        ImmutableArray<InspectionProblem> problems,
        ImmutableArray<DomainResult> domains,
        ImmutableArray<string?> judgementRationales)
    {
        Plan = plan;
        Score = score;
        CasesRead = casesRead;
        CasesRejected = casesRejected;
        CasesByType = casesByType;
        EmptyRowsSkipped = emptyRowsSkipped;
        FromRatingsAlone = fromRatingsAlone;
        ProblemCount = problemCount;
        Problems = problems;
        Domains = domains;
        JudgementRationales = judgementRationales;
    }

    public ScoringPlan Plan { get; }

    /// <summary>The ratings, in the runtime types generated scorers produce; null when refused.</summary>
    public InspectionScore? Score { get; }

    public bool IsScored => Score is not null;

    public long CasesRead { get; }

    /// <summary>Cases with at least one problem.</summary>
    public long CasesRejected { get; }

    /// <summary>Cases read without problems: all of them are scored when the inspection is scored.</summary>
    public long CasesAccepted => CasesRead - CasesRejected;

    /// <summary>Cases scored: the accepted cases when the inspection is scored, else none.</summary>
    public long CasesScored => IsScored ? CasesAccepted : 0;

    /// <summary>Accepted cases per case type (by <see cref="ScoringPlan.CaseTypes"/> index).</summary>
    public ImmutableArray<long> CasesByType { get; }

    /// <summary>CSV rows that were empty or held only separators (Excel writes them): skipped, not
    /// cases, and reported beside the case account.</summary>
    public long EmptyRowsSkipped { get; }

    /// <summary>Scored from recorded standard ratings alone, without cases (docs/case-data.md): the
    /// standards have final ratings and no key-question counts.</summary>
    public bool FromRatingsAlone { get; }

    public long ProblemCount { get; }

    /// <summary>The problems, when the session collected them (no problem sink was given).</summary>
    public ImmutableArray<InspectionProblem> Problems { get; }

    public ImmutableArray<DomainResult> Domains { get; }

    /// <summary>The rationale recorded with each judgement, by standard index (null for computed standards).</summary>
    public ImmutableArray<string?> JudgementRationales { get; }
}
