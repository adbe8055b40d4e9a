using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;

namespace InspectFramework.Tooling.Scoring;

/// <summary>
/// Scores one inspection from streamed cases, following docs/scoring.md. Each case is validated as
/// it arrives and, when it has no problem, only its key-question counts are kept, so memory does not
/// grow with the number of cases (except for the case identifiers and their places, about 15 bytes
/// each, to catch duplicates exactly). Judgements and discretion decisions may arrive before or after the cases;
/// <see cref="Complete"/> rates the standards. Any problem refuses the whole inspection.
/// </summary>
public sealed class InspectionSession
{
    private readonly ScoringPlan _plan;
    private readonly Action<InspectionProblem>? _sink;
    private readonly List<InspectionProblem>? _collected;
    private readonly ICaseObserver? _observer;
    private readonly AcceptedCase? _accepted;
    private readonly int[] _yes;
    private readonly int[] _applicable;
    private readonly long[] _byType;
    private readonly Tri[] _domainApplies;
    private readonly Tri[] _standardApplies;
    private readonly Tri[] _itemApplies;
    private readonly IdSet _ids = new();
    private readonly Decision?[] _judgements;
    private readonly Decision?[] _discretion;
    private readonly Decision?[] _ratings;
    private bool _fromRatings;
    private Location? _ratingsAt;
    private long _read;
    private long _rejected;
    private long _emptyRows;
    private string? _caseCell;
    private long _problems;
    private bool _countsIncomplete;
    private bool _stopped;
    private bool _idsFull;
    private bool _completed;

    /// <param name="plan">The framework, prepared once; a plan can serve many sessions.</param>
    /// <param name="sink">Receives every problem as it is found (the CLI prints them as it reads a
    /// large file); without one, the session collects them in <see cref="InspectionResult.Problems"/>.</param>
    /// <param name="observer">Sees every accepted case as it is counted (subgroup analysis).</param>
    /// <param name="compatibleEarlierVersion">See <see cref="CompatibleEarlierVersion"/>.</param>
    public InspectionSession(ScoringPlan plan, Action<InspectionProblem>? sink = null, ICaseObserver? observer = null, FrameworkIdentity? compatibleEarlierVersion = null)
    {
        _plan = plan;
        CompatibleEarlierVersion = compatibleEarlierVersion;
        _sink = sink;
        _observer = observer;
        _accepted = observer is null ? null : new AcceptedCase(plan);
        _collected = sink is null ? new List<InspectionProblem>() : null;
        _yes = new int[plan.KeyQuestionItems.Length];
        _applicable = new int[plan.KeyQuestionItems.Length];
        _byType = new long[plan.CaseTypes.Length];
        _domainApplies = new Tri[plan.Domains.Length];
        _standardApplies = new Tri[plan.Standards.Length];
        _itemApplies = new Tri[plan.Items.Length];
        _judgements = new Decision?[plan.Standards.Length];
        _discretion = new Decision?[plan.Standards.Length];
        _ratings = new Decision?[plan.Standards.Length];
    }

    public ScoringPlan Plan => _plan;

    /// <summary>
    /// An earlier version of the framework whose data may be scored under this one, because the
    /// semantic diff between them is compatible (docs/change-control.md). Given only after that check.
    /// </summary>
    public FrameworkIdentity? CompatibleEarlierVersion { get; }

    public long CasesRead => _read;

    /// <summary>Counts a CSV row that is empty or holds only separators: skipped, not a case, but
    /// reported beside the case account so that no row disappears unseen.</summary>
    public void SkipEmptyRow() => _emptyRows++;

    public long ProblemCount => _problems;

    /// <summary>A record to fill and pass to <see cref="AddCase"/>; reuse it for every case.</summary>
    public CaseRecord NewRecord() => new(_plan);

    /// <summary>Reports a problem found outside any case (a file, the inspection's entries). File
    /// problems (IV03xx) mean cases may be missing, so discretion is then not checked against counts.</summary>
    public void Report(InspectionProblem problem)
    {
        if (CaseDataProblems.IsFileProblem(problem.Code))
        {
            _countsIncomplete = true;
        }

        Emit(problem);
    }

