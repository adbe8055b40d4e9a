using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.Tooling.Diff;

/// <summary>
/// Compares two framework models item by item. Everything is matched by its stable name (items by
/// their path of names), never by text or position, so renumbering and rewording show as such and
/// not as removals. Works on the lowered model only: layout and comments are invisible to it.
/// </summary>
public static class FrameworkDiffer
{
    public static FrameworkDiff Compare(FrameworkModel oldModel, FrameworkModel newModel) =>
        new Differ(oldModel, newModel).Run();

    private sealed class Differ
    {
        private const string WordingOnly = "Wording only: answers already recorded stay valid.";
        private const string ByName = "Case data refers to items by name, not by number.";
        private const string DocumentationOnly = "Documentation only: nothing that is recorded or scored depends on it.";

        private readonly FrameworkModel _old;
        private readonly FrameworkModel _new;
        private readonly ApplicabilityComparer _applicability;
        private readonly PlainEnglish _oldEnglish;
        private readonly PlainEnglish _newEnglish;
        private readonly List<FrameworkChange> _changes = new();

        public Differ(FrameworkModel oldModel, FrameworkModel newModel)
        {
            _old = oldModel;
            _new = newModel;
            _applicability = new ApplicabilityComparer(oldModel, newModel);
            _oldEnglish = new PlainEnglish(oldModel);
            _newEnglish = new PlainEnglish(newModel);
        }

        public FrameworkDiff Run()
        {
            Header();
            Sources();
            Scale();
            BandTables();
            Overall();
            Scores();
            CaseTypes();
            ValueSets();
            Facts();
            Discretion();
            Domains();
            return new FrameworkDiff(FrameworkIdentity.Of(_old), FrameworkIdentity.Of(_new), _changes.ToEquatableArray());
        }

        // ---- header, sources, scale, bands ----------------------------------------------------------

        private void Header()
        {
            const string Identification = "Identification only: case data is stamped with the name, version and content hash it was recorded under.";
            if (_old.Name != _new.Name)
            {
                Add(ChangeArea.Header, "header:name", "framework", ChangeKind.HeaderChanged, Verdict.Compatible, "name changed", _old.Name, _new.Name, Identification);
            }

            Wording(ChangeArea.Header, "header:title", "framework", "title", _old.Title, _new.Title);
            if (_old.Version != _new.Version)
            {
                Add(ChangeArea.Header, "header:version", "framework", ChangeKind.HeaderChanged, Verdict.Compatible, "version changed", _old.Version, _new.Version, Identification);
            }

            Wording(ChangeArea.Header, "header:publisher", "framework", "publisher", _old.Publisher, _new.Publisher);
            if (_old.Effective != _new.Effective)
            {
                Add(ChangeArea.Header, "header:effective", "framework", ChangeKind.HeaderChanged, Verdict.Compatible, "effective date changed", _old.Effective, _new.Effective, Identification);
            }

            Guidance(ChangeArea.Header, "header:guidance", "framework", _old.Guidance, _new.Guidance);
        }

        private void Sources()
        {
            foreach (var (before, after) in Match(_old.Sources, _new.Sources, s => s.Name))
            {
                var target = "source:" + (after ?? before)!.Name;
                var subject = "source " + (after ?? before)!.Name;
                if (before is null)
                {
                    Add(ChangeArea.Source, target, subject, ChangeKind.Added, Verdict.Compatible, "added", null, after!.Title, DocumentationOnly);
                }
                else if (after is null)
                {
                    Add(ChangeArea.Source, target, subject, ChangeKind.Removed, Verdict.Compatible, "removed", before.Title, null, DocumentationOnly);
                }
                else
                {
                    Wording(ChangeArea.Source, target, subject, "title", before.Title, after.Title, DocumentationOnly);
                }
            }

            Order(ChangeArea.Source, "sources", "sources", _old.Sources, _new.Sources, s => s.Name, Verdict.Compatible, DocumentationOnly);
        }

        private void Scale()
        {
            const string Ranking = "Ratings, the lowest-key-question rule and discretion moves depend on the levels and their order.";
            var (oldScale, newScale) = (_old.Scale, _new.Scale);
            if (oldScale is null || newScale is null)
            {
                // A framework without a scale rates nothing; the standards whose rules changed with it are listed on their own.
                if (oldScale is not null || newScale is not null)
                {
                    var scale = (newScale ?? oldScale)!;
                    AddedOrRemoved(ChangeArea.Scale, "scale", "rating scale", newScale is not null, Verdict.RatingsAffecting, string.Empty,
                        scale.Name + ": " + string.Join(", ", scale.Levels.Select(l => $"{l.Name} {Quote(l.Label)} {Points(l.Points)}")),
                        newScale is not null ? "Standards can now be rated on its levels." : "No standard can be rated any more.");
                }

                return;
            }

            if (oldScale.Name != newScale.Name)
            {
                Add(ChangeArea.Scale, "scale", "rating scale", ChangeKind.HeaderChanged, Verdict.Compatible, "name changed", oldScale.Name, newScale.Name, "The scale's name is not recorded with ratings.");
            }

            OptionalWording(ChangeArea.Scale, "scale", "rating scale", "label", oldScale.Label, newScale.Label);
            foreach (var (before, after) in Match(oldScale.Levels, newScale.Levels, l => l.Name))
            {
                var level = (after ?? before)!;
                var target = "level:" + level.Name;
                var subject = "level " + level.Name;
                if (before is null)
                {
                    Add(ChangeArea.Scale, target, subject, ChangeKind.Added, Verdict.RatingsAffecting, "added", null, $"{Quote(after!.Label)}, {Points(after.Points)}", Ranking);
                }
                else if (after is null)
                {
                    Add(ChangeArea.Scale, target, subject, ChangeKind.Removed, Verdict.RatingsAffecting, "removed", $"{Quote(before.Label)}, {Points(before.Points)}", null, Ranking + " Ratings recorded as this level have no place.");
                }
                else
                {
                    Wording(ChangeArea.Scale, target, subject, "label", before.Label, after.Label, "Label only: ratings are recorded by level name.");
                    if (before.Points != after.Points)
                    {
                        Add(ChangeArea.Scale, target, subject, ChangeKind.PointsChanged, Verdict.RatingsAffecting, "points changed", Points(before.Points), Points(after.Points), "Totals and the overall rating change.");
                    }
                }
            }

            Order(ChangeArea.Scale, "scale", "levels of the rating scale", oldScale.Levels, newScale.Levels, l => l.Name, Verdict.RatingsAffecting, "Levels are ranked by their order, lowest first.");
        }

