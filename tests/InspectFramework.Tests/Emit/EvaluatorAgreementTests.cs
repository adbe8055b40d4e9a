using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Evaluation;
using InspectFramework.Model;
using InspectFramework.Runtime;
using InspectFramework.Semantics;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Text;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// The generated validator and scorer agree with the evaluator (<see cref="InspectionSession"/>, written
/// separately from docs/scoring.md) on random inspections: every finding (code, case, path, message,
/// order) and every figure of the score. The data carries deliberate mistakes (missing and surplus
/// answers and rationales, "not applicable" where it is not allowed, missing judgements, discretion
/// inside and outside the rules). Facts are always recorded: typed profiles cannot leave one out.
/// </summary>
public sealed class EvaluatorAgreementTests
{
    // 10,000 random inspections in all; fewer of the youth framework's, whose inspections are largest.
    public static IEnumerable<object[]> Frameworks() => new[]
    {
        new object[] { "hmip-youth-2019", 1_500 },
        new object[] { "EveryLanguageConstruct", 3_000 },
        new object[] { "small", 3_000 },
        new object[] { "pooled", 2_500 },
    };

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Generated_scorer_agrees_with_the_evaluator_on_random_inspections(string which, int runs)
    {
        var model = Model(which);
        using var generated = GeneratedAssembly.Load(model);
        var plan = ScoringPlan.Create(model);
        var scale = CSharpNamesOf(Levels(model).Select(l => l.Name));
        var random = new Random(which.Length * 7919);
        var scored = 0;
        for (var run = 0; run < runs; run++)
        {
            var inspection = RandomInspection(model, random, noisy: run % 3 != 0);
            var expected = Evaluate(plan, inspection);
            var actual = Generate(generated, model, scale, inspection);
            Assert.True(expected == actual, $"run {run}:\n--- evaluator\n{expected}\n--- generated\n{actual}\n--- diff\n{Snapshot.Diff(expected, actual)}");
            scored += expected.StartsWith("scored", StringComparison.Ordinal) ? 1 : 0;
        }

        // Both outcomes are exercised: inspections with findings and inspections that score.
        Assert.InRange(scored, runs / 15, runs - (runs / 15));
    }

    private sealed record CaseData(string Id, string CaseType, Dictionary<string, object> Facts, Dictionary<string, (Answer Answer, string? Text, decimal? Number, string? Rationale)> Answers);

    private sealed record InspectionData(List<CaseData> Cases, Dictionary<string, string> Judgements, List<(string Standard, string Level, string? Rationale)> Discretion);

    private static FrameworkModel Model(string which)
    {
        var compilation = which switch
        {
            "small" => FrameworkCompilation.Create(new SourceText("small.inspect", HandComputedScoringTests.Framework)),
            "pooled" => FrameworkCompilation.Create(new SourceText("pooled.inspect", Scoring.PooledScoreTests.Framework)),
            "EveryLanguageConstruct" => FrameworkCompilation.FromFile(BaselineSample.Get(which).InputPath),
            _ => FrameworkCompilation.FromFile(Path.Combine(RepositoryPaths.Frameworks, which + ".inspect")),
        };
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }

    // A framework of pooled scores only has no scale.
    private static EquatableArray<LevelModel> Levels(FrameworkModel model) => model.Scale?.Levels ?? EquatableArray<LevelModel>.Empty;

    private static Dictionary<string, string> CSharpNamesOf(IEnumerable<string> names) =>
        names.ToDictionary(n => n, n => InspectFramework.Emit.CSharpNames.Pascal(n), StringComparer.Ordinal);

    // Applicability for generating plausible data, worked out here from the model (not by either side).
    private static bool Applies(ConditionModel? condition, IReadOnlyDictionary<string, object> facts, FrameworkModel model) => condition switch
    {
        null => true,
        ConstantCondition c => c.Value,
        FactIsTrueCondition f => Boolean(f.Fact, facts, model),
        NotCondition n => !Applies(n.Operand, facts, model),
        AllCondition a => a.Operands.All(o => Applies(o, facts, model)),
        AnyCondition a => a.Operands.Any(o => Applies(o, facts, model)),
        MembershipCondition m => m.Members.Contains((string)facts[m.Fact]),
        SameValueCondition s => Equals(facts[s.Left], facts[s.Right]),
        IntegerComparisonCondition i => Compare(Value(i.Left, facts), i.Operator, Value(i.Right, facts)),
        _ => throw new ArgumentException(condition.ToString()),
    };

    private static bool Boolean(string fact, IReadOnlyDictionary<string, object> facts, FrameworkModel model) =>
        facts.TryGetValue(fact, out var value) ? (bool)value : Applies(model.Facts.Single(f => f.Name == fact).Derivation, facts, model);

