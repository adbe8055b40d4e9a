using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Tooling.Analysis;
using InspectFramework.Tooling.Statistics;

namespace InspectFramework.Tooling.Reports;

/// <summary>
/// The subgroup analysis as one CSV table in long form (RFC 4180, LF line ends), for spreadsheets and
/// statistics packages: one line per figure, the <c>table</c> column saying which table it belongs to
/// (<c>subgroups</c>, <c>inspections</c>, <c>ratings</c>). Numbers are invariant; p-values and statistics
/// are written in full (round-trip) precision; every cell goes through <see cref="CsvCell"/>. Columns: docs/analysis.md.
/// </summary>
public static class AnalysisCsvReport
{
    public static readonly string[] Columns =
    {
        "table", "kind", "number", "text", "group", "group_label", "cases", "yes", "n", "percent",
        "low_percent", "high_percent", "rating", "points", "stars", "test", "statistic", "df", "p", "notes",
    };

    public static void Write(TextWriter output, AnalysisResult result)
    {
        var view = new AnalysisView(result);
        var text = new StringBuilder();
        text.Append(string.Join(",", Columns)).Append('\n');
        var cases = result.Cases;
        foreach (var row in result.Rows)
        {
            var notes = string.Join(" ", view.Notes.Where(n => n.Row == row).Select(n => n.Text));
            void Figure(string group, string label, long groupCases, Proportion proportion) =>
                Line(text, new Dictionary<string, string>
                {
                    ["table"] = "subgroups",
                    ["kind"] = Kind(row),
                    ["number"] = row.Definition.Number,
                    ["text"] = row.Definition.Text,
                    ["group"] = group,
                    ["group_label"] = label,
                    ["cases"] = Number(groupCases),
                    ["yes"] = Number(proportion.Yes),
                    ["n"] = Number(proportion.Total),
                    ["percent"] = Percent(proportion, row),
                    ["stars"] = row.Test?.Stars ?? string.Empty,
                    ["test"] = TestName(row.Test),
                    ["statistic"] = row.Test is { Test: not SignificanceTestKind.NotTested } t ? t.Statistic.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
                    ["df"] = row.Test?.DegreesOfFreedom?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    ["p"] = row.Test is { } test ? test.PValue.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
                    ["notes"] = notes,
                });

            Figure("all", "All cases", cases.All, row.All);
            for (var g = 0; g < result.Groups.Length; g++)
            {
                Figure(result.Groups[g].Name, result.Groups[g].Label, cases.Groups[g], row.Groups[g]);
            }

            if (result.By.IsBanded)
            {
                Figure("outside_bands", "Outside the bands", cases.OutsideBands, row.OutsideBands);
            }

            Figure("not_recorded", "Not recorded", cases.NotRecorded, row.NotRecorded);
        }

        foreach (var row in result.Rows)
        {
            for (var i = 0; i < result.Inspections.Length; i++)
            {
                var proportion = row.ByInspection[i];
                Line(text, new Dictionary<string, string>
                {
                    ["table"] = "inspections",
                    ["kind"] = Kind(row),
                    ["number"] = row.Definition.Number,
                    ["text"] = row.Definition.Text,
                    ["group"] = Number(i + 1),
                    ["group_label"] = result.Inspections[i].Service,
                    ["cases"] = Number(result.Inspections[i].Result.CasesScored),
                    ["yes"] = Number(proportion.Yes),
                    ["n"] = Number(proportion.Total),
                    ["percent"] = Percent(proportion, row),
                });
            }

            var range = row.Range;
            Line(text, new Dictionary<string, string>
            {
                ["table"] = "inspections",
                ["kind"] = Kind(row),
                ["number"] = row.Definition.Number,
                ["text"] = row.Definition.Text,
                ["group"] = "pooled",
                ["group_label"] = "All inspections",
                ["cases"] = Number(cases.All),
                ["yes"] = Number(row.All.Yes),
                ["n"] = Number(row.All.Total),
                ["percent"] = Percent(row.All, row),
                ["low_percent"] = range is { } r ? Decimal(r.Low) : string.Empty,
                ["high_percent"] = range is { } h ? Decimal(h.High) : string.Empty,
            });
        }

        if (result.HasRatings)
        {
            for (var i = 0; i < result.Inspections.Length; i++)
            {
                var inspection = result.Inspections[i];
                var score = inspection.Result.Score!;
                foreach (var s in view.RatedStandards)
                {
                    var standard = result.Plan.Standards[s];
                    var final = score.Standards[s].Final;
                    Line(text, new Dictionary<string, string>
                    {
                        ["table"] = "ratings",
                        ["kind"] = "standard",
                        ["number"] = standard.Number,
                        ["text"] = standard.Text,
                        ["group"] = Number(i + 1),
                        ["group_label"] = inspection.Service,
                        ["rating"] = final?.Name ?? string.Empty,
                        ["points"] = final is null ? string.Empty : Number(final.Points),
                    });
                }

                Line(text, new Dictionary<string, string>
                {
                    ["table"] = "ratings",
                    ["kind"] = "overall",
                    ["text"] = "Overall rating",
                    ["group"] = Number(i + 1),
                    ["group_label"] = inspection.Service,
                    ["rating"] = score.Overall?.Name ?? string.Empty,
                    ["points"] = score.TotalPoints is { } points ? Number(points) : string.Empty,
                });
            }
        }

        output.Write(text.ToString());
    }

    private static void Line(StringBuilder text, Dictionary<string, string> values)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(CsvCell.Write(values.TryGetValue(Columns[i], out var value) ? value : string.Empty));
        }

        text.Append('\n');
    }

    private static string Kind(AnalysisRow row) => row.Definition.Kind == AnalysisRowKind.Score ? "score" : "key_question";

    /// <summary>Machine names of the tests, as in the JSON report.</summary>
    internal static string TestName(SignificanceResult? test) => test?.Test switch
    {
        SignificanceTestKind.TwoProportionZ => "two_proportion_z",
        SignificanceTestKind.PearsonChiSquare => "pearson_chi_square",
        SignificanceTestKind.FisherExact => "fisher_exact",
        _ => "not_tested",
    };

    private static string Percent(Proportion proportion, AnalysisRow row) => proportion.Percent(row.Definition) is { } percent ? Decimal(percent) : string.Empty;

    private static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