        private void BandTables()
        {
            foreach (var (before, after) in Match(_old.BandTables, _new.BandTables, b => b.Name))
            {
                var table = (after ?? before)!;
                var target = "bands:" + table.Name;
                var subject = "band table " + table.Name;
                const string UsedThroughRules = "A band table matters only through the rating rules that use it; changes to those rules are listed with their own verdicts.";
                if (before is null)
                {
                    Add(ChangeArea.BandTable, target, subject, ChangeKind.Added, Verdict.Compatible, "added", null, Describe(after!), UsedThroughRules);
                    continue;
                }

                if (after is null)
                {
                    Add(ChangeArea.BandTable, target, subject, ChangeKind.Removed, Verdict.Compatible, "removed", Describe(before), null, UsedThroughRules);
                    continue;
                }

                OptionalWording(ChangeArea.BandTable, target, subject, "label", before.Label, after.Label);
                if (Measure(before) != Measure(after))
                {
                    Add(ChangeArea.BandTable, target, subject, ChangeKind.BandsChanged, Verdict.RatingsAffecting, "measure changed", Measure(before), Measure(after), "Values are measured or rounded differently before banding.");
                }

                foreach (var (oldBand, newBand) in Match(before.Bands, after.Bands, b => b.Level))
                {
                    var level = (newBand ?? oldBand)!.Level;
                    if (!Equals(oldBand, newBand))
                    {
                        var kind = oldBand is null ? "band added" : newBand is null ? "band removed" : "band changed";
                        Add(ChangeArea.BandTable, target, subject, ChangeKind.BandsChanged, Verdict.RatingsAffecting, $"{kind}: {level}",
                            oldBand is null ? null : Range(before, oldBand), newBand is null ? null : Range(after, newBand), "The same value can fall in a different band.");
                    }
                }

                Order(ChangeArea.BandTable, target, subject, before.Bands, after.Bands, b => b.Level, Verdict.RatingsAffecting, "Bands are listed from the lowest level up.");
            }
        }

        private void Overall()
        {
            var (before, after) = (_old.Overall?.Bands, _new.Overall?.Bands);
            if (before == after)
            {
                return;
            }

            if (before is null || after is null)
            {
                AddedOrRemoved(ChangeArea.Overall, "overall", "overall rating rule", before is null, Verdict.RatingsAffecting, string.Empty, $"total points in {before ?? after}",
                    before is null ? "Inspections now get an overall rating." : "Inspections no longer get an overall rating.");
                return;
            }

            Add(ChangeArea.Overall, "overall", "overall rating rule", ChangeKind.RatingRuleChanged, Verdict.RatingsAffecting, "band table changed",
                $"total points in {before}", $"total points in {after}", "The overall rating is read from different bands.");
        }

        // ---- pooled scores --------------------------------------------------------------------------

        private void Scores()
        {
            foreach (var (before, after) in Match(_old.Scores, _new.Scores, s => s.Name))
            {
                var score = (after ?? before)!;
                var target = "score:" + score.Name;
                var subject = "score " + score.Name;
                if (before is null || after is null)
                {
                    var model = before is null ? _new : _old;
                    var fed = model.Domains.SelectMany(d => d.Standards).SelectMany(s => s.KeyQuestions).Count(q => q.Scores.Contains(score.Name));
                    AddedOrRemoved(ChangeArea.Score, target, subject, before is null, Verdict.RatingsAffecting, $" with {Plural(fed, "contributing key question")}",
                        $"{Quote(score.Label)}, {ScoreRounding(score)}",
                        before is null ? "Inspections get a new score, pooled from answers already recorded." : "Inspections no longer get this score.");
                    continue;
                }

                Wording(ChangeArea.Score, target, subject, "label", before.Label, after.Label, "Label only: scores are reported by name.");
                if (before.Rounding != after.Rounding || before.Decimals != after.Decimals)
                {
                    Add(ChangeArea.Score, target, subject, ChangeKind.RoundingChanged, Verdict.RatingsAffecting, "rounding changed", ScoreRounding(before), ScoreRounding(after),
                        "The same answers can give a different percentage.");
                }
            }

            Order(ChangeArea.Score, "scores", "scores", _old.Scores, _new.Scores, s => s.Name, Verdict.Compatible, "Order only: scores are reported in the order declared.");
        }

        private static string ScoreRounding(ScoreModel score) =>
            $"rounded {Rounding(score.Rounding)} to {score.Decimals.ToString(CultureInfo.InvariantCulture)} decimals";

        /// <summary>
        /// Scores a key question feeds or stops feeding. Only scores of both versions count here: a
        /// score added or removed is one change of its own, with the number of key questions feeding it.
        /// </summary>
        private void Contributions(string target, string subject, KeyQuestionModel before, KeyQuestionModel after)
        {
            var gained = after.Scores.Where(s => !before.Scores.Contains(s) && _old.Scores.Any(o => o.Name == s)).ToList();
            var lost = before.Scores.Where(s => !after.Scores.Contains(s) && _new.Scores.Any(n => n.Name == s)).ToList();
            if (gained.Count == 0 && lost.Count == 0)
            {
                return;
            }

            var parts = new List<string>();
            if (gained.Count > 0)
            {
                parts.Add("now contributes to " + string.Join(", ", gained));
            }

            if (lost.Count > 0)
            {
                parts.Add("no longer contributes to " + string.Join(", ", lost));
            }

            Add(ChangeArea.KeyQuestion, target, subject, ChangeKind.ContributionsChanged, Verdict.RatingsAffecting, string.Join("; ", parts),
                ScoreList(before.Scores), ScoreList(after.Scores), "Its answers are pooled into different scores, so the same answers give different scores.");
        }

