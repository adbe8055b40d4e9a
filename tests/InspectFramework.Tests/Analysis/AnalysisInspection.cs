using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Tooling.Analysis;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Analysis;

/// <summary>A small framework with facts for analysis, and a builder of inspection files for it.</summary>
internal sealed class AnalysisInspection
{
    public const string Framework = """
        framework survey {
          title "Analysis test framework"
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
          of percentage rounded half_up to 0 decimals
          inadequate           0% to 49%
          requires_improvement 50% to 64%
          good                 65% to 79%
          outstanding          80% to 100%
        }
        bands overall_bands "Overall" {
          of points
          inadequate 0 to 0
          requires_improvement 1 to 1
          good 2 to 2
          outstanding 3 to 3
        }
        overall rated by total points in overall_bands
        score safety "Safety"
        case type court "Court disposal"
        fact harm "Factors related to harm" boolean
        fact gender "Gender" one of { male "Male", female "Female" } for analysis
        fact ethnicity "Ethnic group" one of { white "White", black "Black", asian "Asian" } for analysis
        fact looked_after "Looked after" boolean for analysis
        fact sanctions "Previous sanctions" integer for analysis
        domain 1 court_work "Court work" for court {
          standard 1.1 assessment "Assessment" {
            statement "Assessment is good."
            rated by lowest key question in kq
            key question 1.1.1 desistance "Does assessment support desistance?"
            key question 1.1.2 others "Does assessment keep others safe?" when harm {
              contributes to safety
            }
            key question 1.1.3 review "Is the review sufficient?" {
              answers yes_no_na
              contributes to safety
            }
          }
        }
        """;

    private static readonly Lazy<ScoringPlan> SharedPlan = new(() => Tests.Scoring.Scoring.Plan(Framework));

    public static ScoringPlan Plan => SharedPlan.Value;

    public AnalysisInspection(string service = "Test service")
    {
        Service = service;
    }

    public string Service { get; }

    public List<RecordedCase> Cases { get; } = new();

    /// <summary>Adds a case. Facts left null are not recorded.</summary>
    public AnalysisInspection Case(string desistance, string? gender = null, bool? lookedAfter = null, int? sanctions = null, string? ethnicity = null, bool harm = false, string others = "yes", string review = "yes")
    {
        var facts = new List<FactValue> { new("harm", harm) };
        if (gender is not null)
        {
            facts.Add(new("gender", gender));
        }

        if (ethnicity is not null)
        {
            facts.Add(new("ethnicity", ethnicity));
        }

        if (lookedAfter is { } la)
        {
            facts.Add(new("looked_after", la));
        }

        if (sanctions is { } s)
        {
            facts.Add(new("sanctions", s));
        }

        var answers = new List<CaseAnswer> { new("court_work.assessment.desistance", desistance) };
        if (harm)
        {
            answers.Add(new("court_work.assessment.others", others));
        }

        answers.Add(new("court_work.assessment.review", review));
        Cases.Add(new RecordedCase($"C{Cases.Count + 1:0000}", "court", facts, answers));
        return this;
    }

    /// <summary>Adds <paramref name="count"/> cases, the first <paramref name="yes"/> answering 1.1.1 yes.</summary>
    public AnalysisInspection Add(int yes, int count, string? gender = null, bool? lookedAfter = null, int? sanctions = null, string? ethnicity = null, bool harm = false)
    {
        for (var i = 0; i < count; i++)
        {
            Case(i < yes ? "yes" : "no", gender, lookedAfter, sanctions, ethnicity, harm);
        }

        return this;
    }

    public string WriteTo(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        using var stream = File.Create(path);
        using var writer = new InspectionWriter(stream, Plan, new InspectionMetadata(Service, null, null, null, "2020-01", null), Array.Empty<RatingDecision>(), Array.Empty<RatingDecision>());
        foreach (var recorded in Cases)
        {
            writer.WriteCase(recorded);
        }

        return path;
    }

    /// <summary>Writes the inspections to a temporary folder and analyses them by the fact.</summary>
    public static (AnalysisResult Result, List<InspectionProblem> Problems) Analyse(string by, string? bins, params AnalysisInspection[] inspections)
    {
        var directory = Directory.CreateTempSubdirectory("inspect-analysis-").FullName;
        try
        {
            var inputs = inspections.Select((inspection, i) => new AnalysisInput(inspection.WriteTo(directory, $"inspection-{i + 1}.json"), $"inspection-{i + 1}.json")).ToList();
            var subgroups = SubgroupFact.Create(Plan, by, bins, out var error) ?? throw new InvalidOperationException(error);
            var problems = new List<InspectionProblem>();
            return (SubgroupAnalysis.Run(Plan, subgroups, inputs, problems.Add), problems);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
