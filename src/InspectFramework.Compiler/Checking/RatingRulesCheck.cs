using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Checking;

/// <summary>The rating scale, band tables, the overall rule, standards' rating rules and discretion.</summary>
internal static class RatingRulesCheck
{
    private const decimal MaxPercent = 100m;

    /// <summary>No framework totals more points than this; larger edges are mistakes, and refusing
    /// them keeps the band arithmetic (an edge plus one step) far from decimal overflow.</summary>
    private const decimal MaxPoints = int.MaxValue;

    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
        var report = diagnostics.Report;
        if (framework.Scale is { } scale)
        {
            CheckScale(scale, report);
        }
        else if (NeedsScale(framework))
        {
            report.MissingScale(HeaderNameSpan(framework));
        }

        var sortedTables = new Dictionary<BandTableSymbol, IReadOnlyList<BandSymbol>?>();
        foreach (var table in framework.BandTables)
        {
            sortedTables.Add(table, CheckTable(table, report));
        }

        if (!diagnostics.HasSyntaxErrors)
        {
            CheckOverall(framework, sortedTables, report);
        }

        foreach (var standard in framework.Standards)
        {
            if (ReadToEnd.Standard(standard, diagnostics))
            {
                CheckStandard(standard, report);
            }
        }

        // A standard's discretion is often the framework's own block: check each block once.
        var discretions = new List<DiscretionSymbol>();
        if (framework.Discretion is { } shared)
        {
            discretions.Add(shared);
        }

        foreach (var standard in framework.Standards)
        {
            if (standard.Discretion is { } own && !discretions.Contains(own))
            {
                discretions.Add(own);
            }
        }