        private static string ScoreList(EquatableArray<string> scores) => scores.Count == 0 ? "none" : string.Join(", ", scores);

        private static string Describe(BandTableModel table) =>
            Measure(table) + ": " + string.Join(", ", table.Bands.Select(b => $"{b.Level} {Range(table, b)}"));

        private static string Measure(BandTableModel table) => table.Measure == BandMeasure.Points
            ? "points"
            : $"percentage rounded {Rounding(table.Rounding)} to {table.Decimals.ToString(CultureInfo.InvariantCulture)} decimals";

        private static string Range(BandTableModel table, BandModel band)
        {
            var unit = table.Measure == BandMeasure.Percentage ? "%" : string.Empty;
            return $"{Number(band.Low)}{unit} to {Number(band.High)}{unit}";
        }

        // ---- case types and facts -----------------------------------------------------------------

        private void CaseTypes()
        {
            foreach (var (before, after) in Match(_old.CaseTypes, _new.CaseTypes, c => c.Name))
            {
                var name = (after ?? before)!.Name;
                var target = "case-type:" + name;
                var subject = "case type " + name;
                if (before is null)
                {
                    Add(ChangeArea.CaseType, target, subject, ChangeKind.Added, Verdict.Compatible, "added", null, Quote(after!.Label), "No case recorded under the old version has this type; domains that take it are listed separately.");
                }
                else if (after is null)
                {
                    Add(ChangeArea.CaseType, target, subject, ChangeKind.Removed, Verdict.NeedsMigration, "removed", Quote(before.Label), null, "Cases recorded with this type cannot be scored under the new version.");
                }
                else
                {
                    Wording(ChangeArea.CaseType, target, subject, "label", before.Label, after.Label, "Label only: cases record the case type by name.");
                }
            }

            Order(ChangeArea.CaseType, "case-types", "case types", _old.CaseTypes, _new.CaseTypes, c => c.Name, Verdict.Compatible, "Order only.");
        }

        // Shared value sets. Their facts carry the values and are compared value by value (Facts), so
        // a set's own changes matter to no case data: a set added, removed, relabelled or changed.
        private void ValueSets()
        {
            foreach (var (before, after) in Match(_old.ValueSets, _new.ValueSets, v => v.Name))
            {
                var name = (after ?? before)!.Name;
                var target = "values:" + name;
                var subject = "value set " + name;
                if (before is null)
                {
                    Add(ChangeArea.Fact, target, subject, ChangeKind.Added, Verdict.Compatible, "added", null, Quote(after!.Label), "Facts that take its values are compared separately.");
                }
                else if (after is null)
                {
                    Add(ChangeArea.Fact, target, subject, ChangeKind.Removed, Verdict.Compatible, "removed", Quote(before.Label), null, "Facts that took its values are compared separately.");
                }
                else if (!Equals(before, after))
                {
                    Add(ChangeArea.Fact, target, subject, ChangeKind.Reworded, Verdict.Compatible, "changed",
                        string.Join(", ", before.Members.Select(m => m.Name)), string.Join(", ", after.Members.Select(m => m.Name)),
                        "The values of its facts are compared separately, value by value.");
                }
            }
        }

        private void Facts()
        {
            foreach (var (before, after) in Match(_old.Facts, _new.Facts, f => f.Name))
            {
                var name = (after ?? before)!.Name;
                var target = "fact:" + name;
                var subject = "fact " + name;
                if (before is null)
                {
                    var added = after!;
                    var (verdict, reason) = added.Derivation is not null
                        ? (Verdict.Compatible, "Derived from other facts: nothing new is recorded.")
                        : added.ForAnalysis
                            ? (Verdict.Compatible, "Recorded for analysis only: old cases lack a value, which affects analyses by it but no rating.")
                            : (Verdict.NeedsMigration, "Old cases have no value for it: record it for them before scoring.");
                    Add(ChangeArea.Fact, target, subject, ChangeKind.Added, verdict, "added", null, FactType(added), reason);
                    continue;
                }

                if (after is null)
                {
                    var (verdict, reason) = before.Derivation is not null
                        ? (Verdict.Compatible, "Derived, not recorded: no case data holds it.")
                        : (Verdict.NeedsMigration, "Old cases hold a value for a fact the new version does not know: remove it from the data.");
                    Add(ChangeArea.Fact, target, subject, ChangeKind.Removed, verdict, "removed", FactType(before), null, reason);
                    continue;
                }

                Wording(ChangeArea.Fact, target, subject, "label", before.Label, after.Label, "Label only: case data records facts by name.");
                var wasDerived = before.Derivation is not null;
                var isDerived = after.Derivation is not null;
                if (wasDerived != isDerived || before.Kind != after.Kind)
                {
                    var reason = isDerived
                        ? "It was recorded and is now derived: the recorded values must be removed from old cases."
                        : wasDerived
                            ? "It was derived and must now be recorded: old cases have no value for it."
                            : "Values recorded under the old type are not values of the new type.";
                    Add(ChangeArea.Fact, target, subject, ChangeKind.FactTypeChanged, Verdict.NeedsMigration, "type changed", FactType(before), FactType(after), reason);
                }
                else if (wasDerived && !Equals(before.Derivation, after.Derivation))
                {
                    Add(ChangeArea.Fact, target, subject, ChangeKind.DerivationChanged, Verdict.Compatible, "definition changed",
                        ConditionText.ToSource(before.Derivation!), ConditionText.ToSource(after.Derivation!),
                        "Derived facts are not recorded; items whose applicability changes through it are listed with their own verdicts.");
                }
                else if (before.Kind == FactKind.Enumeration)
                {
                    EnumMembers(before, after, target, subject);
                }

                if (before.ValueSet != after.ValueSet)
                {
                    Add(ChangeArea.Fact, target, subject, ChangeKind.FactTypeChanged, Verdict.Compatible, "values now declared " + (after.ValueSet is { } set ? "by value set " + set : "on the fact"),
                        before.ValueSet, after.ValueSet, "Where the values are declared only: their names and labels are compared value by value.");
                }

                if (before.ForAnalysis != after.ForAnalysis)
                {
                    Add(ChangeArea.Fact, target, subject, ChangeKind.AnalysisMarkerChanged, Verdict.Compatible, after.ForAnalysis ? "now marked for analysis" : "no longer marked for analysis",
                        null, null, "The marker only tells the unused-fact check to leave the fact alone.");
                }
            }

            Order(ChangeArea.Fact, "facts", "facts", _old.Facts, _new.Facts, f => f.Name, Verdict.Compatible, "Order only.");
        }