    private static int Value(IntegerOperand operand, IReadOnlyDictionary<string, object> facts) =>
        operand is IntegerConstantOperand c ? c.Value : (int)facts[((IntegerFactOperand)operand).Fact];

    private static bool Compare(int l, Syntax.ComparisonOperator op, int r) => op switch
    {
        Syntax.ComparisonOperator.Equal => l == r,
        Syntax.ComparisonOperator.NotEqual => l != r,
        Syntax.ComparisonOperator.Less => l < r,
        Syntax.ComparisonOperator.LessOrEqual => l <= r,
        Syntax.ComparisonOperator.Greater => l > r,
        _ => l >= r,
    };

    private static InspectionData RandomInspection(FrameworkModel model, Random random, bool noisy)
    {
        bool Chance(double p) => noisy && random.NextDouble() < p;
        var cases = new List<CaseData>();
        var caseCount = model.CaseTypes.Count == 0 ? 0 : random.Next(0, 14);
        for (var c = 0; c < caseCount; c++)
        {
            var caseType = model.CaseTypes[random.Next(model.CaseTypes.Count)].Name;
            var facts = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var fact in model.Facts.Where(f => f.Derivation is null))
            {
                facts[fact.Name] = fact.Kind switch
                {
                    FactKind.Boolean => random.Next(2) == 0,
                    FactKind.Integer => random.Next(-1, 7),
                    _ => fact.Members[random.Next(fact.Members.Count)].Name,
                };
            }

            var answers = new Dictionary<string, (Answer, string?, decimal?, string?)>(StringComparer.Ordinal);
            foreach (var domain in model.Domains.Where(d => d.CaseTypes.Contains(caseType)))
            {
                var domainApplies = Applies(domain.Condition, facts, model);
                foreach (var standard in domain.Standards)
                {
                    var standardApplies = domainApplies && Applies(standard.Condition, facts, model);
                    foreach (var question in standard.KeyQuestions)
                    {
                        var questionApplies = standardApplies && Applies(question.Condition, facts, model);
                        AddAnswer(question.Number, question.Answers, question.RationaleRequired, questionApplies);
                        foreach (var prompt in question.Prompts)
                        {
                            AddAnswer(prompt.Number, prompt.Answers, prompt.RationaleRequired, questionApplies && Applies(prompt.Condition, facts, model));
                        }
                    }
                }
            }

            cases.Add(new CaseData("case-" + c.ToString(CultureInfo.InvariantCulture), caseType, facts, answers));

            void AddAnswer(string number, AnswerKind kind, bool rationaleRequired, bool applies)
            {
                var answer = Answer.None;
                string? text = null;
                decimal? value = null;
                if (applies ? !Chance(0.04) : Chance(0.04))
                {
                    switch (kind)
                    {
                        case AnswerKind.Text: text = "Evidence."; break;
                        case AnswerKind.Number: value = random.Next(0, 20); break;
                        case AnswerKind.YesNoNotApplicable:
                            answer = random.Next(10) switch { 0 => Answer.NotApplicable, < 6 => Answer.Yes, _ => Answer.No };
                            break;
                        default:
                            answer = Chance(0.05) ? Answer.NotApplicable : random.Next(10) < 7 ? Answer.Yes : Answer.No;
                            break;
                    }
                }

                var rationale = (rationaleRequired && applies ? !Chance(0.05) : Chance(0.03)) ? "Because." : random.Next(8) == 0 && applies ? " " : null;
                answers[number] = (answer, text, value, rationale);
            }
        }

        var judgements = new Dictionary<string, string>(StringComparer.Ordinal);
        var standards = model.Domains.SelectMany(d => d.Standards).ToList();
        var levels = Levels(model);
        foreach (var standard in standards.Where(s => s.Rule == RatingRule.Judgement))
        {
            if (!Chance(0.1))
            {
                judgements[standard.Number] = levels[random.Next(levels.Count)].Name;
            }
        }

        // A third of the inspections carry decisions, one or two standards each (not rated ones
        // too), any level; without a scale there is no level to ask for.
        var discretion = new List<(string, string, string?)>();
        if (random.Next(3) == 0 && levels.Count > 0)
        {
            foreach (var standard in standards.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
            {
                var rationale = random.Next(6) == 0 ? null : "Panel view.";
                discretion.Add((standard.Number, levels[random.Next(levels.Count)].Name, rationale));
            }
        }

        return new InspectionData(cases, judgements, discretion);
    }

