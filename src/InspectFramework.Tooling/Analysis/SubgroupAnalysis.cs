using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Runtime;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;
using InspectFramework.Tooling.Statistics;

namespace InspectFramework.Tooling.Analysis;

/// <summary>An inspection data file to analyse: where to read it, and how messages name it. With a
/// <paramref name="Stream"/> (standard input), the data is read from it instead of from the path.</summary>
public sealed record AnalysisInput(string Path, string Display, System.IO.Stream? Stream = null);

/// <summary>
/// Runs the subgroup analysis (docs/analysis.md): streams every inspection file through a scoring
/// session, as <c>inspect score</c> does, so each file is validated by the same rules, and counts each
/// accepted case into its subgroup as it passes. Memory grows with the number of subgroups and key
/// questions, not with the number of cases.
/// </summary>
public static class SubgroupAnalysis
{
    /// <param name="sink">Receives every problem as it is found.</param>
    /// <param name="compatibleEarlierVersion">An earlier version of the framework whose data is accepted
    /// too, once the caller has found the difference compatible (as <c>inspect score --recorded-under</c>).</param>
    /// <param name="options">How case files are found (<see cref="InspectionReader"/>).</param>
    public static AnalysisResult Run(ScoringPlan plan, SubgroupFact by, IReadOnlyList<AnalysisInput> inputs, Action<InspectionProblem> sink, Action<ReadProgress>? progress = null, FrameworkIdentity? compatibleEarlierVersion = null, InspectionReadOptions? options = null)
    {
        var rows = Rows(plan);
        var counter = new SubgroupCounter(plan, by, rows);
        var inspections = ImmutableArray.CreateBuilder<AnalysedInspection>(inputs.Count);
        foreach (var input in inputs)
        {
            counter.StartInspection();
            var session = new InspectionSession(plan, sink, counter, compatibleEarlierVersion);
            var metadata = input.Stream is { } stream
                ? InspectionReader.Read(stream, input.Display, session, progress, options)
                : InspectionReader.Read(input.Path, session, progress, input.Display, options);
            inspections.Add(new AnalysedInspection(input.Display, metadata, session.Complete()));
        }

        return counter.Finish(inspections.MoveToImmutable());
    }

    /// <summary>The lines of the analysis: the pooled scores in declaration order, then every key
    /// question answered yes or no in a domain with a case sample, in framework order.</summary>
    public static ImmutableArray<AnalysisRowDefinition> Rows(ScoringPlan plan)
    {
        var rows = ImmutableArray.CreateBuilder<AnalysisRowDefinition>();
        foreach (var score in plan.Scores)
        {
            rows.Add(new AnalysisRowDefinition(AnalysisRowKind.Score, score.Name, score.Name, score.Label, score.KeyQuestionSlots, score.Rounding, score.Decimals));
        }

        for (var slot = 0; slot < plan.KeyQuestionItems.Length; slot++)
        {
            var item = plan.Items[plan.KeyQuestionItems[slot]];
            if (!plan.Domains[item.Domain].HasCaseSample || (item.Answers != AnswerKind.YesNo && item.Answers != AnswerKind.YesNoNotApplicable))
            {
                continue;
            }

            var bands = plan.Standards[item.Standard].Bands;
            rows.Add(new AnalysisRowDefinition(AnalysisRowKind.KeyQuestion, item.Number, item.Name, item.Text, ImmutableArray.Create(slot), bands?.Rounding ?? Percentages.DefaultRounding, bands?.Decimals ?? Percentages.DefaultDecimals));
        }

        return rows.ToImmutable();
    }

    /// <summary>The test between the subgroups with cases for one line; null (with the reason) when the
    /// counts are beyond what the tests take.</summary>
    internal static (SignificanceResult? Test, string? Reason) Test(IReadOnlyList<Proportion> groups)
    {
        if (groups.Any(g => g.Total > int.MaxValue))
        {
            return (null, "a subgroup has more than 2,147,483,647 answers, beyond what the tests take");
        }

        var table = new ContingencyTable(groups.Select(g => new GroupCount((int)g.Yes, (int)g.Total)));
        return (SignificanceTest.Choose(table), null);
    }
}

/// <summary>Counts of one subgroup: cases, and yes / applicable per line.</summary>
internal sealed class Bucket
{
    public Bucket(int rows)
    {
        Yes = new long[rows];
        Total = new long[rows];
    }

    public long Cases { get; set; }

    public long[] Yes { get; }

    public long[] Total { get; }

    public Proportion this[int row] => new(Yes[row], Total[row]);
}