        private void EnumMembers(FactModel before, FactModel after, string target, string subject)
        {
            foreach (var (oldMember, newMember) in Match(before.Members, after.Members, m => m.Name))
            {
                var name = (newMember ?? oldMember)!.Name;
                if (oldMember is null)
                {
                    Add(ChangeArea.Fact, target + "/" + name, $"value {name} of {subject}", ChangeKind.Added, Verdict.Compatible, "added", null, Quote(newMember!.Label),
                        "No old case holds the new value; conditions that use it are compared separately.");
                }
                else if (newMember is null)
                {
                    Add(ChangeArea.Fact, target + "/" + name, $"value {name} of {subject}", ChangeKind.Removed, Verdict.NeedsMigration, "removed", Quote(oldMember.Label), null,
                        "Old cases holding this value are not valid under the new version: reclassify them.");
                }
                else
                {
                    Wording(ChangeArea.Fact, target + "/" + name, $"value {name} of {subject}", "label", oldMember.Label, newMember.Label, "Label only: case data records values by name.");
                    CaseTypesOfValue(oldMember, newMember, target + "/" + name, $"value {name} of {subject}");
                }
            }

            Order(ChangeArea.Fact, target, $"values of {subject}", before.Members, after.Members, m => m.Name, Verdict.Compatible, "Order only.");
        }

        // The case types a value is allowed for (`for court`; none written: every case type).
        private void CaseTypesOfValue(EnumMemberModel before, EnumMemberModel after, string target, string subject)
        {
            if (before.CaseTypes.SequenceEqual(after.CaseTypes))
            {
                return;
            }

            static string Describe(EnumMemberModel value) => value.CaseTypes.Count == 0 ? "every case type" : "for " + string.Join(", ", value.CaseTypes);
            var narrowed = after.CaseTypes.Count > 0 && (before.CaseTypes.Count == 0 || before.CaseTypes.Any(c => !after.CaseTypes.Contains(c)));
            Add(ChangeArea.Fact, target, subject, ChangeKind.ApplicabilityChanged, narrowed ? Verdict.NeedsMigration : Verdict.Compatible, "case types changed",
                Describe(before), Describe(after),
                narrowed ? "Old cases of a case type the value is no longer allowed for are rejected (IV0007): correct their value or case type." : "Every old case that held the value may still hold it.");
        }

        private static string FactType(FactModel fact)
        {
            var type = fact.Derivation is { } derivation
                ? "= " + ConditionText.ToSource(derivation)
                : fact.Kind switch
                {
                    FactKind.Boolean => "boolean",
                    FactKind.Integer => "integer",
                    _ => "one of {" + string.Join(", ", fact.Members.Select(m => m.Name)) + "}",
                };
            return fact.ForAnalysis ? type + " for analysis" : type;
        }

        // ---- discretion ---------------------------------------------------------------------------

        // The model gives every standard rated from key questions its effective discretion (its own
        // block or the framework's), so one edit of the framework-wide block would show once per
        // standard. Standards whose discretion changed in the same way are reported together.
        private void Discretion()
        {
            var groups = new List<(DiscretionModel? Before, DiscretionModel? After, List<string> Standards)>();
            foreach (var (before, after) in MatchedStandards())
            {
                if (Equals(before.Discretion, after.Discretion))
                {
                    continue;
                }

                var group = groups.FirstOrDefault(g => Equals(g.Before, before.Discretion) && Equals(g.After, after.Discretion));
                if (group.Standards is null)
                {
                    groups.Add((before.Discretion, after.Discretion, new List<string> { after.Number }));
                }
                else
                {
                    group.Standards.Add(after.Number);
                }
            }

            foreach (var (before, after, standards) in groups)
            {
                var movesChanged = !(before?.Moves ?? EquatableArray<DiscretionMoveModel>.Empty).Equals(after?.Moves ?? EquatableArray<DiscretionMoveModel>.Empty);
                var (verdict, reason) = movesChanged
                    ? (Verdict.RatingsAffecting, "The moves a ratings panel may make changed.")
                    : after?.RationaleRequired == true
                        ? (Verdict.NeedsMigration, "A rationale is now required: discretion already used without one must be given one.")
                        : (Verdict.Compatible, "A rationale is no longer required; the moves are the same.");
                var subject = standards.Count == 1 ? "discretion of standard " + standards[0] : "discretion of standards " + string.Join(", ", standards);
                Add(ChangeArea.Standard, "discretion:" + string.Join(",", standards), subject, ChangeKind.DiscretionChanged, verdict, "professional discretion changed",
                    Describe(before), Describe(after), reason);
            }
        }

        private static string Describe(DiscretionModel? discretion)
        {
            if (discretion is null)
            {
                return "none";
            }

            var parts = new List<string>();
            if (discretion.RationaleRequired)
            {
                parts.Add("rationale required");
            }

            parts.AddRange(discretion.Moves.Select(m => $"allow {m.From} -> {m.To}" + (m.WithinPoints is { } within ? $" within {Number(within)} points" : string.Empty)));
            return parts.Count == 0 ? "no moves" : string.Join("; ", parts);
        }

        private IEnumerable<(StandardModel Before, StandardModel After)> MatchedStandards()
        {
            foreach (var (oldDomain, newDomain) in MatchItems(_old.Domains, _new.Domains, d => d.Name, d => d.Text))
            {
                if (oldDomain is null || newDomain is null)
                {
                    continue;
                }

                foreach (var (before, after) in MatchItems(oldDomain.Standards, newDomain.Standards, s => s.Name, s => s.Text))
                {
                    if (before is not null && after is not null)
                    {
                        yield return (before, after);
                    }
                }
            }
        }

