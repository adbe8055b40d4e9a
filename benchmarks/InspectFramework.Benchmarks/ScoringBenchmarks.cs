using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using InspectFramework.Benchmarks.HmipYouth2019;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Benchmarks;

/// <summary>
/// Scoring <see cref="Cases"/> cases of the youth offending framework (frameworks/hmip-youth-2019.inspect)
/// with the generated scorer (<see cref="HmipYouth2019Scorer"/>, made by the project's source generator
/// at build time) and with the evaluator (<see cref="InspectionSession"/>, what <c>inspect score</c> runs
/// after reading), on the same cases: add every case (each is validated, then counted), record the
/// judgements, score. Reading case data is not measured (the readers fill one reused
/// <see cref="CaseRecord"/>; a program using the generated types fills its forms).
/// </summary>
/// <remarks>
/// The cases come from a pool of <see cref="PoolSize"/> distinct valid cases of both types (seeded random
/// facts, answers to exactly the items that apply), taken in a seeded random order, so that the sequence of
/// cases never repeats and no branch predictor can learn it. The pool is small on purpose: in use, a reader
/// fills one case and hands it over at once, so the case is in the processor's cache. A form is an object
/// per key question and prompt and its answer sheet (7 to 9 KB); 64 of them (about 500 KB) stay in a
/// core's 1 MB L2 cache, as the evaluator's 64 records do. A pool of 1,000 (8 MB of forms) or a million
/// distinct forms would measure how fast memory delivers forms rather than scoring (the host's
/// <c>scoring</c> command measures other pool sizes; benchmarks/README.md gives figures).
/// Case identifiers are distinct over each operation, as the evaluator refuses a duplicate: it keeps a set
/// of their 64-bit hashes, which grows with the cases (about 32 MB allocated at 1,000,000 cases, the only
/// allocation per case on either side). The generated scorer keeps no such set (docs/generate.md); each
/// form keeps the identifier it was made with.
/// </remarks>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Seed = 2019;

    private static readonly (string Number, Rating Rating, string Level)[] JudgementRatings =
    {
        ("1.1", Rating.Good, "good"),
        ("1.2", Rating.Outstanding, "outstanding"),
        ("1.3", Rating.RequiresImprovement, "requires_improvement"),
        ("1.4", Rating.Good, "good"),
    };

    private ScoringPlan _plan = null!;
    private (string Path, string Level)[] _judgementPaths = null!;

    // One of the two forms at each position of the pool is set, by the case's type.
    private CourtAssessment?[] _court = null!;
    private OutOfCourtAssessment?[] _outOfCourt = null!;
    private CaseRecord[] _records = null!;
    private string[] _ids = null!;
    private int[] _order = null!;

    [Params(10_000, 1_000_000)]
    public int Cases { get; set; }

    /// <summary>How many distinct cases are cycled (see the remarks); BenchmarkDotNet uses 64.</summary>
    public int PoolSize { get; set; } = 64;

    [GlobalSetup]
    public void Setup()
    {
        var compilation = FrameworkCompilation.Create(new SourceText("hmip-youth-2019.inspect", ReadFramework()));
        var model = compilation.Model ?? throw new InvalidOperationException("frameworks/hmip-youth-2019.inspect has errors.");
        _plan = ScoringPlan.Create(model);
        _judgementPaths = JudgementRatings.Select(j => (_plan.Standards.Single(s => s.Number == j.Number).Path, j.Level)).ToArray();
        _ids = Enumerable.Range(0, Cases).Select(i => "case-" + i.ToString("D7", CultureInfo.InvariantCulture)).ToArray();
        BuildPool();
        var random = new Random(Seed + 1);
        _order = Enumerable.Range(0, Cases).Select(_ => random.Next(PoolSize)).ToArray();

        // Both sides must do the same work and agree, or the benchmark would compare different things.
        var generated = GeneratedScorer();
        var evaluated = Evaluator();
        if (generated.Score is null || evaluated.Score is null)
        {
            throw new InvalidOperationException($"Not scored: generated scorer {string.Join("; ", generated.Findings)}; evaluator {string.Join("; ", evaluated.Problems.Take(5))}.");
        }

        var expected = Describe(evaluated.Score);
        var actual = Describe(generated.Score);
        if (expected != actual)
        {
            throw new InvalidOperationException($"The generated scorer and the evaluator disagree.\n--- evaluator\n{expected}\n--- generated scorer\n{actual}");
        }

        // Every key question of the domains with cases is counted (domain 1 is rated by judgement); a pool
        // of a few cases (the scoring command's smallest) may leave one that rarely applies unanswered.
        var unanswered = evaluated.Score.Standards
            .Where((_, i) => _plan.Domains[_plan.Standards[i].Domain].HasCaseSample)
            .SelectMany(s => s.KeyQuestions)
            .Where(k => k.ApplicableCount == 0)
            .Select(k => k.Number)
            .ToList();
        if (evaluated.CasesAccepted != Cases || (unanswered.Count > 0 && PoolSize >= 64))
        {
            throw new InvalidOperationException($"{evaluated.CasesAccepted} of {Cases} cases accepted; key questions no case answered: {string.Join(", ", unanswered)}.");
        }
    }

    [Benchmark]
    public ScoringResult GeneratedScorer()
    {
        var scorer = new HmipYouth2019Scorer();
        var court = _court;
        var outOfCourt = _outOfCourt;
        var order = _order;
        for (var i = 0; i < Cases; i++)
        {
            var slot = order[i];
            var accepted = court[slot] is { } form ? scorer.Add(form) : scorer.Add(outOfCourt[slot]!);
            if (!accepted)
            {
                throw new InvalidOperationException("A case was refused: " + scorer.Findings[0]);
            }
        }

        foreach (var (number, rating, _) in JudgementRatings)
        {
            scorer.Judgements.TrySet(number, rating);
        }

        return scorer.Score();
    }

    [Benchmark]
    public InspectionResult Evaluator()
    {
        var session = new InspectionSession(_plan);
        var records = _records;
        var ids = _ids;
        var order = _order;
        for (var i = 0; i < Cases; i++)
        {
            var record = records[order[i]];
            record.Id = ids[i];
            session.AddCase(record);
        }

        foreach (var (path, level) in _judgementPaths)
        {
            session.RecordJudgement(path, level, null, null);
        }

        return session.Complete();
    }

    private static string ReadFramework()
    {
        using var stream = typeof(ScoringBenchmarks).Assembly.GetManifestResourceStream("hmip-youth-2019.inspect")
            ?? throw new InvalidOperationException("The framework is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Seeded random facts; answers to exactly the items that apply (as the generated form says; the
    // evaluator works applicability out itself, and would refuse a case where the two differed), so
    // every case is valid. Prompts answered yes / no / not applicable, key questions yes (70%) or no,
    // a rationale where required and sometimes where not. (The evaluator's record holds only whether a
    // rationale was given: its readers test for blank text as they read.)
    private void BuildPool()
    {
        var random = new Random(Seed);
        var session = new InspectionSession(_plan);
        var itemIndex = _plan.Items.ToDictionary(i => i.Number, i => i.Index, StringComparer.Ordinal);
        var court = _plan.FindCaseType("court");
        var outOfCourt = _plan.FindCaseType("out_of_court");
        _court = new CourtAssessment?[PoolSize];
        _outOfCourt = new OutOfCourtAssessment?[PoolSize];
        _records = new CaseRecord[PoolSize];
        for (var slot = 0; slot < PoolSize; slot++)
        {
            var record = _records[slot] = session.NewRecord();
            record.Id = _ids[slot % _ids.Length];
            CaseProfile profile;
            IReadOnlyList<FormItem> items;
            if (random.Next(2) == 0)
            {
                var form = new CourtAssessment(record.Id);
                _court[slot] = form;
                profile = form.Profile;
                items = form.Items;
                record.CaseType = court;
            }
            else
            {
                var form = new OutOfCourtAssessment(record.Id);
                _outOfCourt[slot] = form;
                profile = form.Profile;
                items = form.Items;
                record.CaseType = outOfCourt;
            }

            foreach (var fact in _plan.Facts.Where(f => !f.IsDerived))
            {
                var set = fact.Kind switch
                {
                    FactKind.Boolean => SetBoolean(random.Next(2) == 0),
                    FactKind.Integer => SetInteger(random.Next(0, 8)),
                    _ => SetMember(random.Next(fact.Members.Length)),
                };
                if (!set)
                {
                    throw new InvalidOperationException($"The generated profile has no fact {fact.Name}.");
                }

                bool SetBoolean(bool value)
                {
                    record.SetFact(fact.Index, value ? 1 : 0);
                    return profile.TrySetFact(fact.Name, value);
                }

                bool SetInteger(int value)
                {
                    record.SetFact(fact.Index, value);
                    return profile.TrySetFact(fact.Name, value);
                }

                bool SetMember(int member)
                {
                    record.SetFact(fact.Index, member);
                    return profile.TrySetFact(fact.Name, fact.Members[member]);
                }
            }

            foreach (var item in items.Where(item => item.Applies))
            {
                var index = itemIndex[item.Number];
                switch (item)
                {
                    case ChoiceItem choice:
                        choice.Answer = choice.AnswerType == AnswerType.YesNoNotApplicable
                            ? random.Next(10) switch { 0 => Answer.NotApplicable, < 7 => Answer.Yes, _ => Answer.No }
                            : random.Next(10) < 7 ? Answer.Yes : Answer.No;
                        record.SetAnswer(index, choice.Answer switch { Answer.Yes => RecordedAnswer.Yes, Answer.No => RecordedAnswer.No, _ => RecordedAnswer.NotApplicable });
                        break;
                    case TextItem text:
                        text.Evidence = "Seen in the case record.";
                        record.SetAnswer(index, RecordedAnswer.Value);
                        break;
                    case NumberItem number:
                        number.Value = random.Next(0, 10);
                        record.SetAnswer(index, RecordedAnswer.Value);
                        break;
                }

                if (item.RationaleRequired || random.Next(4) == 0)
                {
                    // A string of its own, as a reader makes one for every rationale it reads.
                    item.Rationale = $"Inspector's note on {item.Number} for {record.Id}.";
                    record.SetRationale(index);
                }
            }
        }
    }

    // Everything both sides compute: ratings, key question counts, percentages and bands, pooled scores.
    private static string Describe(InspectionScore score)
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"total {score.TotalPoints}/{score.MaxPoints} overall {score.Overall?.Name ?? "-"}\n");
        foreach (var pooled in score.Scores)
        {
            text.Append(CultureInfo.InvariantCulture, $"score {pooled.Name} {pooled.YesCount}/{pooled.ApplicableCount} {pooled.Percentage}\n");
        }

        foreach (var standard in score.Standards)
        {
            text.Append(CultureInfo.InvariantCulture, $"{standard.Number} computed {standard.Computed?.Name ?? "-"} deciding {standard.DecidingPercentage} final {standard.Final?.Name ?? "-"}\n");
            foreach (var question in standard.KeyQuestions)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {question.Number} {question.YesCount}/{question.ApplicableCount} {question.Percentage} {question.Band?.Name ?? "-"}\n");
            }
        }

        return text.ToString();
    }
}