        foreach (var discretion in discretions)
        {
            CheckDiscretion(discretion, report);
        }
    }

    // ---- the rating scale --------------------------------------------------------------------------

    // Levels are what ratings, bands and discretion moves are made of; a framework whose standards
    // are all `not rated` (pooled scores only) has no use for them.
    private static bool NeedsScale(FrameworkSymbol framework) =>
        framework.HasRatedStandards
        || !framework.BandTables.IsEmpty
        || framework.Overall is not null
        || framework.Discretion is not null
        || framework.Standards.Any(s => s.Discretion is not null);

    private static void CheckScale(ScaleSymbol scale, DiagnosticCatalogue report)
    {
        if (scale.Levels.Length < 2)
        {
            report.ScaleTooFewLevels(scale.Syntax.Name.IsMissing ? scale.Syntax.Span : scale.Syntax.Name.Span, scale.Name, scale.Levels.Length);
        }

        LevelSymbol? highest = null;
        foreach (var level in scale.Levels)
        {
            if (!PointsReadable(level))
            {
                continue;
            }

            if (highest is not null && level.Points < highest.Points)
            {
                report.ScalePointsGoDown(level.Syntax.Points.Span, level.Name, level.Points, highest.Name, highest.Points, highest.Syntax.Points.Span);
                continue;
            }

            highest = level;
        }
    }

    // ---- band tables -------------------------------------------------------------------------------

    /// <summary>
    /// Checks one table and returns its bands sorted by value, or null when an edge or the rounding
    /// rule is unusable (out of range, finer than the rounding, or unreadable): then gaps, overlaps
    /// and coverage would only repeat that mistake, so they wait until it is fixed.
    /// </summary>
    private static IReadOnlyList<BandSymbol>? CheckTable(BandTableSymbol table, DiagnosticCatalogue report)
    {
        var levelsInOrder = CheckLevelOrder(table, report);
        if (!RoundingReadable(table))
        {
            return null;
        }

        var usable = table.Bands.Length == table.Syntax.Rows.Length;
        foreach (var band in table.Bands)
        {
            usable &= CheckEdges(table, band, report);
        }

        if (!usable)
        {
            return null;
        }

        // The order of values is reported only where the order of levels was fine: a row listed
        // in the wrong place is then one diagnostic, not two.
        BandSymbol? previous = null;
        foreach (var band in table.Bands)
        {
            if (previous is not null && band.Low < previous.Low && levelsInOrder.Contains(band))
            {
                report.BandOutOfOrder(band.Syntax.Low.Span, table.Name, $"{Range(table, band)} is listed after {Range(table, previous)}");
            }

            if (previous is null || band.Low >= previous.Low)
            {
                previous = band;
            }
        }

        var sorted = table.Bands.OrderBy(b => b.Low).ThenBy(b => b.High).ToList();
        var step = Step(table);
        for (var i = 1; i < sorted.Count; i++)
        {
            var before = sorted[i - 1];
            var band = sorted[i];
            var expectedStart = before.High + step;
            if (band.Low > expectedStart)
            {
                var lastUncovered = band.Low - step;
                var uncovered = lastUncovered == expectedStart
                    ? Format(table, expectedStart)
                    : $"{Format(table, expectedStart)} to {Format(table, lastUncovered)}";
                report.BandGap(band.Syntax.Low.Span, table.Name, uncovered, Format(table, expectedStart), Number(table, expectedStart), before.Syntax.High.Span);
            }
            else if (band.Low < expectedStart)
            {
                var overlapEnd = Math.Min(before.High, band.High);
                var value = overlapEnd == band.Low ? Format(table, band.Low) : $"{Format(table, band.Low)} to {Format(table, overlapEnd)}";
                report.BandOverlap(band.Syntax.Low.Span, table.Name, before.Level?.Name ?? before.Syntax.Level.Text, value, Format(table, expectedStart), Number(table, expectedStart), before.Syntax.High.Span);
            }
        }

        if (table.Measure == BandMeasure.Percentage)
        {
            if (sorted.Count == 0)
            {
                report.BandsDoNotCoverPercent(NameSpan(table), table.Name, "it has no bands. Add one row per level, from 0% upwards");
            }
            else
            {
                if (sorted[0].Low != 0m)
                {
                    report.BandsDoNotCoverPercent(sorted[0].Syntax.Low.Span, table.Name, $"the lowest band starts at {Format(table, sorted[0].Low)}. Start it at 0%", Number(table, 0m));
                }

                var top = sorted.OrderBy(b => b.High).Last();
                if (top.High != MaxPercent)
                {
                    report.BandsDoNotCoverPercent(top.Syntax.High.Span, table.Name, $"the highest band ends at {Format(table, top.High)}. End it at 100%", Number(table, MaxPercent));
                }
            }
        }

        return sorted;
    }

    /// <summary>Checks a band's own edges; false when they cannot be used to check the table as a whole.</summary>
    private static bool CheckEdges(BandTableSymbol table, BandSymbol band, DiagnosticCatalogue report)
    {
        var row = band.Syntax;
        var usable = true;
        // Once per row: the values still read as points, so the table is checked as usual.
        if (table.Measure == BandMeasure.Points && (row.LowIsPercent || row.HighIsPercent))
        {
            report.PercentageInPointsTable(row.LowIsPercent ? row.Low.Span : row.High.Span, table.Name,
                new[] { TextSpan.FromBounds(row.Low.Span.End, row.High.Span.Start), TextSpan.FromBounds(row.High.Span.End, row.Span.End) });
        }

        foreach (var (value, number) in new[] { (band.Low, row.Low), (band.High, row.High) })
        {
            if (table.Measure == BandMeasure.Percentage && value > MaxPercent)
            {
                report.BandEdgeOutOfRange(number.Span, $"{number.Text}% is more than 100%. Percentages run from 0% to 100%");
                usable = false;
            }
            else if (table.Measure == BandMeasure.Points && value > MaxPoints)
            {
                report.BandEdgeOutOfRange(number.Span, $"{number.Text} is more points than any framework can total. Use the published edges");
                usable = false;
            }
            else if (decimal.Round(value, Decimals(table)) != value)
            {
                report.BandEdgeFinerThanRounding(number.Span, number.Text, table.Measure == BandMeasure.Percentage ? table.Decimals : null);
                usable = false;
            }
        }

        if (usable && band.Low > band.High)
        {
            report.BandEdgeOutOfRange(row.Low.Span, $"the band for '{row.Level.Text}' starts at {Format(table, band.Low)} but ends at {Format(table, band.High)}. Write the lower edge first");
            usable = false;
        }

        return usable;
    }

    /// <summary>Each level once, lowest first. Returns the bands whose level is in order (or unknown).</summary>
    private static HashSet<BandSymbol> CheckLevelOrder(BandTableSymbol table, DiagnosticCatalogue report)
    {
        var inOrder = new HashSet<BandSymbol>();
        var seen = new HashSet<LevelSymbol>();
        LevelSymbol? highest = null;
        foreach (var band in table.Bands)
        {
            if (band.Level is not { } level)
            {
                // Unknown level: reported by the binder.
                inOrder.Add(band);
                continue;
            }

            if (!seen.Add(level))
            {
                report.LevelBandedTwice(band.Syntax.Level.Span, table.Name, level.Name, table.Bands.First(b => b.Level == level).Syntax.Level.Span);
                continue;
            }

            if (highest is not null && level.Ordinal < highest.Ordinal)
            {
                report.BandOutOfOrder(band.Syntax.Level.Span, table.Name, $"'{level.Name}' is listed after '{highest.Name}', a higher level");
                continue;
            }

            highest = level;
            inOrder.Add(band);
        }

        return inOrder;
    }

    // ---- the overall rule --------------------------------------------------------------------------

    private static void CheckOverall(FrameworkSymbol framework, Dictionary<BandTableSymbol, IReadOnlyList<BandSymbol>?> sortedTables, DiagnosticCatalogue report)
    {
        if (framework.Overall is not { } overall)
        {
            if (framework.HasRatedStandards)
            {
                report.MissingOverallRule(HeaderNameSpan(framework));
            }

            return;
        }

        // An unknown table name was reported by the binder.
        if (overall.Bands is not { } table)
        {
            return;
        }

        if (table.Measure != BandMeasure.Points)
        {
            report.BandTableWrongMeasure(overall.Syntax.Bands.Span, table.Name, pointsNeeded: true);
            return;
        }

        // Points the binder could not read would make the reachable total wrong.
        if (framework.Scale is not { Levels.Length: > 0 } scale || !scale.Levels.All(PointsReadable) || sortedTables[table] is not { } sorted)
        {
            return;
        }

        // Every standard counts, judged or computed, except `not rated` ones: each gets a rating and
        // so points. (One whose rule is missing counts: its own error says so, and it was meant to.)
        var standards = framework.Standards.Count(s => s.RatingRule != RatingRule.NotRated);
        var someNotRated = standards < framework.Standards.Count();
        var maxPoints = scale.Levels.Max(l => l.Points);
        var max = (long)standards * maxPoints;
        if (sorted.Count == 0)
        {
            report.OverallBandsDoNotCoverPoints(NameSpan(table), table.Name, max, standards, maxPoints, "it has no bands", someNotRated);
            return;
        }

        if (sorted[0].Low != 0m)
        {
            report.OverallBandsDoNotCoverPoints(sorted[0].Syntax.Low.Span, table.Name, max, standards, maxPoints, $"the lowest band starts at {Format(table, sorted[0].Low)}, not 0", someNotRated);
        }

        var top = sorted.OrderBy(b => b.High).Last();
        if (top.High != max)
        {
            var detail = top.High < max
                ? $"the highest band ends at {Format(table, top.High)}, so totals above it have no rating"
                : $"the highest band ends at {Format(table, top.High)}, more than any total can reach";
            report.OverallBandsDoNotCoverPoints(top.Syntax.High.Span, table.Name, max, standards, maxPoints, detail, someNotRated);
        }
    }

    // ---- standards ---------------------------------------------------------------------------------

    private static void CheckStandard(StandardSymbol standard, DiagnosticCatalogue report)
    {
        var syntax = (StandardSyntax)standard.Syntax;
        if (standard.RatingRule == RatingRule.None)
        {
            report.StandardWithoutRatingRule(syntax.Number is { IsMissing: false } number ? number.Span : syntax.Span, standard.DisplayName, syntax.Span);
            return;
        }

        // Judged and `not rated` standards have no band table to check.
        if (standard.RatingRule != RatingRule.LowestKeyQuestion)
        {
            return;
        }

        var rule = syntax.Members.OfType<RatingRuleSyntax>().First();
        if (standard.Bands is { Measure: BandMeasure.Points } table && rule.Bands is { } bandsName)
        {
            report.BandTableWrongMeasure(bandsName.Span, table.Name, pointsNeeded: false);
        }

        if (standard.KeyQuestions.IsEmpty)
        {
            report.ComputedStandardWithoutKeyQuestions(rule.Span, standard.DisplayName);
        }

        // Case types that did not resolve were reported by the binder; the domain does name some.
        var domain = standard.Domain;
        if (domain.CaseTypes.IsEmpty && ((DomainSyntax)domain.Syntax).CaseTypes.IsEmpty)
        {
            report.ComputedStandardOutsideCaseDomain(rule.Span, standard.DisplayName, domain.DisplayName);
        }
    }

    // ---- discretion --------------------------------------------------------------------------------

    private static void CheckDiscretion(DiscretionSymbol discretion, DiagnosticCatalogue report)
    {
        var seen = new Dictionary<(LevelSymbol, LevelSymbol), TextSpan>();
        foreach (var move in discretion.Moves)
        {
            if (seen.TryGetValue((move.From, move.To), out var first))
            {
                report.PropertyTwice(move.Syntax.Span, "the discretion block", $"'allow {move.From.Name} -> {move.To.Name}'", first);
                continue;
            }

            seen.Add((move.From, move.To), move.Syntax.Span);

            // The margin is in percentage points of a key question's result: it must leave some room
            // and cannot be wider than the whole 0-100 range.
            if (move.WithinPoints is { } within && (within <= 0m || within > MaxPercent) && move.Syntax.WithinPoints is { } number)
            {
                report.DiscretionMarginOutOfRange(number.Span, number.Text);
            }
        }

        // An error, not a warning: the published methodology keeps the panel's rationale with every
        // rating it moved (it is what the report quotes and what a challenge is answered from), so a
        // framework that lets a rating move without one produces results that cannot be accounted for.
        if (!discretion.RationaleRequired && !discretion.Moves.IsEmpty)
        {
            report.DiscretionWithoutRationale(KeywordSpan(discretion.Syntax.Span, "discretion"), discretion.Syntax.Span);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /// <summary>False when the binder could not read a level's points (and reported it): they stand for nothing.</summary>
    private static bool PointsReadable(LevelSymbol level) =>
        !level.Syntax.Points.IsMissing && int.TryParse(level.Syntax.Points.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>False when the binder could not read a percentage table's decimals (and reported it).</summary>
    private static bool RoundingReadable(BandTableSymbol table) =>
        table.Measure == BandMeasure.Points
        || (table.Syntax.Decimals is { IsMissing: false } decimals
            && int.TryParse(decimals.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value == table.Decimals);

    private static int Decimals(BandTableSymbol table) => table.Measure == BandMeasure.Percentage ? table.Decimals : 0;

    /// <summary>The distance between one band's last value and the next band's first: 10^-decimals.</summary>
    private static decimal Step(BandTableSymbol table)
    {
        var step = 1m;
        for (var i = 0; i < Decimals(table); i++)
        {
            step /= 10m;
        }

        return step;
    }

    private static string Format(BandTableSymbol table, decimal value)
    {
        var text = Number(table, value);
        return table.Measure == BandMeasure.Percentage ? text + "%" : text;
    }

    /// <summary>An edge as written in the table: the number without its '%'.</summary>
    private static string Number(BandTableSymbol table, decimal value) =>
        decimal.Round(value, Decimals(table)).ToString("F" + Decimals(table).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Range(BandTableSymbol table, BandSymbol band) => $"{Format(table, band.Low)} to {Format(table, band.High)}";

    private static TextSpan HeaderNameSpan(FrameworkSymbol framework) =>
        framework.Syntax is not { } header ? default : header.Name.IsMissing ? header.Span : header.Name.Span;

    private static TextSpan NameSpan(BandTableSymbol table) => table.Syntax.Name.IsMissing ? table.Syntax.Span : table.Syntax.Name.Span;

    /// <summary>The leading keyword of a block, so the diagnostic marks it rather than the whole block.</summary>
    private static TextSpan KeywordSpan(TextSpan block, string keyword) => new(block.Start, Math.Min(keyword.Length, block.Length));
}