        // ---- items --------------------------------------------------------------------------------

        private void Domains()
        {
            foreach (var (before, after) in MatchItems(_old.Domains, _new.Domains, d => d.Name, d => d.Text))
            {
                var domain = (after ?? before)!;
                var target = "item:" + domain.Name;
                var subject = $"domain {domain.Number} {domain.Name}";
                if (before is null || after is null)
                {
                    var counts = Contents(domain.Standards.Count, domain.Standards.Sum(s => s.KeyQuestions.Count), domain.Standards.Sum(s => s.KeyQuestions.Sum(k => k.Prompts.Count)));
                    AddedOrRemoved(ChangeArea.Domain, target, subject, before is null, Verdict.RatingsAffecting, counts, domain.Text,
                        domain.Standards.Any(st => st.Rule is RatingRule.Judgement or RatingRule.LowestKeyQuestion)
                            ? "Its standards count towards the overall rating."
                            : "Its key questions count towards the scores they contribute to.");
                    continue;
                }

                var scope = new Scope(before.CaseTypes, after.CaseTypes);
                Renamed(ChangeArea.Domain, target, subject, before.Name, after.Name);
                NumberAndWording(ChangeArea.Domain, target, subject, before.Number, after.Number, before.Text, after.Text);
                CaseTypeBinding(target, subject, before, after);
                Applicability(ChangeArea.Domain, target, subject, before.Condition, after.Condition, ratingRelevant: true, scope);
                Documentation(ChangeArea.Domain, target, subject, before.Guidance, after.Guidance, before.Provenance, after.Provenance);
                foreach (var (oldStandard, newStandard) in MatchItems(before.Standards, after.Standards, s => s.Name, s => s.Text))
                {
                    Standard(before.Name, after.Name, scope, oldStandard, newStandard);
                }

                Order(ChangeArea.Domain, target, $"standards of {subject}", before.Standards, after.Standards, s => s.Name, Verdict.Compatible, "Order only.");
            }

            Order(ChangeArea.Domain, "domains", "domains", _old.Domains, _new.Domains, d => d.Name, Verdict.Compatible, "Order only.");
        }

        private void CaseTypeBinding(string target, string subject, DomainModel before, DomainModel after)
        {
            var oldTypes = new HashSet<string>(before.CaseTypes, StringComparer.Ordinal);
            var newTypes = new HashSet<string>(after.CaseTypes, StringComparer.Ordinal);
            if (oldTypes.SetEquals(newTypes))
            {
                return;
            }

            var gained = newTypes.Except(oldTypes).Any();
            var lost = oldTypes.Except(newTypes).Any();
            var reason = (gained, lost) switch
            {
                (true, false) => "It now covers cases of another type: they have no answers for its items, and its ratings are computed over more cases.",
                (false, true) => "It no longer covers cases of some type: their answers no longer count towards its ratings.",
                _ => "It covers different cases: ratings are computed over a different sample.",
            };
            Add(ChangeArea.Domain, target, subject, ChangeKind.ApplicabilityChanged, Verdict.RatingsAffecting, "case types changed",
                CaseTypeList(_oldEnglish, before.CaseTypes), CaseTypeList(_newEnglish, after.CaseTypes), reason);
        }

        private static string CaseTypeList(PlainEnglish english, EquatableArray<string> types) =>
            types.Count == 0 ? "No case sample." : $"Takes {english.CaseTypes(types)}.";

        private void Standard(string oldDomainName, string domainName, Scope scope, StandardModel? before, StandardModel? after)
        {
            var standard = (after ?? before)!;
            var target = $"item:{domainName}.{standard.Name}";
            var subject = $"standard {standard.Number} {standard.Name}";
            if (before is null || after is null)
            {
                var counts = Contents(0, standard.KeyQuestions.Count, standard.KeyQuestions.Sum(k => k.Prompts.Count));
                AddedOrRemoved(ChangeArea.Standard, target, subject, before is null, Verdict.RatingsAffecting, counts, standard.Text,
                    standard.Rule == RatingRule.NotRated
                        ? "Its key questions count towards the scores they contribute to."
                        : "Its rating counts towards the overall rating.");
                return;
            }

            Renamed(ChangeArea.Standard, target, subject, $"{oldDomainName}.{before.Name}", $"{domainName}.{after.Name}");
            NumberAndWording(ChangeArea.Standard, target, subject, before.Number, after.Number, before.Text, after.Text);
            OptionalWording(ChangeArea.Standard, target, subject, "statement", before.Statement, after.Statement);
            if (before.Rule != after.Rule || before.Bands != after.Bands)
            {
                Add(ChangeArea.Standard, target, subject, ChangeKind.RatingRuleChanged, Verdict.RatingsAffecting, "rating rule changed",
                    RuleText(before), RuleText(after), "The standard's rating is worked out differently.");
            }

            Applicability(ChangeArea.Standard, target, subject, before.Condition, after.Condition, ratingRelevant: true, scope);
            Documentation(ChangeArea.Standard, target, subject, before.Guidance, after.Guidance, before.Provenance, after.Provenance);
            var computed = before.Rule == RatingRule.LowestKeyQuestion || after.Rule == RatingRule.LowestKeyQuestion;
            foreach (var (oldQuestion, newQuestion) in MatchItems(before.KeyQuestions, after.KeyQuestions, k => k.Name, k => k.Text))
            {
                KeyQuestion($"{oldDomainName}.{before.Name}", $"{domainName}.{after.Name}", scope, computed, oldQuestion, newQuestion);
            }

            Order(ChangeArea.Standard, target, $"key questions of {subject}", before.KeyQuestions, after.KeyQuestions, k => k.Name, Verdict.Compatible, "Order only: the standard takes the lowest band whatever the order.");
        }