    private static string Evaluate(ScoringPlan plan, InspectionData inspection)
    {
        var session = new InspectionSession(plan);
        var numbers = plan.Items.ToDictionary(i => i.Number, i => i.Index, StringComparer.Ordinal);
        string PathOf(string number) => plan.Standards.Single(s => s.Number == number).Path;
        foreach (var data in inspection.Cases)
        {
            var record = session.NewRecord();
            record.Id = data.Id;
            record.CaseType = plan.FindCaseType(data.CaseType);
            foreach (var (name, value) in data.Facts)
            {
                var fact = plan.FindFact(name);
                record.SetFact(fact, value switch { bool b => b ? 1 : 0, int i => i, _ => plan.Facts[fact].MemberIndex((string)value) });
            }

            foreach (var (number, (answer, text, value, rationale)) in data.Answers)
            {
                var item = numbers[number];
                var recorded = text is not null || value is not null ? RecordedAnswer.Value : answer switch
                {
                    Answer.Yes => RecordedAnswer.Yes,
                    Answer.No => RecordedAnswer.No,
                    Answer.NotApplicable => RecordedAnswer.NotApplicable,
                    _ => RecordedAnswer.None,
                };
                record.SetAnswer(item, recorded);
                if (!string.IsNullOrWhiteSpace(rationale))
                {
                    record.SetRationale(item);
                }
            }

            session.AddCase(record);
        }

        foreach (var (standard, level) in inspection.Judgements)
        {
            session.RecordJudgement(PathOf(standard), level, null, null);
        }

        foreach (var (standard, level, rationale) in inspection.Discretion)
        {
            session.RequestDiscretion(PathOf(standard), level, rationale, null);
        }

        var result = session.Complete();
        return Render(result.Score, result.Problems.Select(p => (p.Code, p.CaseId ?? string.Empty, p.Path ?? string.Empty, p.Message)));
    }

    private static string Generate(GeneratedAssembly generated, FrameworkModel model, IReadOnlyDictionary<string, string> scale, InspectionData inspection)
    {
        var stem = InspectFramework.Emit.CSharpNames.Pascal(model.Name);
        var scorer = generated.New(stem + "Scorer");
        foreach (var data in inspection.Cases)
        {
            var form = generated.New(InspectFramework.Emit.CSharpNames.Pascal(data.CaseType) + "Assessment", data.Id);
            foreach (var (name, value) in data.Facts)
            {
                GeneratedInspection.SetFact(form, name, value);
            }

            foreach (var (number, (answer, text, value, rationale)) in data.Answers)
            {
                var item = GeneratedInspection.Item(form, number);
                switch (item)
                {
                    case ChoiceItem choice: choice.Answer = answer; break;
                    case TextItem written: written.Evidence = text; break;
                    case NumberItem numeric: numeric.Value = value; break;
                }

                item.Rationale = rationale;
            }

            GeneratedAssembly.Call(scorer, "Add", form);
        }

        var judgements = GeneratedAssembly.Get(scorer, "Judgements")!;
        foreach (var (standard, level) in inspection.Judgements)
        {
            Assert.True((bool)judgements.GetType().GetMethod("TrySet")!.Invoke(judgements, new[] { standard, generated.Enum("Rating", scale[level]) })!);
        }

        foreach (var (standard, level, rationale) in inspection.Discretion)
        {
            Assert.True((bool)scorer.GetType().GetMethod("RequestDiscretion")!.Invoke(scorer, new[] { standard, generated.Enum("Rating", scale[level]), rationale })!);
        }

        var result = (ScoringResult)GeneratedAssembly.Call(scorer, "Score")!;
        return Render(result.Score, result.Findings.Select(f => (f.Code, f.CaseId, f.Path, f.Message)));
    }

    private static string Render(InspectionScore? score, IEnumerable<(string Code, string CaseId, string Path, string Message)> findings)
    {
        var text = new StringBuilder();
        text.Append(score is null ? "not scored\n" : "scored\n");
        foreach (var f in findings)
        {
            text.Append(f.Code).Append(" | ").Append(f.CaseId).Append(" | ").Append(f.Path).Append(" | ").Append(f.Message).Append('\n');
        }

        if (score is not null)
        {
            text.Append($"{score.Framework} {score.Version} {score.ContentHash} total {score.TotalPoints?.ToString() ?? "-"}/{score.MaxPoints} overall {score.Overall?.Name ?? "-"}\n");
            foreach (var pooled in score.Scores)
            {
                text.Append($"score {pooled.Name} {pooled.Label} {pooled.YesCount}/{pooled.ApplicableCount} {Decimal(pooled.Percentage)}\n");
            }

            foreach (var s in score.Standards)
            {
                text.Append($"{s.Number} {s.Name} {s.Kind} computed {s.Computed?.Name ?? "-"} deciding {Decimal(s.DecidingPercentage)} final {s.Final?.Name ?? "-"} rationale {s.Rationale ?? "-"}\n");
                foreach (var k in s.KeyQuestions)
                {
                    text.Append($"  {k.Number} {k.Name} {k.YesCount}/{k.ApplicableCount} {Decimal(k.Percentage)} {k.Band?.Name ?? "-"}\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Decimal(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
