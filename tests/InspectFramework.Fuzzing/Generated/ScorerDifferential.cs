using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Model;
using InspectFramework.Runtime;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Fuzzing.Generated;

/// <summary>One case of a random inspection: facts by name, answers by item number.</summary>
public sealed record DifferentialCase(string Id, string CaseType, Dictionary<string, object> Facts, Dictionary<string, (Answer Answer, string? Text, decimal? Number, string? Rationale)> Answers);

/// <summary>A random inspection: its cases, judgements by standard number, discretion requests.</summary>
public sealed record DifferentialInspection(List<DifferentialCase> Cases, Dictionary<string, string> Judgements, List<(string Standard, string Level, string? Rationale)> Discretion);

/// <summary>
/// The generated validator and scorer against the evaluator (<see cref="InspectionSession"/>, written
/// separately from docs/scoring.md) on random inspections: every finding (code, case, path, message,
/// order) and every figure of the score, rendered as text so a difference shows as a diff. The data
/// carries deliberate mistakes (missing and surplus answers and rationales, "not applicable" where it
/// is not allowed, missing judgements, discretion inside and outside the rules, a fact left
/// unrecorded). Used by the emitter's agreement tests on chosen
/// frameworks and by the fuzzer on fuzzed ones.
/// </summary>
public static class ScorerDifferential
{
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
        EquivalentCondition e => Applies(e.Left, facts, model) == Applies(e.Right, facts, model),
        IntegerComparisonCondition i => Compare(Value(i.Left, facts), i.Operator, Value(i.Right, facts)),
        _ => throw new ArgumentException(condition.ToString()),
    };

    private static bool Boolean(string fact, IReadOnlyDictionary<string, object> facts, FrameworkModel model) =>
        facts.TryGetValue(fact, out var value) ? (bool)value : Applies(model.Facts.Single(f => f.Name == fact).Derivation, facts, model);

    private static int Value(IntegerOperand operand, IReadOnlyDictionary<string, object> facts) =>
        operand is IntegerConstantOperand c ? c.Value : (int)facts[((IntegerFactOperand)operand).Fact];

    private static bool Compare(int l, Comparison op, int r) => op switch
    {
        Comparison.Equal => l == r,
        Comparison.NotEqual => l != r,
        Comparison.Less => l < r,
        Comparison.LessOrEqual => l <= r,
        Comparison.Greater => l > r,
        _ => l >= r,
    };

    /// <param name="noisy">With deliberate mistakes; without, the inspection mostly scores.</param>
    public static DifferentialInspection RandomInspection(FrameworkModel model, Random random, bool noisy)
    {
        bool Chance(double p) => noisy && random.NextDouble() < p;
        var cases = new List<DifferentialCase>();
        // A value its case type allows (`for court`), or now and then, as a mistake, any value.
        string Value(FactModel fact, string caseType)
        {
            var allowed = fact.Members.Where(m => m.AllowedFor(caseType)).ToList();
            allowed = allowed.Count == 0 || Chance(0.05) ? fact.Members.ToList() : allowed;
            return allowed[random.Next(allowed.Count)].Name;
        }

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
                    // A count: the generated validator refuses a negative one (IV0106), as the readers
                    // do before the evaluator sees it (HandComputedScoringTests, IntegerFactRangeTests).
                    FactKind.Integer => random.Next(0, 7),
                    _ => Value(fact, caseType),
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

            // A mistake: a fact left unrecorded after the answers were given for its value. Where it decides
            // whether items apply both must report it (IV0108); where other facts decide, neither may.
            if (noisy && facts.Count > 0 && random.Next(6) == 0)
            {
                facts.Remove(facts.Keys.OrderBy(k => k, StringComparer.Ordinal).ElementAt(random.Next(facts.Count)));
            }

            cases.Add(new DifferentialCase("case-" + c.ToString(CultureInfo.InvariantCulture), caseType, facts, answers));

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
        // A framework of pooled scores only has no scale, so nothing to judge or move.
        var levels = model.Scale?.Levels ?? EquatableArray<LevelModel>.Empty;
        // Only standards rated by judgement take one: the generated API has no way to record one
        // for a standard rated from its key questions or not rated at all.
        foreach (var standard in standards.Where(s => s.Rule == RatingRule.Judgement && levels.Count > 0))
        {
            if (!Chance(0.1))
            {
                judgements[standard.Number] = levels[random.Next(levels.Count)].Name;
            }
        }

        // A third of the inspections carry decisions, one or two standards each, any level.
        var discretion = new List<(string, string, string?)>();
        if (random.Next(3) == 0 && levels.Count > 0)
        {
            foreach (var standard in standards.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
            {
                var rationale = random.Next(6) == 0 ? null : "Panel view.";
                discretion.Add((standard.Number, levels[random.Next(levels.Count)].Name, rationale));
            }
        }

        return new DifferentialInspection(cases, judgements, discretion);
    }

    /// <summary>The evaluator's result, rendered.</summary>
    public static string Evaluate(ScoringPlan plan, DifferentialInspection inspection)
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
        return Render(result.Score, result.Problems.Select(p => (p.Code, p.CaseId ?? string.Empty, p.ItemPath ?? string.Empty, p.Message)));
    }

    /// <summary>The generated scorer's result, rendered; <paramref name="generated"/> holds the
    /// framework's code compiled with its default namespace.</summary>
    public static string Generate(GeneratedCode generated, FrameworkModel model, DifferentialInspection inspection)
    {
        // The emitter's own names: a fuzzed framework's names may collide and be told apart.
        var names = new EmitNames(model, generated.Namespace);
        static string Bare(string name) => name.TrimStart('@');
        var scorer = generated.New(Bare(names.ScorerClass));
        foreach (var data in inspection.Cases)
        {
            var form = generated.New(Bare(names.CaseType(data.CaseType).FormClass), data.Id);
            var profile = GeneratedCode.Get(form, "Profile")!;
            foreach (var (name, value) in data.Facts)
            {
                if (!(bool)GeneratedCode.Call(profile, "TrySetFact", name, value)!)
                {
                    throw new InvalidOperationException($"No recorded fact '{name}' taking {value.GetType().Name}.");
                }
            }

            foreach (var (number, (answer, text, value, rationale)) in data.Answers)
            {
                var item = (FormItem?)GeneratedCode.Call(form, "FindItem", number) ?? throw new InvalidOperationException($"The form has no item {number}.");
                switch (item)
                {
                    case ChoiceItem choice: choice.Answer = answer; break;
                    case TextItem written: written.Evidence = text; break;
                    case NumberItem numeric: numeric.Value = value; break;
                }

                item.Rationale = rationale;
            }

            GeneratedCode.Call(scorer, "Add", form);
        }

        var judgements = GeneratedCode.Get(scorer, "Judgements")!;
        foreach (var (standard, level) in inspection.Judgements)
        {
            if (!(bool)judgements.GetType().GetMethod("TrySet")!.Invoke(judgements, new[] { standard, generated.Enum(Bare(names.ScaleEnum), Bare(names.Level(level))) })!)
            {
                throw new InvalidOperationException($"No judgement standard {standard}.");
            }
        }

        foreach (var (standard, level, rationale) in inspection.Discretion)
        {
            if (!(bool)scorer.GetType().GetMethod("RequestDiscretion")!.Invoke(scorer, new[] { standard, generated.Enum(Bare(names.ScaleEnum), Bare(names.Level(level))), rationale })!)
            {
                throw new InvalidOperationException($"No standard {standard} for discretion.");
            }
        }

        var result = (ScoringResult)GeneratedCode.Call(scorer, "Score")!;
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
            text.Append(CultureInfo.InvariantCulture, $"{score.Framework} {score.Version} {score.ContentHash} total {score.TotalPoints?.ToString(CultureInfo.InvariantCulture) ?? "-"}/{score.MaxPoints} overall {score.Overall?.Name ?? "-"}\n");
            foreach (var pooled in score.Scores)
            {
                text.Append(CultureInfo.InvariantCulture, $"score {pooled.Name} {pooled.Label} {pooled.YesCount}/{pooled.ApplicableCount} {Decimal(pooled.Percentage)}\n");
            }

            foreach (var s in score.Standards)
            {
                text.Append(CultureInfo.InvariantCulture, $"{s.Number} {s.Name} {s.Kind} computed {s.Computed?.Name ?? "-"} deciding {Decimal(s.DecidingPercentage)} final {s.Final?.Name ?? "-"} rationale {s.Rationale ?? "-"}\n");
                foreach (var k in s.KeyQuestions)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {k.Number} {k.Name} {k.YesCount}/{k.ApplicableCount} {Decimal(k.Percentage)} {k.Band?.Name ?? "-"}\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Decimal(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