        private static string RuleText(StandardModel standard) => standard.Rule switch
        {
            RatingRule.Judgement => "rated by judgement",
            RatingRule.LowestKeyQuestion => $"rated by lowest key question in {standard.Bands}",
            RatingRule.NotRated => "not rated",
            _ => "no rating rule",
        };

        private void KeyQuestion(string oldParentPath, string parentPath, Scope scope, bool computed, KeyQuestionModel? before, KeyQuestionModel? after)
        {
            var question = (after ?? before)!;
            var target = $"item:{parentPath}.{question.Name}";
            var subject = $"key question {question.Number} {question.Name}";

            // Its answers decide something when its standard is rated from key questions or when it
            // feeds a pooled score, in either version.
            var pooled = (before?.Scores.Count ?? 0) > 0 || (after?.Scores.Count ?? 0) > 0;
            var counts = computed || pooled;
            if (before is null || after is null)
            {
                var contents = Contents(0, 0, question.Prompts.Count);
                var scores = question.Scores.Count > 0 ? $"pooled into {string.Join(", ", question.Scores)}" : null;
                if (before is null)
                {
                    AddedOrRemoved(ChangeArea.KeyQuestion, target, subject, true, counts ? Verdict.RatingsAffecting : Verdict.NeedsMigration, contents, question.Text,
                        computed
                            ? "Old cases have no answer for it, and it enters the standard's rating (the lowest band among its key questions)."
                            : pooled ? $"Old cases have no answer for it, and its answers are {scores}." : "Old cases have no answer for it.");
                }
                else
                {
                    AddedOrRemoved(ChangeArea.KeyQuestion, target, subject, false, counts ? Verdict.RatingsAffecting : Verdict.NeedsMigration, contents, question.Text,
                        computed
                            ? "Its answers no longer count: the standard's rating is the lowest band among the remaining key questions."
                            : pooled ? $"Its answers, {scores}, no longer count." : "Answers recorded for it have no place in the new version: remove them from the data.");
                }

                return;
            }

            Renamed(ChangeArea.KeyQuestion, target, subject, $"{oldParentPath}.{before.Name}", $"{parentPath}.{after.Name}");
            NumberAndWording(ChangeArea.KeyQuestion, target, subject, before.Number, after.Number, before.Text, after.Text);
            Answers(ChangeArea.KeyQuestion, target, subject, before.Answers, after.Answers, before.RationaleRequired, after.RationaleRequired, counts);
            Applicability(ChangeArea.KeyQuestion, target, subject, before.Condition, after.Condition, ratingRelevant: counts, scope);
            Contributions(target, subject, before, after);
            Documentation(ChangeArea.KeyQuestion, target, subject, before.Guidance, after.Guidance, before.Provenance, after.Provenance);
            foreach (var (oldPrompt, newPrompt) in MatchItems(before.Prompts, after.Prompts, p => p.Name, p => p.Text))
            {
                Prompt($"{oldParentPath}.{before.Name}", $"{parentPath}.{after.Name}", scope, oldPrompt, newPrompt);
            }

            Order(ChangeArea.KeyQuestion, target, $"prompts of {subject}", before.Prompts, after.Prompts, p => p.Name, Verdict.Compatible, "Order only.");
        }

        private void Prompt(string oldParentPath, string parentPath, Scope scope, PromptModel? before, PromptModel? after)
        {
            var prompt = (after ?? before)!;
            var target = $"item:{parentPath}.{prompt.Name}";
            var subject = $"prompt {prompt.Number} {prompt.Name}";
            if (before is null || after is null)
            {
                AddedOrRemoved(ChangeArea.Prompt, target, subject, before is null, Verdict.NeedsMigration, string.Empty, prompt.Text,
                    before is null ? "Old cases have no answer for it." : "Answers recorded for it have no place in the new version: remove them from the data.");
                return;
            }

            Renamed(ChangeArea.Prompt, target, subject, $"{oldParentPath}.{before.Name}", $"{parentPath}.{after.Name}");
            NumberAndWording(ChangeArea.Prompt, target, subject, before.Number, after.Number, before.Text, after.Text, before.Letter != after.Letter);
            Answers(ChangeArea.Prompt, target, subject, before.Answers, after.Answers, before.RationaleRequired, after.RationaleRequired, ratingRelevant: false);
            Applicability(ChangeArea.Prompt, target, subject, before.Condition, after.Condition, ratingRelevant: false, scope);
            Documentation(ChangeArea.Prompt, target, subject, before.Guidance, after.Guidance, before.Provenance, after.Provenance);
        }

        private void AddedOrRemoved(ChangeArea area, string target, string subject, bool added, Verdict verdict, string contents, string text, string reason) =>
            Add(area, target, subject, added ? ChangeKind.Added : ChangeKind.Removed, verdict, (added ? "added" : "removed") + contents,
                added ? null : text, added ? text : null, reason);

        private static string Contents(int standards, int questions, int prompts)
        {
            var parts = new List<string>();
            if (standards > 0)
            {
                parts.Add(Plural(standards, "standard"));
            }

            if (questions > 0)
            {
                parts.Add(Plural(questions, "key question"));
            }

            if (prompts > 0)
            {
                parts.Add(Plural(prompts, "prompt"));
            }

            return parts.Count == 0 ? string.Empty : " with " + string.Join(", ", parts);
        }

