using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.Analysis;
using InspectFramework.Tooling.Scoring;
using InspectFramework.Tooling.Statistics;

namespace InspectFramework.Tooling.Reports;

/// <summary>
/// The subgroup analysis as JSON (docs/analysis.md): stable property names and order, invariant
/// numbers, p-values and statistics in full precision. A refused analysis gives the same document with
/// <c>"status": "refused"</c>, every inspection's counts and problems, and no rows.
/// </summary>
public static class AnalysisJsonReport
{
    public const string FormatName = "inspect-subgroup-analysis/1";

    public static void Write(Stream output, AnalysisResult result, IReadOnlyList<InspectionProblem> problems)
    {
        var view = new AnalysisView(result);
        var model = result.Plan.Model;
        using var json = new Utf8JsonWriter(output, ToolingJson.WriterOptions());
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteString("status", result.IsAnalysed ? "analysed" : "refused");
        JsonReport.Optional(json, "refusal", result.Refusal);
        json.WriteStartObject("framework");
        json.WriteString("name", model.Name);
        json.WriteString("title", model.Title);
        json.WriteString("version", model.Version);
        json.WriteString("content_hash", model.ContentHash);
        json.WriteEndObject();

        var fact = result.By.Fact;
        json.WriteStartObject("by");
        json.WriteString("fact", fact.Name);
        json.WriteString("label", fact.Label);
        json.WriteString("kind", fact.Kind switch { FactKind.Boolean => "boolean", FactKind.Integer => "integer", _ => "one_of" });
        if (result.By.IsBanded)
        {
            json.WriteStartArray("bins");
            foreach (var band in result.By.Bands)
            {
                json.WriteStringValue(band.Label);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();

        var cases = result.Cases;
        json.WriteStartObject("cases");
        json.WriteNumber("read", result.Inspections.Sum(i => i.Result.CasesRead));
        json.WriteNumber("analysed", result.Inspections.Sum(i => i.Result.CasesScored));
        json.WriteNumber("rejected", result.Inspections.Sum(i => i.Result.CasesRejected));
        json.WriteNumber("not_recorded", cases.NotRecorded);
        if (result.By.IsBanded)
        {
            json.WriteNumber("outside_bands", cases.OutsideBands);
        }

        json.WriteEndObject();
        json.WriteStartArray("subgroups");
        for (var g = 0; g < result.Groups.Length; g++)
        {
            json.WriteStartObject();
            json.WriteString("name", result.Groups[g].Name);
            json.WriteString("label", result.Groups[g].Label);
            json.WriteNumber("cases", cases.Groups[g]);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("inspections");
        for (var i = 0; i < result.Inspections.Length; i++)
        {
            var inspection = result.Inspections[i];
            var r = inspection.Result;
            json.WriteStartObject();
            json.WriteNumber("number", i + 1);
            json.WriteString("file", inspection.File);
            JsonReport.Optional(json, "service", inspection.Metadata.Service);
            JsonReport.Optional(json, "published", inspection.Metadata.Published);
            if (inspection.Metadata.Framework is { } recorded)
            {
                // The stamp the data carries: an earlier version when accepted with --recorded-under.
                json.WriteStartObject("recorded_under");
                json.WriteString("name", recorded.Name);
                json.WriteString("version", recorded.Version);
                json.WriteString("content_hash", recorded.ContentHash);
                json.WriteEndObject();
            }

            json.WriteString("status", r.IsScored ? "scored" : "refused");
            json.WriteStartObject("cases");
            json.WriteNumber("read", r.CasesRead);
            json.WriteNumber("scored", r.CasesScored);
            json.WriteNumber("rejected", r.CasesRejected);
            json.WriteEndObject();
            json.WriteNumber("problem_count", r.ProblemCount);
            if (r.Score is { } score && result.HasRatings)
            {
                json.WriteStartObject("overall");
                JsonReport.Optional(json, "rating", score.Overall?.Name);
                if (score.TotalPoints is { } points)
                {
                    json.WriteNumber("points", points);
                }

                json.WriteNumber("max_points", score.MaxPoints);
                json.WriteEndObject();
                json.WriteStartArray("ratings");
                foreach (var s in view.RatedStandards)
                {
                    json.WriteStartObject();
                    json.WriteString("standard", result.Plan.Standards[s].Number);
                    JsonReport.Optional(json, "rating", score.Standards[s].Final?.Name);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("problem_count", result.ProblemCount);
        json.WriteStartArray("problems");
        JsonReport.WriteProblems(json, problems);
        json.WriteEndArray();

        json.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            json.WriteStartObject();
            json.WriteString("kind", row.Definition.Kind == AnalysisRowKind.Score ? "score" : "key_question");
            json.WriteString("number", row.Definition.Number);
            json.WriteString("name", row.Definition.Name);
            json.WriteString("text", row.Definition.Text);
            Figure(json, "all", row.All, row);
            json.WriteStartArray("subgroups");
            for (var g = 0; g < result.Groups.Length; g++)
            {
                json.WriteStartObject();
                json.WriteString("name", result.Groups[g].Name);
                Counts(json, row.Groups[g], row);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (result.By.IsBanded)
            {
                Figure(json, "outside_bands", row.OutsideBands, row);
            }

            Figure(json, "not_recorded", row.NotRecorded, row);
            json.WriteStartObject("test");
            json.WriteString("name", AnalysisCsvReport.TestName(row.Test));
            if (row.Test is { } test)
            {
                json.WriteString("label", test.TestName);
                if (test.Test != SignificanceTestKind.NotTested)
                {
                    json.WriteNumber("statistic", test.Statistic);
                }

                if (test.DegreesOfFreedom is { } df)
                {
                    json.WriteNumber("df", df);
                }

                json.WriteNumber("p", test.PValue);
            }

            json.WriteString("stars", row.Stars == "-" ? string.Empty : row.Stars);
            json.WriteStartArray("warnings");
            foreach (var note in view.Notes.Where(n => n.Row == row))
            {
                json.WriteStringValue(note.Text);
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartArray("inspections");
            foreach (var proportion in row.ByInspection)
            {
                json.WriteStartObject();
                Counts(json, proportion, row);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (row.Range is { } range)
            {
                json.WriteStartObject("range");
                json.WriteNumber("low", range.Low);
                json.WriteNumber("high", range.High);
                json.WriteNumber("inspections", range.Inspections);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("range");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter json, string name, Proportion proportion, AnalysisRow row)
    {
        json.WriteStartObject(name);
        Counts(json, proportion, row);
        json.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter json, Proportion proportion, AnalysisRow row)
    {
        json.WriteNumber("yes", proportion.Yes);
        json.WriteNumber("n", proportion.Total);
        if (proportion.Percent(row.Definition) is { } percent)
        {
            json.WriteNumber("percent", percent);
        }
        else
        {
            json.WriteNull("percent");
        }
    }
}