    /// <summary>
    /// Reports a problem that stopped reading (malformed or unreadable data, a framework mismatch):
    /// the data is incomplete, so the checks that need all of it (a judgement for every judgement
    /// standard, discretion against the counts) are left until it can be read.
    /// </summary>
    public void Stop(InspectionProblem problem)
    {
        _stopped = true;
        _countsIncomplete = true;
        Emit(problem);
    }

    /// <summary>
    /// Compares the framework stamp recorded with the data with the framework being scored. Name,
    /// version and content hash must all match; false (with a problem reported) otherwise.
    /// </summary>
    public bool CheckFramework(string? name, string? version, string? contentHash, Location? at)
    {
        var model = _plan.Model;
        if (name is null || version is null || contentHash is null)
        {
            Stop(CaseDataProblems.MissingInspectionEntry(
                "framework stamp (name, version and content hash)",
                $"Stamp the data with the framework it was recorded under: \"framework\": {{ \"name\": \"{model.Name}\", \"version\": \"{model.Version}\", \"content_hash\": \"{model.ContentHash}\" }} ('inspect schema' prints it).",
                at));
            return false;
        }

        var recorded = new FrameworkIdentity(name, version, contentHash);
        if (recorded != FrameworkIdentity.Of(model) && recorded != CompatibleEarlierVersion)
        {
            Stop(CaseDataProblems.FrameworkMismatch($"{name} version {version} ({contentHash})", $"{model.Name} version {model.Version} ({model.ContentHash})", at));
            return false;
        }

        return true;
    }

    /// <summary>Records inspectors' rating for a standard rated by judgement.</summary>
    public void RecordJudgement(string standardPath, string level, string? rationale, Location? at)
    {
        var standard = ResolveStandard(standardPath, at);
        var levelIndex = ResolveLevel(level, at);
        if (standard is null || levelIndex < 0)
        {
            return;
        }

        if (standard.Kind != StandardRatingKind.Judgement)
        {
            Emit(CaseDataProblems.JudgementForComputedStandard(standard.Number, standard.Kind == StandardRatingKind.NotRated, at));
        }
        else if (_judgements[standard.Index] is not null)
        {
            Emit(CaseDataProblems.DecisionTwice("judgement", standard.Number, at));
        }
        else
        {
            _judgements[standard.Index] = new Decision(levelIndex, rationale, at, null);
        }
    }

    /// <summary>
    /// Records the final rating of a standard rated from its key questions, for an inspection scored
    /// from ratings alone (national tables, checking published results): such an inspection has no
    /// cases and no discretion decisions, and records a rating for every such standard.
    /// </summary>
    public void RecordRating(string standardPath, string level, string? rationale, Location? at)
    {
        _fromRatings = true;
        _ratingsAt ??= at;
        var standard = ResolveStandard(standardPath, at);
        var levelIndex = ResolveLevel(level, at);
        if (standard is null || levelIndex < 0)
        {
            return;
        }

        if (standard.Kind != StandardRatingKind.LowestKeyQuestion)
        {
            Emit(CaseDataProblems.RatingForUncomputedStandard(standard.Number, standard.Kind == StandardRatingKind.NotRated, at));
        }
        else if (_ratings[standard.Index] is not null)
        {
            Emit(CaseDataProblems.DecisionTwice("rating", standard.Number, at));
        }
        else
        {
            _ratings[standard.Index] = new Decision(levelIndex, rationale, at, null);
        }
    }

    /// <summary>Records a ratings panel's decision to move a computed standard's rating.</summary>
    public void RequestDiscretion(string standardPath, string level, string? rationale, Location? at)
    {
        var standard = ResolveStandard(standardPath, at);
        var levelIndex = ResolveLevel(level, at);
        if (standard is null || levelIndex < 0)
        {
            return;
        }

        var requested = _plan.Levels[levelIndex];
        if (_discretion[standard.Index] is not null)
        {
            Emit(CaseDataProblems.DecisionTwice("professional discretion decision", standard.Number, at));
            return;
        }

        // What can be decided without the case counts is checked now; the move itself at the end.
        string? refusal = null;
        if (standard.Kind == StandardRatingKind.Judgement)
        {
            refusal = "the standard is rated by judgement; record the panel's rating as its judgement";
        }
        else if (standard.Kind == StandardRatingKind.NotRated)
        {
            refusal = "the standard is not rated, so it has no rating to move";
        }
        else if (standard.Discretion is null || standard.Discretion.Moves.IsDefaultOrEmpty)
        {
            refusal = "the framework allows no professional discretion for this standard";
        }
        else if (standard.Discretion.RationaleRequired && string.IsNullOrWhiteSpace(rationale))
        {
            refusal = "a rationale is required: record why the ratings panel moved the rating";
        }

        // Refusals are reported with the other inspection-level findings, in standard order.
        _discretion[standard.Index] = new Decision(levelIndex, rationale, at, refusal);
    }