        private static string Plural(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";

        /// <param name="ownPartChanged">For prompts, whether the letter changed; otherwise worked out
        /// from the last part of the number. A renumbered parent renumbers everything under it; that
        /// is reported once, at the parent.</param>
        private void NumberAndWording(ChangeArea area, string target, string subject, string oldNumber, string newNumber, string oldText, string newText, bool? ownPartChanged = null)
        {
            if (ownPartChanged ?? LastPart(oldNumber) != LastPart(newNumber))
            {
                Add(area, target, subject, ChangeKind.Renumbered, Verdict.Compatible, "renumbered", oldNumber, newNumber, ByName);
            }

            Wording(area, target, subject, null, oldText, newText);
        }

        private static string LastPart(string number) => number.Substring(number.LastIndexOf('.') + 1);

        // Guidance and provenance come last among an item's own changes: they matter least.
        private void Documentation(ChangeArea area, string target, string subject, string? oldGuidance, string? newGuidance, EquatableArray<ProvenanceModel> oldProvenance, EquatableArray<ProvenanceModel> newProvenance)
        {
            Guidance(area, target, subject, oldGuidance, newGuidance);
            if (!oldProvenance.Equals(newProvenance))
            {
                Add(area, target, subject, ChangeKind.ProvenanceChanged, Verdict.Compatible, "provenance changed", Provenance(oldProvenance), Provenance(newProvenance), DocumentationOnly);
            }
        }

        private static string Provenance(EquatableArray<ProvenanceModel> provenance) =>
            provenance.Count == 0
                ? "none"
                : string.Join("; ", provenance.Select(p => (p.Kind == ProvenanceKind.Verbatim ? "verbatim " : "reconstructed ") + p.Source + (p.Note is null ? string.Empty : " " + Quote(p.Note))));

        private void Answers(ChangeArea area, string target, string subject, AnswerKind oldAnswers, AnswerKind newAnswers, bool oldRationale, bool newRationale, bool ratingRelevant)
        {
            if (oldAnswers != newAnswers)
            {
                Add(area, target, subject, ChangeKind.AnswersChanged, ratingRelevant ? Verdict.RatingsAffecting : Verdict.NeedsMigration, "answer type changed",
                    AnswerText(oldAnswers), AnswerText(newAnswers),
                    ratingRelevant
                        ? "Answers recorded under the old type do not fit the new one, and the key question's percentage is worked out from them."
                        : "Answers recorded under the old type do not fit the new one.");
            }

            if (oldRationale != newRationale)
            {
                Add(area, target, subject, ChangeKind.RationaleChanged, newRationale ? Verdict.NeedsMigration : Verdict.Compatible,
                    newRationale ? "rationale now required" : "rationale no longer required", null, null,
                    newRationale ? "Answers recorded without a rationale must be given one." : "Answers with a rationale stay valid.");
            }
        }

        private static string AnswerText(AnswerKind kind) => kind switch
        {
            AnswerKind.YesNo => "yes_no",
            AnswerKind.YesNoNotApplicable => "yes_no_na",
            AnswerKind.Text => "text",
            _ => "number",
        };

        /// <param name="ratingRelevant">Whether the cases the item applies to decide ratings (domains,
        /// standards, key questions of standards rated from key questions), rather than only which
        /// answers are recorded (prompts, key questions of standards rated by judgement).</param>
        private void Applicability(ChangeArea area, string target, string subject, ConditionModel? before, ConditionModel? after, bool ratingRelevant, Scope scope)
        {
            var sameText = Equals(before, after);
            if (sameText && !_applicability.UsesChangedDerivation(after) && !_applicability.UsesChangedDerivation(before))
            {
                return;
            }

            var change = _applicability.Compare(before, after);
            if (change == ApplicabilityChange.Same)
            {
                if (!sameText)
                {
                    Add(area, target, subject, ChangeKind.ApplicabilityChanged, Verdict.Compatible, "condition rewritten", Applies(_oldEnglish, before, scope.Old), Applies(_newEnglish, after, scope.New),
                        "Written differently, but it applies to exactly the same cases.");
                }

                return;
            }

            var changedFacts = _applicability.ChangedDerivations(before).Concat(_applicability.ChangedDerivations(after)).Distinct(StringComparer.Ordinal).ToList();
            var description = sameText ? "applicability changed through derived fact " + string.Join(", ", changedFacts) : "applicability changed";
            var what = change switch
            {
                ApplicabilityChange.Widened => "It now applies to cases it did not apply to: those cases have no answer for it",
                ApplicabilityChange.Narrowed => "It no longer applies to some cases: answers recorded for them must be removed",
                _ => "It applies to a different set of cases: some have no answer for it, and answers recorded for others must be removed",
            };
            var consequence = ratingRelevant ? ", and percentages and ratings are computed over different cases." : ".";
            Add(area, target, subject, ChangeKind.ApplicabilityChanged, ratingRelevant ? Verdict.RatingsAffecting : Verdict.NeedsMigration,
                description + (change == ApplicabilityChange.Undecided ? " (too many fact values to compare exhaustively)" : $" ({change.ToString().ToLowerInvariant()})"),
                WithDefinitions(before, _old, _oldEnglish, scope.Old, changedFacts), WithDefinitions(after, _new, _newEnglish, scope.New, changedFacts), what + consequence);
        }

        // Applicability reads as the standards document writes it, and a changed derived fact is
        // shown with its definition: "Applies only to ... where there are concerns. (There are
        // concerns: yes where there are factors related to harm or ...)".
        private static string WithDefinitions(ConditionModel? condition, FrameworkModel model, PlainEnglish english, EquatableArray<string> caseTypes, List<string> facts)
        {
            var text = Applies(english, condition, caseTypes);
            foreach (var fact in model.Facts.Where(f => f.Derivation is not null && facts.Contains(f.Name)))
            {
                text += $" ({fact.Label}: yes where {english.Clause(fact.Derivation!)}.)";
            }

            return text;
        }

        private static string Applies(PlainEnglish english, ConditionModel? condition, EquatableArray<string> caseTypes) =>
            english.Applicability(condition, caseTypes)
            ?? (caseTypes.Count == 0 ? "Applies in every case." : $"Applies to all {english.CaseTypes(caseTypes)}.");

        /// <summary>The case types of the domain an item is in, in each version: applicability is read within them.</summary>
        private sealed record Scope(EquatableArray<string> Old, EquatableArray<string> New);

        /// <summary>
        /// An item whose name changed but whose wording did not is the same item renamed: case data
        /// records answers by item path, so the answers recorded under the old path must be moved.
        /// </summary>
        private void Renamed(ChangeArea area, string target, string subject, string oldPath, string newPath)
        {
            if (oldPath == newPath || LastPart(oldPath) == LastPart(newPath))
            {
                return;
            }

            var under = area is ChangeArea.Domain or ChangeArea.Standard ? " and every answer under it" : string.Empty;
            Add(area, target, subject, ChangeKind.Renamed, Verdict.NeedsMigration, $"renamed from {LastPart(oldPath)} (same wording)", oldPath, newPath,
                $"Migration: case data records answers by item path; in data recorded under the old version, rename the answer '{oldPath}'{under} to '{newPath}'.");
        }

        // ---- shared helpers -----------------------------------------------------------------------

        /// <param name="field">What the text is ("title", "label"); null for an item's own wording.</param>
        private void Wording(ChangeArea area, string target, string subject, string? field, string before, string after, string reason = WordingOnly)
        {
            if (before != after)
            {
                var description = field is null ? "reworded" : field + " reworded";
                _changes.Add(new FrameworkChange(area, target, subject, ChangeKind.Reworded, Verdict.Compatible, description, before, after, WordDiff.Compute(before, after), reason));
            }
        }

        private void OptionalWording(ChangeArea area, string target, string subject, string field, string? before, string? after)
        {
            if (before is not null && after is not null)
            {
                Wording(area, target, subject, field, before, after);
            }
            else if (before != after)
            {
                Add(area, target, subject, ChangeKind.Reworded, Verdict.Compatible, field + (before is null ? " added" : " removed"), before, after, WordingOnly);
            }
        }

        private void Guidance(ChangeArea area, string target, string subject, string? before, string? after)
        {
            if (before == after)
            {
                return;
            }

            var description = before is null ? "guidance added" : after is null ? "guidance removed" : "guidance reworded";
            var wording = before is not null && after is not null ? WordDiff.Compute(before, after) : EquatableArray<WordDiffSegment>.Empty;
            _changes.Add(new FrameworkChange(area, target, subject, ChangeKind.GuidanceChanged, Verdict.Compatible, description, before, after, wording, DocumentationOnly));
        }

        private void Order<T>(ChangeArea area, string target, string subject, EquatableArray<T> before, EquatableArray<T> after, Func<T, string> key, Verdict verdict, string reason)
            where T : IEquatable<T>
        {
            var newKeys = new HashSet<string>(after.Select(key), StringComparer.Ordinal);
            var oldKeys = new HashSet<string>(before.Select(key), StringComparer.Ordinal);
            var oldOrder = before.Select(key).Where(newKeys.Contains).ToList();
            var newOrder = after.Select(key).Where(oldKeys.Contains).ToList();
            if (!oldOrder.SequenceEqual(newOrder, StringComparer.Ordinal))
            {
                Add(area, target, subject, ChangeKind.Reordered, verdict, "order changed", string.Join(", ", oldOrder), string.Join(", ", newOrder), reason);
            }
        }

        private void Add(ChangeArea area, string target, string subject, ChangeKind kind, Verdict verdict, string description, string? before, string? after, string reason) =>
            _changes.Add(new FrameworkChange(area, target, subject, kind, verdict, description, before, after, EquatableArray<WordDiffSegment>.Empty, reason));

        /// <summary>
        /// Pairs elements by key, in the new order, with each removed element placed just before the
        /// first surviving element that followed it in the old order (so it appears among its old
        /// neighbours), and removed elements after the last survivor at the end.
        /// </summary>
        private static IEnumerable<(T? Before, T? After)> Match<T>(EquatableArray<T> before, EquatableArray<T> after, Func<T, string> key)
            where T : class, IEquatable<T>
        {
            var newKeys = new HashSet<string>(after.Select(key), StringComparer.Ordinal);
            var oldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < before.Count; i++)
            {
                oldIndex[key(before[i])] = i;
            }

            var nextOld = 0;
            foreach (var item in after)
            {
                if (oldIndex.TryGetValue(key(item), out var index))
                {
                    for (; nextOld < index; nextOld++)
                    {
                        if (!newKeys.Contains(key(before[nextOld])))
                        {
                            yield return (before[nextOld], null);
                        }
                    }

                    nextOld = Math.Max(nextOld, index + 1);
                    yield return (before[index], item);
                }
                else
                {
                    yield return (null, item);
                }
            }

            for (; nextOld < before.Count; nextOld++)
            {
                if (!newKeys.Contains(key(before[nextOld])))
                {
                    yield return (before[nextOld], null);
                }
            }
        }

