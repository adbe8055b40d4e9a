using System.Globalization;
using System.Linq;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.Reports;

/// <summary>An inspection's result in one line: what <c>inspect score --out</c> prints after writing
/// the report, and what the studio shows above it.</summary>
public static class ResultSummary
{
    /// <summary>"Requires improvement, 16 of 36 points; 36 cases read = 36 scored + 0 rejected", or
    /// each pooled score for frameworks scored without ratings.</summary>
    public static string Scored(InspectionResult scored) => scored.Plan.RatedStandards > 0
        ? $"{scored.Score!.Overall?.Label ?? "no overall rating"}, {scored.Score.TotalPoints?.ToString(CultureInfo.InvariantCulture) ?? "-"} of {scored.Score.MaxPoints} points; {ReportLine(scored)}"
        : $"{string.Join(", ", scored.Score!.Scores.Select((s, i) => $"{s.Label} {(s.Percentage is { } p ? p.ToString("F" + scored.Plan.Scores[i].Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%" : "-")}"))}; {ReportLine(scored)}";

    /// <summary>Why nothing was scored: "2 problem(s); 36 cases read: 35 without problems + 1 rejected.
    /// Nothing was scored: correct the data and run again."</summary>
    public static string Refused(InspectionResult result) =>
        $"{result.ProblemCount.ToString("#,0", CultureInfo.InvariantCulture)} problem(s); {Cases(result.CasesRead)} read: {Cases(result.CasesAccepted)} without problems + {Cases(result.CasesRejected)} rejected{EmptyRows(result)}. Nothing was scored: correct the data and run again.";

    private static string ReportLine(InspectionResult result) =>
        $"{Cases(result.CasesRead)} read = {result.CasesScored.ToString("#,0", CultureInfo.InvariantCulture)} scored + {result.CasesRejected.ToString("#,0", CultureInfo.InvariantCulture)} rejected{EmptyRows(result)}";

    /// <summary>" (+ 2 empty rows skipped)" after the case account when CSV rows were empty; nothing otherwise.</summary>
    public static string EmptyRows(InspectionResult result) => result.EmptyRowsSkipped switch
    {
        0 => string.Empty,
        1 => " (+ 1 empty row skipped)",
        var n => $" (+ {n.ToString("#,0", CultureInfo.InvariantCulture)} empty rows skipped)",
    };

    private static string Cases(long count) => count == 1 ? "1 case" : $"{count.ToString("#,0", CultureInfo.InvariantCulture)} cases";
}