    /// <summary>Validates one case and, when it has no problem, counts it. The record may be cleared
    /// and reused as soon as this returns.</summary>
    public void AddCase(CaseRecord record)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The session is complete.");
        }

        _read++;
        var before = _problems;
        var id = record.Id;
        var at = record.Location;
        _caseCell = record.Cell;
        try
        {
            Count(record, id, at, before);
        }
        finally
        {
            _caseCell = null;
        }
    }

    private void Count(CaseRecord record, string id, Location? at, long before)
    {
        foreach (var problem in record.Problems)
        {
            Emit(problem with { CaseId = problem.CaseId ?? id });
        }

        if (id.Length == 0)
        {
            Emit(CaseDataProblems.MissingCaseId(at));
        }
        else if (!AddId(id, at, out var first))
        {
            Emit(CaseDataProblems.DuplicateCaseId(id, first ?? Location.None, at));
        }

        if (record.CaseType >= 0)
        {
            CheckCaseTypedValues(record, id, at);
            DeriveFacts(record);
            if (ComputeApplicability(record))
            {
                ReportMissingFacts(record, id, at);
            }

            Validate(record, id, at);
        }
        else if (record.Problems.Count == 0)
        {
            // Readers report why a case has no usable type; this keeps the rule for other callers.
            Emit(CaseDataProblems.MissingCaseType(_plan.CaseTypes, at) with { CaseId = id });
        }

        if (_problems != before)
        {
            _rejected++;
            _countsIncomplete = true;
            return;
        }

        _byType[record.CaseType]++;
        var answers = record.Answers;
        var outcomes = _accepted?.Outcomes;
        for (var slot = 0; slot < _yes.Length; slot++)
        {
            var item = _plan.KeyQuestionItems[slot];
            var outcome = KeyQuestionOutcome.NotCounted;
            if (_itemApplies[item] == Tri.True)
            {
                // An inspector's "not applicable" (yes_no_na items only) leaves the denominator.
                var answer = answers[item];
                if (answer == RecordedAnswer.Yes)
                {
                    _yes[slot]++;
                    _applicable[slot]++;
                    outcome = KeyQuestionOutcome.Yes;
                }
                else if (answer == RecordedAnswer.No)
                {
                    _applicable[slot]++;
                    outcome = KeyQuestionOutcome.No;
                }
            }

            if (outcomes is not null)
            {
                outcomes[slot] = outcome;
            }
        }

        if (_observer is not null)
        {
            _accepted!.Attach(record);
            _observer.CaseAccepted(_accepted);
            _accepted.Attach(null);
        }
    }

    /// <summary>Rates every standard, checks discretion, and totals; refuses when there was any problem.</summary>
    public InspectionResult Complete()
    {
        _completed = true;
        if (_fromRatings && (_read > 0 || _emptyRows > 0 || _discretion.Any(d => d is not null)))
        {
            // Either the cases or the ratings would decide; the published rating already includes discretion.
            Emit(CaseDataProblems.RatingsWithCases(_ratingsAt));
        }

        var standards = ImmutableArray.CreateBuilder<StandardScore>(_plan.Standards.Length);
        foreach (var standard in _plan.Standards)
        {
            standards.Add(RateStandard(standard));
        }

        // Points come from rated standards only; where none is rated (a domain, or the whole
        // framework of pooled scores) there are no points and no overall rating.
        var domains = ImmutableArray.CreateBuilder<DomainResult>(_plan.Domains.Length);
        var maxLevelPoints = _plan.Levels.IsEmpty ? 0 : _plan.Levels.Max(l => l.Points);
        foreach (var domain in _plan.Domains)
        {
            var rated = domain.Standards.Where(s => _plan.Standards[s].IsRated).ToList();
            domains.Add(new DomainResult(domain.Number, domain.Name, domain.Text, domain.HasCaseSample, domain.Standards, Total(rated.Select(s => standards[s])), rated.Count * maxLevelPoints));
        }

        InspectionScore? score = null;
        if (_problems == 0)
        {
            var total = Total(standards.Where((_, i) => _plan.Standards[i].IsRated));
            var pooled = ImmutableArray.CreateBuilder<PooledScore>(_plan.Scores.Length);
            foreach (var planScore in _plan.Scores)
            {
                // Pooled over contributing key questions and cases: the sums of their counts.
                int yes = 0, applicable = 0;
                foreach (var slot in planScore.KeyQuestionSlots)
                {
                    yes += _yes[slot];
                    applicable += _applicable[slot];
                }

                pooled.Add(Ratings.Pool(planScore.Name, planScore.Label, yes, applicable, planScore.Rounding, planScore.Decimals));
            }

            var model = _plan.Model;
            var overall = total is { } t && _plan.OverallBands is { } bands ? bands.Classify(t) : null;
            score = new InspectionScore(model.Name, model.Version, model.ContentHash, standards.MoveToImmutable(), total, _plan.MaxPoints, overall, pooled.MoveToImmutable());
        }

        return new InspectionResult(
            _plan,
            score,
            _read,
            _rejected,
            _byType.ToImmutableArray(),
            _emptyRows,
            _fromRatings,
            _problems,
            _collected?.ToImmutableArray() ?? ImmutableArray<InspectionProblem>.Empty,
            domains.MoveToImmutable(),
            _judgements.Select(j => j?.Rationale).ToImmutableArray());
    }

    /// <summary>The sum of the final ratings' points; null when there is no rated standard or one has no rating.</summary>
    private static int? Total(IEnumerable<StandardScore> rated)
    {
        int? total = null;
        foreach (var standard in rated)
        {
            total = standard.Final is { } final ? (total ?? 0) + final.Points : null;
            if (total is null)
            {
                return null;
            }
        }

        return total;
    }

    private StandardScore RateStandard(PlanStandard standard)
    {
        var questions = ImmutableArray.CreateBuilder<KeyQuestionScore>(standard.KeyQuestions.Length);
        foreach (var itemIndex in standard.KeyQuestions)
        {
            var item = _plan.Items[itemIndex];
            var (yes, applicable) = (_yes[item.KeyQuestionSlot], _applicable[item.KeyQuestionSlot]);
            questions.Add(standard.Kind == StandardRatingKind.NotRated && item.Answers is AnswerKind.YesNo or AnswerKind.YesNoNotApplicable
                ? Ratings.ScoreUnratedKeyQuestion(item.Number, item.Name, yes, applicable)
                : Ratings.ScoreKeyQuestion(item.Number, item.Name, yes, applicable, standard.Bands));
        }

        var keyQuestions = questions.MoveToImmutable();
        if (standard.Kind == StandardRatingKind.NotRated)
        {
            if (_discretion[standard.Index] is { Refusal: { } refusal } misplaced)
            {
                Emit(InspectionProblem.FromFinding(Findings.DiscretionRefused(standard.Number, _plan.Levels[misplaced.Level].Label, refusal), misplaced.At));
            }

            return new StandardScore(standard.Number, standard.Name, standard.Kind, keyQuestions, null, null, null, null);
        }

        if (standard.Kind == StandardRatingKind.Judgement)
        {
            var judgement = _judgements[standard.Index];
            if (judgement is null && !_stopped)
            {
                Emit(InspectionProblem.FromFinding(Findings.MissingJudgement(standard.Number, standard.Path), null));
            }

            if (_discretion[standard.Index] is { Refusal: { } refusal } misplaced)
            {
                Emit(InspectionProblem.FromFinding(Findings.DiscretionRefused(standard.Number, _plan.Levels[misplaced.Level].Label, refusal), misplaced.At));
            }

            return new StandardScore(standard.Number, standard.Name, standard.Kind, keyQuestions, null, null, judgement is null ? null : _plan.Levels[judgement.Level], null);
        }

        if (_fromRatings)
        {
            // Scored from ratings alone: no counts, so no key questions and no computed rating.
            var recorded = _ratings[standard.Index];
            if (recorded is null && !_stopped)
            {
                Emit(CaseDataProblems.MissingRating(standard.Number, standard.Path, _ratingsAt));
            }

            return new StandardScore(standard.Number, standard.Name, standard.Kind, ImmutableArray<KeyQuestionScore>.Empty, null, null, recorded is null ? null : _plan.Levels[recorded.Level], null);
        }

        var (computed, deciding) = Ratings.LowestBand(keyQuestions);
        var final = computed;
        string? rationale = null;
        if (_discretion[standard.Index] is { } request)
        {
            // The distance to the threshold is checked only against complete counts (no rejected
            // case, every file read): with cases missing it would be meaningless.
            var requested = _plan.Levels[request.Level];
            if (request.Refusal is not null)
            {
                Emit(InspectionProblem.FromFinding(Findings.DiscretionRefused(standard.Number, requested.Label, request.Refusal), request.At));
            }
            else if (!_countsIncomplete)
            {
                var verdict = Ratings.CheckDiscretion(standard.Discretion, standard.Bands!, computed, deciding, requested, request.Rationale);
                if (verdict.Allowed)
                {
                    final = requested;
                    rationale = request.Rationale;
                }
                else
                {
                    Emit(InspectionProblem.FromFinding(Findings.DiscretionRefused(standard.Number, requested.Label, verdict.Reason ?? "it is outside the framework's rules"), request.At));
                }
            }
        }

        return new StandardScore(standard.Number, standard.Name, standard.Kind, keyQuestions, computed, deciding, final, rationale);
    }

    // A value the framework allows only for other case types (`for court`) rejects the case.
    private void CheckCaseTypedValues(CaseRecord record, string id, Location? at)
    {
        foreach (var fact in _plan.Facts)
        {
            if (!fact.HasCaseTypedValues || !record.FactKnown[fact.Index])
            {
                continue;
            }

            var value = (int)record.FactValues[fact.Index];
            if (value >= 0 && value < fact.Members.Length && !fact.MemberAllowed[value][record.CaseType])
            {
                var allowed = string.Join(", ", fact.MembersFor(record.CaseType));
                Emit(InspectionProblem.FromFinding(Findings.ValueNotForCaseType(id, fact.Name, fact.Members[value], _plan.CaseTypes[record.CaseType], allowed), at));
            }
        }
    }

    private void DeriveFacts(CaseRecord record)
    {
        var values = record.FactValues;
        var known = record.FactKnown;
        foreach (var index in _plan.DerivedOrder)
        {
            var value = _plan.Facts[index].Derivation!.Evaluate(values, known);
            known[index] = value != Tri.Unknown;
            values[index] = value == Tri.True ? 1 : 0;
        }
    }

    /// <returns>True when some item's applicability is left unknown by missing facts.</returns>
    private bool ComputeApplicability(CaseRecord record)
    {
        var values = record.FactValues;
        var known = record.FactKnown;
        var caseType = record.CaseType;
        foreach (var domain in _plan.Domains)
        {
            _domainApplies[domain.Index] = !domain.CaseTypes[caseType] ? Tri.False : domain.Condition?.Evaluate(values, known) ?? Tri.True;
        }

        foreach (var standard in _plan.Standards)
        {
            var parent = _domainApplies[standard.Domain];
            _standardApplies[standard.Index] = parent == Tri.False ? Tri.False : Kleene.And(parent, standard.Condition?.Evaluate(values, known) ?? Tri.True);
        }

        var unknown = false;
        foreach (var item in _plan.Items)
        {
            var parent = item.IsPrompt ? _itemApplies[item.KeyQuestionItem] : _standardApplies[item.Standard];
            var applies = parent == Tri.False ? Tri.False : Kleene.And(parent, item.Condition?.Evaluate(values, known) ?? Tri.True);
            _itemApplies[item.Index] = applies;
            unknown |= applies == Tri.Unknown;
        }

        return unknown;
    }

    // One problem per missing fact, naming the items it leaves undecided. An item is named only
    // where the doubt starts (a prompt whose key question is itself undecided is not repeated).
    private void ReportMissingFacts(CaseRecord record, string id, Location? at)
    {
        SortedDictionary<int, List<string>>? missing = null;
        foreach (var item in _plan.Items)
        {
            if (_itemApplies[item.Index] != Tri.Unknown || (item.IsPrompt && _itemApplies[item.KeyQuestionItem] == Tri.Unknown))
            {
                continue;
            }

            var standard = _plan.Standards[item.Standard];
            var domain = _plan.Domains[item.Domain];
            missing ??= new SortedDictionary<int, List<string>>();
            AddMissing(domain.ConditionFacts);
            AddMissing(standard.ConditionFacts);
            if (item.IsPrompt)
            {
                AddMissing(_plan.Items[item.KeyQuestionItem].ConditionFacts);
            }

            AddMissing(item.ConditionFacts);

            void AddMissing(int[] facts)
            {
                foreach (var fact in facts)
                {
                    if (record.FactKnown[fact] || record.FactSeen[fact])
                    {
                        continue;
                    }

                    if (!missing!.TryGetValue(fact, out var items))
                    {
                        missing[fact] = items = new List<string>();
                    }

                    var name = item.IsPrompt ? $"prompt {item.Number}" : $"key question {item.Number}";
                    if (items.Count == 0 || items[items.Count - 1] != name)
                    {
                        items.Add(name);
                    }
                }
            }
        }

        if (missing is null)
        {
            return;
        }

        foreach (var pair in missing)
        {
            Emit(CaseDataProblems.MissingFact(_plan.Facts[pair.Key].Name, pair.Value, at) with { CaseId = id });
        }
    }

    private void Validate(CaseRecord record, string id, Location? at)
    {
        var answers = record.Answers;
        var rationale = record.Rationale;
        foreach (var item in _plan.Items)
        {
            var applies = _itemApplies[item.Index];
            var answer = answers[item.Index];
            if (applies == Tri.Unknown)
            {
                continue;
            }

            if (applies == Tri.False)
            {
                if (answer != RecordedAnswer.None || rationale[item.Index])
                {
                    Emit(InspectionProblem.FromFinding(Findings.AnswerForInapplicableItem(id, item.FindingPath), at));
                }

                continue;
            }

            if (answer == RecordedAnswer.None)
            {
                Emit(InspectionProblem.FromFinding(Findings.MissingAnswer(id, item.FindingPath), at));
                continue;
            }

            if (item.RationaleRequired && !rationale[item.Index])
            {
                Emit(InspectionProblem.FromFinding(Findings.MissingRationale(id, item.FindingPath), at));
            }

            if (answer == RecordedAnswer.Invalid)
            {
                Emit(InspectionProblem.FromFinding(Findings.AnswerNotAllowed(id, item.FindingPath, record.InvalidAnswers[item.Index] ?? string.Empty, item.AllowedAnswers), at) with { Cell = record.InvalidAnswerCells[item.Index] });
            }
            else if (answer == RecordedAnswer.NotApplicable && item.Answers == AnswerKind.YesNo)
            {
                Emit(InspectionProblem.FromFinding(Findings.AnswerNotAllowed(id, item.FindingPath, Answer.NotApplicable), at));
            }
        }
    }

    private PlanStandard? ResolveStandard(string path, Location? at)
    {
        var index = _plan.FindStandard(path);
        if (index < 0)
        {
            Emit(CaseDataProblems.UnknownStandard(path, _plan.SuggestStandard(path), _plan.ExampleStandardPath, at));
            return null;
        }

        return _plan.Standards[index];
    }

    private int ResolveLevel(string name, Location? at)
    {
        var index = _plan.FindLevel(name);
        if (index < 0)
        {
            Emit(CaseDataProblems.UnknownLevel(name, _plan.SuggestLevel(name), _plan.Levels.Select(l => l.Name), at));
        }

        return index;
    }

    /// <summary>Records a case identifier; false, with where it was first seen, for a duplicate. Past the
    /// set's capacity (4 GB of identifiers, far beyond any real inspection) reading stops, refused.</summary>
    private bool AddId(string id, Location? at, out Location? first)
    {
        try
        {
            return _ids.Add(id, at, out first);
        }
        catch (InsufficientMemoryException)
        {
            first = null;
            if (!_idsFull)
            {
                _idsFull = true;
                Stop(CaseDataProblems.TooLarge("The case identifiers together", IdSet.Capacity, at ?? Location.None));
            }

            return true;
        }
    }

    private void Emit(InspectionProblem problem)
    {
        if (_caseCell is not null && problem.Cell is null)
        {
            problem = problem with { Cell = _caseCell };
        }

        _problems++;
        if (_sink is not null)
        {
            _sink(problem);
        }
        else
        {
            _collected!.Add(problem);
        }
    }

    /// <param name="Refusal">Why a discretion request is refused whatever the counts, if it is.</param>
    private sealed record Decision(int Level, string? Rationale, Location? At, string? Refusal);
}