        /// <summary>
        /// <see cref="Match"/> for items, with renames: an item removed and an item added under the
        /// same parent with the same wording are paired (at the added one's place), first with first.
        /// </summary>
        private static IEnumerable<(T? Before, T? After)> MatchItems<T>(EquatableArray<T> before, EquatableArray<T> after, Func<T, string> key, Func<T, string> text)
            where T : class, IEquatable<T>
        {
            var pairs = Match(before, after, key).ToList();
            var renamedFrom = new Dictionary<T, T>(ReferenceEqualityComparer.Instance);
            var paired = new HashSet<T>(ReferenceEqualityComparer.Instance);
            foreach (var (removed, _) in pairs.Where(p => p.After is null))
            {
                var added = pairs.FirstOrDefault(p => p.Before is null && !renamedFrom.ContainsKey(p.After!) && text(p.After!) == text(removed!)).After;
                if (added is not null)
                {
                    renamedFrom[added] = removed!;
                    paired.Add(removed!);
                }
            }

            foreach (var (oldItem, newItem) in pairs)
            {
                if (oldItem is null && renamedFrom.TryGetValue(newItem!, out var original))
                {
                    yield return (original, newItem);
                }
                else if (newItem is not null || !paired.Contains(oldItem!))
                {
                    yield return (oldItem, newItem);
                }
            }
        }

        private static string Quote(string text) => "\"" + text + "\"";

        private static string Points(int points) => Plural(points, "point");

        // Dividing by 1.000... drops trailing zeros, so 65 and 65.0 print alike (they are equal values).
        private static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

        private static string Rounding(RoundingMode mode) => mode switch
        {
            RoundingMode.HalfUp => "half_up",
            RoundingMode.HalfEven => "half_even",
            RoundingMode.Down => "down",
            _ => "up",
        };
    }
}