/// <summary>Counts accepted cases by subgroup and by inspection, as a scoring session accepts them.</summary>
internal sealed class SubgroupCounter : ICaseObserver
{
    private readonly ScoringPlan _plan;
    private readonly SubgroupFact _by;
    private readonly ImmutableArray<AnalysisRowDefinition> _rows;
    private readonly int[][] _slots;
    private readonly Dictionary<int, Bucket> _byKey = new();
    private readonly Bucket _all;
    private readonly Bucket _notRecorded;
    private readonly Bucket _outside;
    private readonly List<Bucket> _inspections = new();
    private Bucket? _inspection;
    private bool _tooManyValues;

    public SubgroupCounter(ScoringPlan plan, SubgroupFact by, ImmutableArray<AnalysisRowDefinition> rows)
    {
        _plan = plan;
        _by = by;
        _rows = rows;
        _slots = rows.Select(r => r.Slots.ToArray()).ToArray();
        _all = new Bucket(rows.Length);
        _notRecorded = new Bucket(rows.Length);
        _outside = new Bucket(rows.Length);
        if (!by.HasOpenValues)
        {
            foreach (var (key, _) in by.Subgroups(Array.Empty<int>()))
            {
                _byKey[key] = new Bucket(rows.Length);
            }
        }
    }

    public void StartInspection()
    {
        _inspection = new Bucket(_rows.Length);
        _inspections.Add(_inspection);
    }

    public void CaseAccepted(AcceptedCase accepted)
    {
        Bucket? group;
        if (!accepted.TryGetFact(_by.Fact.Index, out var value))
        {
            group = _notRecorded;
        }
        else
        {
            var key = _by.KeyOf(value);
            if (key < 0 && _by.IsBanded)
            {
                group = _outside;
            }
            else if (!_byKey.TryGetValue(key, out group))
            {
                // Only an integer fact without bands meets new values; past the limit the analysis is
                // refused (bands are needed), so the counts of further values are not kept.
                if (_byKey.Count >= SubgroupFact.MaxDistinctValues)
                {
                    _tooManyValues = true;
                    group = null;
                }
                else
                {
                    _byKey[key] = group = new Bucket(_rows.Length);
                }
            }
        }

        Add(_all, accepted);
        Add(_inspection!, accepted);
        if (group is not null)
        {
            Add(group, accepted);
        }
    }

    private void Add(Bucket bucket, AcceptedCase accepted)
    {
        bucket.Cases++;
        for (var row = 0; row < _slots.Length; row++)
        {
            foreach (var slot in _slots[row])
            {
                var outcome = accepted.Outcome(slot);
                if (outcome == KeyQuestionOutcome.Yes)
                {
                    bucket.Yes[row]++;
                    bucket.Total[row]++;
                }
                else if (outcome == KeyQuestionOutcome.No)
                {
                    bucket.Total[row]++;
                }
            }
        }
    }

    public AnalysisResult Finish(ImmutableArray<AnalysedInspection> inspections)
    {
        var subgroups = _by.Subgroups(_byKey.Keys);
        var groups = subgroups.Select(s => s.Group).ToImmutableArray();
        var buckets = subgroups.Select(s => _byKey[s.Key]).ToList();
        var cases = new SubgroupCases(_all.Cases, buckets.Select(b => b.Cases).ToImmutableArray(), _notRecorded.Cases, _outside.Cases);
        string? refusal = _tooManyValues
            ? $"'{_by.Fact.Name}' has more than {SubgroupFact.MaxDistinctValues} different values: too many subgroups to compare. Band them with --bins, for example --bins 0,1,2-5,6+."
            : null;
        if (refusal is not null || inspections.Any(i => !i.Result.IsScored))
        {
            return new AnalysisResult(_plan, _by, groups, inspections, cases, ImmutableArray<AnalysisRow>.Empty, refusal);
        }

        var rows = ImmutableArray.CreateBuilder<AnalysisRow>(_rows.Length);
        for (var row = 0; row < _rows.Length; row++)
        {
            var byGroup = buckets.Select(b => b[row]).ToImmutableArray();
            var (test, reason) = SubgroupAnalysis.Test(byGroup);
            rows.Add(new AnalysisRow(_rows[row], _all[row], byGroup, _notRecorded[row], _outside[row], test, reason, _inspections.Select(b => b[row]).ToImmutableArray()));
        }

        return new AnalysisResult(_plan, _by, groups, inspections, cases, rows.MoveToImmutable(), null);
    }
}
