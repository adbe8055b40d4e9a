using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>A small framework with every kind of applicability, and a builder of inspections for it.</summary>
internal sealed class TinyInspection
{
    public const string Framework = """
        framework tiny {
          title "Tiny framework"
          version "1"
          publisher "Test inspectorate"
          effective 2020-01-01
        }
        scale rating "Rating" {
          level inadequate "Inadequate" points 0
          level requires_improvement "Requires improvement" points 1
          level good "Good" points 2
          level outstanding "Outstanding" points 3
        }
        bands kq "Key question bands" {
          of percentage rounded ROUNDING to 0 decimals
          inadequate           0% to 49%
          requires_improvement 50% to 64%
          good                 65% to 79%
          outstanding          80% to 100%
        }
        bands overall_bands "Overall" {
          of points
          inadequate 0 to 2
          requires_improvement 3 to 5
          good 6 to 7
          outstanding 8 to 9
        }
        overall rated by total points in overall_bands
        discretion {
          rationale required
          allow requires_improvement -> good when within 5 points
        }
        case type court "Court disposal"
        case type other "Other disposal"
        fact harm "Factors related to harm" boolean
        fact risk "Risk" one of { low "Low", high "High" }
        fact sanctions "Previous sanctions" integer
        fact risky "Risky" = risk in {high}
        domain 1 organisation "Organisation" {
          standard 1.1 leadership "Leadership" {
            statement "Leadership is good."
            rated by judgement
            key question 1.1.1 vision "Is there a vision?" {
              answers text
            }
          }
        }
        domain 2 court_work "Court work" for court {
          standard 2.1 assessment "Assessment" {
            statement "Assessment is good."
            rated by lowest key question in kq
            key question 2.1.1 desistance "Does assessment support desistance?" {
              rationale required
              prompt (a) strengths "Strengths?"
              prompt (b) victims "Victims?" when harm
            }
            key question 2.1.2 others "Does assessment keep others safe?" when risky
            key question 2.1.3 review "Is the review sufficient?" {
              answers yes_no_na
            }
          }
          standard 2.2 planning "Planning" {
            statement "Planning is good."
            rated by lowest key question in kq
            key question 2.2.1 repeat "Does planning address repeat offending?" when sanctions >= 2
          }
        }
        """;

    /// <param name="decimals">Decimals the key-question percentages are rounded to (0 or 1).</param>
    /// <param name="edit">A change to the framework's text, for a test that needs one more declaration.</param>
    public TinyInspection(string rounding = "half_up", int decimals = 0, Func<string, string>? edit = null)
    {
        Text = (edit ?? (t => t))(Framework.Replace("ROUNDING", rounding));
        if (decimals == 1)
        {
            Text = Text.Replace("to 0 decimals", "to 1 decimals").Replace("49%", "49.9%").Replace("64%", "64.9%").Replace("79%", "79.9%");
        }

        Plan = Scoring.Plan(Text);
    }

    /// <summary>The framework as compiled.</summary>
    public string Text { get; }

    public ScoringPlan Plan { get; }

    public List<RatingDecision> Judgements { get; } = new() { new("organisation.leadership", "good", null) };

    public List<RatingDecision> Discretion { get; } = new();

    public List<RecordedCase> Cases { get; } = new();

    /// <summary>A court case that answers exactly what applies to it, with the given key-question answers.</summary>
    public RecordedCase Court(string id, string desistance = "yes", string review = "yes", bool harm = false, string risk = "low", int sanctions = 0, string? others = null, string? repeat = null)
    {
        var answers = new List<CaseAnswer>
        {
            new("court_work.assessment.desistance", desistance, "Because."),
            new("court_work.assessment.desistance.strengths", "yes"),
        };
        if (harm)
        {
            answers.Add(new("court_work.assessment.desistance.victims", "no"));
        }

        if (risk == "high")
        {
            answers.Add(new("court_work.assessment.others", others ?? "yes"));
        }

        answers.Add(new("court_work.assessment.review", review));
        if (sanctions >= 2)
        {
            answers.Add(new("court_work.planning.repeat", repeat ?? "yes"));
        }

        var recorded = new RecordedCase(id, "court", new[] { new FactValue("harm", harm), new FactValue("risk", risk), new FactValue("sanctions", sanctions) }, answers);
        Cases.Add(recorded);
        return recorded;
    }

    /// <summary>Adds <paramref name="count"/> court cases, the first <paramref name="yes"/> answering 2.1.1 yes.</summary>
    public void Desistance(int yes, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Court($"C{i + 1:000}", desistance: i < yes ? "yes" : "no");
        }
    }

    public string WriteFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"inspect-tiny-{Guid.NewGuid():N}.json");
        using (var stream = File.Create(path))
        using (var writer = new InspectionWriter(stream, Plan, new InspectionMetadata("Test service", null, null, null, null, null), Judgements, Discretion))
        {
            foreach (var recorded in Cases)
            {
                writer.WriteCase(recorded);
            }
        }

        return path;
    }

    public InspectionResult Score()
    {
        var path = WriteFile();
        try
        {
            return Scoring.File(Plan, path).Result;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Scores an inspection file's text, written as given.</summary>
    public InspectionResult ScoreText(string json, string name = "inspection.json")
    {
        var directory = Path.Combine(Path.GetTempPath(), $"inspect-tiny-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, json);
            return Scoring.File(Plan, path).Result;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The stamp line for hand-written files.</summary>
    public string Stamp => $"\"framework\": {{ \"name\": \"tiny\", \"version\": \"1\", \"content_hash\": \"{Plan.Model.ContentHash}\" }}";

    public static Runtime.KeyQuestionScore Question(InspectionResult result, string number) =>
        result.Score!.Standards.SelectMany(s => s.KeyQuestions).Single(k => k.Number == number);

    public static IEnumerable<string> Codes(InspectionResult result) => result.Problems.Select(p => p.Code);
}
