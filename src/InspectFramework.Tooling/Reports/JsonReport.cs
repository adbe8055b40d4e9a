using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using InspectFramework.Compiler.Text;
using InspectFramework.Runtime;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.Reports;

/// <summary>
/// The results as JSON (docs/results.md): stable property names and order, invariant numbers,
/// every figure the other reports show. A refused inspection gives the same document with
/// <c>"status": "refused"</c>, its problems, and no ratings.
/// </summary>
public static class JsonReport
{
    public const string FormatName = "inspect-inspection-results/1";

    public static void Write(Stream output, InspectionResult result, InspectionMetadata metadata, IReadOnlyList<InspectionProblem> problems)
    {
        using var json = new Utf8JsonWriter(output, ToolingJson.WriterOptions());
        var model = result.Plan.Model;
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteString("status", result.IsScored ? "scored" : "refused");
        json.WriteStartObject("framework");
        json.WriteString("name", model.Name);
        json.WriteString("title", model.Title);
        json.WriteString("version", model.Version);
        json.WriteString("content_hash", model.ContentHash);
        json.WriteEndObject();
        json.WriteStartObject("inspection");
        Optional(json, "service", metadata.Service);
        Optional(json, "inspectorate", metadata.Inspectorate);
        Optional(json, "fieldwork_started", metadata.FieldworkStarted);
        Optional(json, "fieldwork_ended", metadata.FieldworkEnded);
        Optional(json, "published", metadata.Published);
        json.WriteEndObject();
        json.WriteStartObject("cases");
        json.WriteNumber("read", result.CasesRead);
        json.WriteNumber("scored", result.CasesScored);
        json.WriteNumber("rejected", result.CasesRejected);
        json.WriteNumber("empty_rows_skipped", result.EmptyRowsSkipped);
        json.WriteBoolean("from_ratings_alone", result.FromRatingsAlone);
        json.WriteStartObject("by_case_type");
        for (var i = 0; i < result.Plan.CaseTypes.Length; i++)
        {
            json.WriteNumber(result.Plan.CaseTypes[i], result.CasesByType[i]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteNumber("problem_count", result.ProblemCount);
        json.WriteStartArray("problems");
        WriteProblems(json, problems);
        json.WriteEndArray();
        if (result.IsScored)
        {
            WriteScore(json, new ReportView(result, metadata));
        }

        json.WriteEndObject();
    }

    /// <summary>The problems as the results document lists them (shared with the analysis report).</summary>
    internal static void WriteProblems(Utf8JsonWriter json, IEnumerable<InspectionProblem> problems)
    {
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("code", problem.Code);
            Optional(json, "file", problem.Location.Path.Length > 0 ? problem.Location.Path : null);
            if (problem.Location.HasPosition)
            {
                json.WriteNumber("line", problem.Location.LineSpan.Start.Line + 1);
                json.WriteNumber("column", problem.Location.LineSpan.Start.Character + 1);
            }

            Optional(json, "cell", problem.Cell);
            Optional(json, "case", problem.CaseId);
            Optional(json, "path", problem.ItemPath);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }
    }

    private static void WriteScore(Utf8JsonWriter json, ReportView view)
    {
        var score = view.Score;
        json.WriteStartObject("overall");
        Level(json, "rating", score.Overall);
        Number(json, "points", score.TotalPoints);
        json.WriteNumber("max_points", score.MaxPoints);
        json.WriteStartArray("standards_without_rating");
        foreach (var standard in view.Unrated)
        {
            json.WriteStringValue(standard.Plan.Number);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("scores");
        foreach (var (pooled, _) in view.Scores)
        {
            json.WriteStartObject();
            json.WriteString("name", pooled.Name);
            json.WriteString("label", pooled.Label);
            json.WriteNumber("yes", pooled.YesCount);
            json.WriteNumber("applicable", pooled.ApplicableCount);
            Decimal(json, "percentage", pooled.Percentage);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("domains");
        foreach (var domain in view.Domains)
        {
            json.WriteStartObject();
            json.WriteString("number", domain.Result.Number);
            json.WriteString("name", domain.Result.Name);
            json.WriteString("title", domain.Result.Text);
            Number(json, "points", domain.Result.Points);
            json.WriteNumber("max_points", domain.Result.MaxPoints);
            json.WriteStartArray("standards");
            foreach (var standard in domain.Standards)
            {
                WriteStandard(json, view, standard);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStandard(Utf8JsonWriter json, ReportView view, StandardView standard)
    {
        var score = standard.Score;
        json.WriteStartObject();
        json.WriteString("number", standard.Plan.Number);
        json.WriteString("name", standard.Plan.Name);
        json.WriteString("path", standard.Plan.Path);
        json.WriteString("title", standard.Plan.Text);
        json.WriteString("rated_by", standard.IsJudgement ? "judgement" : standard.IsNotRated ? "not_rated" : "lowest_key_question");
        Level(json, "computed", score.Computed);
        Decimal(json, "deciding_percentage", score.DecidingPercentage);
        Optional(json, "deciding_key_question", standard.DecidingKeyQuestion);
        Level(json, "rating", score.Final);
        if (score.DiscretionApplied)
        {
            json.WriteStartObject("discretion");
            json.WriteString("from", score.Computed!.Name);
            json.WriteString("to", score.Final!.Name);
            Optional(json, "rationale", score.Rationale);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("discretion");
        }

        if (standard.IsJudgement)
        {
            Optional(json, "judgement_rationale", standard.JudgementRationale);
        }

        json.WriteStartArray("key_questions");
        foreach (var question in score.KeyQuestions)
        {
            var item = view.Result.Plan.Items.First(i => !i.IsPrompt && i.Number == question.Number && i.Standard == standard.Plan.Index);
            json.WriteStartObject();
            json.WriteString("number", question.Number);
            json.WriteString("name", question.Name);
            json.WriteString("path", item.Path);
            json.WriteString("text", item.Text);
            json.WriteNumber("yes", question.YesCount);
            json.WriteNumber("applicable", question.ApplicableCount);
            Decimal(json, "percentage", question.Percentage);
            Level(json, "band", question.Band);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Level(Utf8JsonWriter json, string name, RatingLevel? level)
    {
        if (level is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("level", level.Name);
        json.WriteString("label", level.Label);
        json.WriteNumber("points", level.Points);
        json.WriteEndObject();
    }

    internal static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    // Decimals are written exactly (95, 64.5), never through binary floating point; dividing by
    // 1.000... drops trailing zeros a computation may leave (85.00 is written 85).
    private static void Decimal(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v / 1.000000000000000000000000000000000m);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
