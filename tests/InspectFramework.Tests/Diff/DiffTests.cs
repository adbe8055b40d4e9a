using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Tooling.Diff;

namespace InspectFramework.Tests.Diff;

public sealed class DiffTests
{
    /// <summary>One crafted change: edits applied to <see cref="DiffSample.Base"/>, and what the diff must say.</summary>
    /// <remarks><paramref name="Reverse"/>: compare the edited sample (old) with the sample (new).</remarks>
    public sealed record Case(string Name, (string Find, string Replace)[] Edits, Verdict Verdict, ChangeKind Kind, ChangeArea Area, bool Reverse = false)
    {
        public (string Old, string New) Versions(string sample) => Reverse ? (Apply(sample), sample) : (sample, Apply(sample));

        public override string ToString() => Name;

        public string Apply(string text)
        {
            foreach (var (find, replace) in Edits)
            {
                Assert.True(text.Contains(find, StringComparison.Ordinal), $"{Name}: '{find}' not found in the sample.");
                text = text.Replace(find, replace, StringComparison.Ordinal);
            }

            return text;
        }
    }

    private static (string, string) E(string find, string replace) => (find, replace);

    private const string Prompts = """
              prompt (a) strengths "Does assessment focus on the child's strengths?"
              prompt (b) victims "Does assessment consider the wishes of victims?" when victim
        """;

    // Prompts (a) and (b) change places and letters.
    private static readonly string Swapped = string.Join("\n", Prompts.Split('\n').Take(2).Reverse()).Replace("(b) victims", "(a) victims").Replace("(a) strengths", "(b) strengths") + "\n";

    public static readonly Case[] Cases =
    {
        new("title and version", new[] { E("title \"Sample framework\"", "title \"Sample framework (revised)\""), E("version \"1\"", "version \"2\"") }, Verdict.Compatible, ChangeKind.HeaderChanged, ChangeArea.Header),
        new("framework renamed", new[] { E("framework sample {", "framework sample_2 {") }, Verdict.Compatible, ChangeKind.HeaderChanged, ChangeArea.Header),
        new("source added", new[] { E("source seed \"Seed report\"", "source seed \"Seed report\"\nsource other \"Another report\"") }, Verdict.Compatible, ChangeKind.Added, ChangeArea.Source),
        new("key question reworded", new[] { E("how to support the child's desistance?", "how to support desistance?") }, Verdict.Compatible, ChangeKind.Reworded, ChangeArea.KeyQuestion),
        new("statement reworded", new[] { E("for all children.", "for all children and young people.") }, Verdict.Compatible, ChangeKind.Reworded, ChangeArea.Standard),
        new("prompts swapped", new[] { E(Prompts, Swapped) }, Verdict.Compatible, ChangeKind.Reordered, ChangeArea.KeyQuestion),
        new("key questions swapped", new[] { E("\n    key question 2.1.2 others_safety \"Does assessment analyse how to keep other people safe?\" when harm\n", "\n"), E("    key question 2.1.1 desistance", "    key question 2.1.1 others_safety \"Does assessment analyse how to keep other people safe?\" when harm\n\n    key question 2.1.2 desistance") }, Verdict.Compatible, ChangeKind.Renumbered, ChangeArea.KeyQuestion),
        new("guidance added", new[] { E("rated by judgement\n", "rated by judgement\n    guidance \"Judged against the rating characteristics.\"\n") }, Verdict.Compatible, ChangeKind.GuidanceChanged, ChangeArea.Standard),
        new("provenance changed", new[] { E("provenance verbatim seed \"Annex 2\"", "provenance reconstructed seed \"narrative, section 2.1\"") }, Verdict.Compatible, ChangeKind.ProvenanceChanged, ChangeArea.KeyQuestion),
        new("condition rewritten, same cases", new[] { E("when concerns", "when victim or harm") }, Verdict.Compatible, ChangeKind.ApplicabilityChanged, ChangeArea.KeyQuestion),
        new("fact label reworded", new[] { E("\"There is an identifiable victim\"", "\"There is an identifiable victim of the offence\"") }, Verdict.Compatible, ChangeKind.Reworded, ChangeArea.Fact),
        new("enumeration value added", new[] { E("caution \"Caution\"", "caution \"Caution\",\n  youth_rehabilitation_order \"Youth rehabilitation order\"") }, Verdict.Compatible, ChangeKind.Added, ChangeArea.Fact),
        new("analysis fact added", new[] { E("for analysis\nfact concerns", "for analysis\nfact looked_after \"Looked after child\" boolean for analysis\nfact concerns") }, Verdict.Compatible, ChangeKind.Added, ChangeArea.Fact),
        new("case type added", new[] { E("case type out_of_court \"Out-of-court disposal\"", "case type out_of_court \"Out-of-court disposal\"\ncase type custody_only \"Custody\"") }, Verdict.Compatible, ChangeKind.Added, ChangeArea.CaseType),
        new("level relabelled", new[] { E("level good \"Good\"", "level good \"Good practice\"") }, Verdict.Compatible, ChangeKind.Reworded, ChangeArea.Scale),
        new("prompt added", new[] { E("when disposal in {custody}\n", "when disposal in {custody}\n      prompt (d) structural \"Does assessment analyse structural barriers?\"\n") }, Verdict.NeedsMigration, ChangeKind.Added, ChangeArea.Prompt),
        new("prompt removed", new[] { E("      prompt (c) custody \"Does resettlement planning start early?\" when disposal in {custody}\n", string.Empty) }, Verdict.NeedsMigration, ChangeKind.Removed, ChangeArea.Prompt),
        new("prompt applies more widely", new[] { E("when victim\n", "when victim or harm\n") }, Verdict.NeedsMigration, ChangeKind.ApplicabilityChanged, ChangeArea.Prompt),
        new("prompt applies more narrowly", new[] { E("when disposal in {custody}", "when disposal in {custody} and harm") }, Verdict.NeedsMigration, ChangeKind.ApplicabilityChanged, ChangeArea.Prompt),
        new("prompt now needs a rationale", new[] { E("strengths?\"\n", "strengths?\" {\n        rationale required\n      }\n") }, Verdict.NeedsMigration, ChangeKind.RationaleChanged, ChangeArea.Prompt),
        new("prompt answer type changed", new[] { E("strengths?\"\n", "strengths?\" {\n        answers text\n      }\n") }, Verdict.NeedsMigration, ChangeKind.AnswersChanged, ChangeArea.Prompt),
        new("key question added to a judged standard", new[] { E("answers text\n    }\n", "answers text\n    }\n\n    key question 1.1.2 culture \"Is there a learning culture?\" {\n      answers text\n    }\n") }, Verdict.NeedsMigration, ChangeKind.Added, ChangeArea.KeyQuestion),
        new("key question removed from a judged standard", new[] { E("answers text\n    }\n", "answers text\n    }\n\n    key question 1.1.2 culture \"Is there a learning culture?\" {\n      answers text\n    }\n") }, Verdict.NeedsMigration, ChangeKind.Removed, ChangeArea.KeyQuestion, Reverse: true),
        new("enumeration value removed", new[] { E(",\n  caution \"Caution\"", string.Empty) }, Verdict.NeedsMigration, ChangeKind.Removed, ChangeArea.Fact),
        new("recorded fact added", new[] { E("fact concerns \"Concerns were identified\" = harm or victim", "fact mappa \"Eligible for MAPPA\" boolean\nfact concerns \"Concerns were identified\" = harm or victim") }, Verdict.NeedsMigration, ChangeKind.Added, ChangeArea.Fact),
        new("fact removed", new[] { E("fact gender \"Gender\" one of { male \"Male\", female \"Female\" } for analysis\n", string.Empty) }, Verdict.NeedsMigration, ChangeKind.Removed, ChangeArea.Fact),
        new("fact type changed", new[] { E("fact sanctions \"Number of previous sanctions\" integer for analysis", "fact sanctions \"Number of previous sanctions\" boolean for analysis") }, Verdict.NeedsMigration, ChangeKind.FactTypeChanged, ChangeArea.Fact),
        new("case type removed", new[] { E("case type out_of_court \"Out-of-court disposal\"\n", string.Empty) }, Verdict.NeedsMigration, ChangeKind.Removed, ChangeArea.CaseType),
        new("derived fact rewritten, same meaning", new[] { E("= harm or victim", "= victim or harm") }, Verdict.Compatible, ChangeKind.DerivationChanged, ChangeArea.Fact),
        new("analysis marker removed", new[] { E("fact sanctions \"Number of previous sanctions\" integer for analysis", "fact sanctions \"Number of previous sanctions\" integer") }, Verdict.Compatible, ChangeKind.AnalysisMarkerChanged, ChangeArea.Fact),
        new("key question added to a computed standard", new[] { E(" when harm\n", " when harm\n\n    key question 2.1.3 child_safety \"Does assessment analyse how to keep the child safe?\"\n") }, Verdict.RatingsAffecting, ChangeKind.Added, ChangeArea.KeyQuestion),
        new("key question removed", new[] { E("\n    key question 2.1.2 others_safety \"Does assessment analyse how to keep other people safe?\" when harm\n", string.Empty) }, Verdict.RatingsAffecting, ChangeKind.Removed, ChangeArea.KeyQuestion),
        new("key question applicability changed", new[] { E("safe?\" when harm", "safe?\" when harm and victim") }, Verdict.RatingsAffecting, ChangeKind.ApplicabilityChanged, ChangeArea.KeyQuestion),
        new("derived fact redefined", new[] { E("= harm or victim", "= harm and victim") }, Verdict.RatingsAffecting, ChangeKind.ApplicabilityChanged, ChangeArea.KeyQuestion),
        new("key question answer type changed", new[] { E("      rationale required\n      prompt (a)", "      rationale required\n      answers yes_no_na\n      prompt (a)") }, Verdict.RatingsAffecting, ChangeKind.AnswersChanged, ChangeArea.KeyQuestion),
        new("domain takes another case type", new[] { E("for court {", "for court, out_of_court {") }, Verdict.RatingsAffecting, ChangeKind.ApplicabilityChanged, ChangeArea.Domain),
        new("band edge moved", new[] { E("requires_improvement 50% to  64%\n  good                 65% to 100%", "requires_improvement 50% to  69%\n  good                 70% to 100%") }, Verdict.RatingsAffecting, ChangeKind.BandsChanged, ChangeArea.BandTable),
        new("rounding changed", new[] { E("rounded half_up", "rounded down") }, Verdict.RatingsAffecting, ChangeKind.BandsChanged, ChangeArea.BandTable),
        new("points changed", new[] { E("level good \"Good\" points 2", "level good \"Good\" points 3"), E("good                 5 to 6", "good                 5 to 9") }, Verdict.RatingsAffecting, ChangeKind.PointsChanged, ChangeArea.Scale),
        new("discretion move added", new[] { E("allow requires_improvement -> good when within 5 points", "allow requires_improvement -> good when within 5 points\n  allow inadequate -> requires_improvement when within 5 points") }, Verdict.RatingsAffecting, ChangeKind.DiscretionChanged, ChangeArea.Standard),
        new("overall rule uses other bands", new[] { E("overall rated by total points in overall_bands", "bands overall_strict \"Strict overall bands\" {\n  of points\n  inadequate           0 to 2\n  requires_improvement 3 to 5\n  good                 6 to 6\n}\n\noverall rated by total points in overall_strict") }, Verdict.RatingsAffecting, ChangeKind.RatingRuleChanged, ChangeArea.Overall),
        new("standard rated by judgement instead", new[] { E("standard 2.2 planning \"Planning\" {\n    statement \"Planning is well-informed and personalised.\"\n    rated by lowest key question in kq", "standard 2.2 planning \"Planning\" {\n    statement \"Planning is well-informed and personalised.\"\n    rated by judgement") }, Verdict.RatingsAffecting, ChangeKind.RatingRuleChanged, ChangeArea.Standard),
        new("score added", new[] { E("score safety \"Safety\"\n", "score safety \"Safety\"\nscore desistance \"Desistance\" rounded half_up to 1 decimals\n"), E("  contributes to safety\n", "  contributes to safety, desistance\n") }, Verdict.RatingsAffecting, ChangeKind.Added, ChangeArea.Score),
        new("score removed", new[] { E("score safety \"Safety\"\n", "score safety \"Safety\"\nscore desistance \"Desistance\"\n"), E("      provenance verbatim seed \"Annex 2\"\n", "      provenance verbatim seed \"Annex 2\"\n      contributes to desistance\n") }, Verdict.RatingsAffecting, ChangeKind.Removed, ChangeArea.Score, Reverse: true),
        new("score relabelled", new[] { E("score safety \"Safety\"", "score safety \"Safety of other people\"") }, Verdict.Compatible, ChangeKind.Reworded, ChangeArea.Score),
        new("score rounding changed", new[] { E("score safety \"Safety\"", "score safety \"Safety\" rounded half_even to 1 decimals") }, Verdict.RatingsAffecting, ChangeKind.RoundingChanged, ChangeArea.Score),
        new("key questions stop contributing", new[] { E("  contributes to safety\n\n", string.Empty), E("    rated by lowest key question in kq\n\n    key question 2.2.1", "    rated by lowest key question in kq\n    contributes to safety\n\n    key question 2.2.1") }, Verdict.RatingsAffecting, ChangeKind.ContributionsChanged, ChangeArea.KeyQuestion),
        new("standard no longer rated", new[] { E("    statement \"Planning is well-informed and personalised.\"\n    rated by lowest key question in kq", "    statement \"Planning is well-informed and personalised.\"\n    not rated"), E("requires_improvement 2 to 4\n  good                 5 to 6", "requires_improvement 2 to 3\n  good                 4 to 4") }, Verdict.RatingsAffecting, ChangeKind.RatingRuleChanged, ChangeArea.Standard),
        new("key question renamed, same wording", new[] { E("key question 2.1.1 desistance \"", "key question 2.1.1 desistance_analysis \"") }, Verdict.NeedsMigration, ChangeKind.Renamed, ChangeArea.KeyQuestion),
        new("standard removed", new[] { E("\n  standard 2.2 planning \"Planning\" {\n    statement \"Planning is well-informed and personalised.\"\n    rated by lowest key question in kq\n\n    key question 2.2.1 desistance \"Does planning focus on desistance?\" when concerns\n  }\n", string.Empty), E("requires_improvement 2 to 4\n  good                 5 to 6", "requires_improvement 2 to 3\n  good                 4 to 4") }, Verdict.RatingsAffecting, ChangeKind.Removed, ChangeArea.Standard),
    };

    public static IEnumerable<object[]> CaseNames() => Cases.Select(c => new object[] { c.Name });

    private static string Sample => DiffSample.Base;

    private static FrameworkModel Model(string text, string path = "sample.inspect")
    {
        var compilation = FrameworkCompilation.Create(new SourceText(path, text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }

    [Fact]
    public void The_sample_is_canonically_formatted()
    {
        Assert.Equal(Sample + "\n", InspectFramework.Compiler.Formatting.FrameworkFormatter.Format(FrameworkCompilation.Create(new SourceText("s.inspect", Sample))).Text);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_kind_of_change_gets_its_verdict(string name)
    {
        var @case = Cases.Single(c => c.Name == name);
        var (before, after) = @case.Versions(Sample);
        var diff = FrameworkDiffer.Compare(Model(before), Model(after));
        Assert.Equal(@case.Verdict, diff.Verdict);
        Assert.Contains(diff.Changes, c => c.Kind == @case.Kind && c.Area == @case.Area);
    }

    [Fact]
    public void Crafted_changes_match_the_snapshot()
    {
        var builder = new StringBuilder();
        foreach (var @case in Cases)
        {
            var (before, after) = @case.Versions(Sample);
            var diff = FrameworkDiffer.Compare(Model(before), Model(after));
            builder.Append("==== ").Append(@case.Name).Append(" ====\n");
            // The head (identities, verdict, counts, the version warning, the legend) ends at the first blank line.
            var text = DiffRenderer.Render(diff, DiffFormat.Text);
            builder.Append(text.Substring(text.IndexOf("\n\n", StringComparison.Ordinal) + 1)).Append('\n');
        }

        Snapshot.Verify(builder.ToString(), "Crafted", "txt");
    }

    [Theory]
    [InlineData(DiffFormat.Text, "txt")]
    [InlineData(DiffFormat.Markdown, "md")]
    [InlineData(DiffFormat.Json, "json")]
    public void Several_changes_at_once_match_the_snapshot(DiffFormat format, string extension)
    {
        var names = new[] { "title and version", "key question reworded", "prompt applies more widely", "enumeration value removed", "band edge moved", "discretion move added", "key question removed" };
        var changed = Cases.Where(c => names.Contains(c.Name)).Aggregate(Sample, (text, c) => c.Apply(text));
        var diff = FrameworkDiffer.Compare(Model(Sample), Model(changed));
        Assert.Equal(Verdict.RatingsAffecting, diff.Verdict);
        Snapshot.Verify(DiffRenderer.Render(diff, format), "Several", extension);
    }

    [Fact]
    public void Json_escapes_what_json_requires_and_all_non_ASCII_text_as_lower_case_code_units()
    {
        var retitled = Sample.Replace("title \"Sample framework\"", "title \"\u00c9valuation d'ensemble \U0001F600 <x> & y+z\"", StringComparison.Ordinal);
        Assert.NotEqual(Sample, retitled);

        var json = DiffRenderer.Render(FrameworkDiffer.Compare(Model(Sample), Model(retitled)), DiffFormat.Json);

        // The form written since the first release, which tools compare byte for byte: é and the
        // emoji's two UTF-16 code units in lower-case hex; apostrophe, <, >, & and + as they are.
        Assert.Contains("\"new\": \"\\u00c9valuation d'ensemble \\ud83d\\ude00 <x> & y+z\"", json, StringComparison.Ordinal);
        Assert.True(json.All(c => c is '\n' or (>= ' ' and <= '~')), "The JSON is ASCII with \\n line ends.");
    }

    private static readonly string Youth2018 = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2018.inspect");
    private static readonly string Youth2019 = Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect");

    [Theory]
    [InlineData(DiffFormat.Text, "txt")]
    [InlineData(DiffFormat.Markdown, "md")]
    [InlineData(DiffFormat.Json, "json")]
    public void Bundled_youth_frameworks_differ_in_wording_only(DiffFormat format, string extension)
    {
        var diff = FrameworkDiffer.Compare(FrameworkSource.Compile(Youth2018).Model!, FrameworkSource.Compile(Youth2019).Model!);
        Assert.Equal(Verdict.Compatible, diff.Verdict);
        Assert.All(diff.Changes, c => Assert.Contains(c.Kind, new[] { ChangeKind.Reworded, ChangeKind.ProvenanceChanged, ChangeKind.HeaderChanged }));
        Assert.Contains(diff.Changes, c => c.Kind == ChangeKind.Reworded && c.Area == ChangeArea.KeyQuestion);
        Snapshot.Verify(DiffRenderer.Render(diff, format), "Youth2018To2019", extension);
    }

    [Fact]
    public void Layout_and_comments_alone_are_identical()
    {
        var relaidOut = "// a comment\n" + Sample.Replace("\n", "\n\n").Replace("  ", "    ");
        var diff = FrameworkDiffer.Compare(Model(Sample), Model(relaidOut));
        Assert.Equal(Verdict.Identical, diff.Verdict);
        Assert.Empty(diff.Changes);
    }

    [Fact]
    public void Contributions_written_on_each_key_question_instead_of_the_domain_are_identical()
    {
        var perQuestion = Sample
            .Replace("  contributes to safety\n\n", string.Empty, StringComparison.Ordinal)
            .Replace("      rationale required\n", "      rationale required\n      contributes to safety\n", StringComparison.Ordinal)
            .Replace(" when harm\n", " when harm {\n      contributes to safety\n    }\n", StringComparison.Ordinal)
            .Replace(" when concerns\n", " when concerns {\n      contributes to safety\n    }\n", StringComparison.Ordinal);
        Assert.NotEqual(Sample, perQuestion);
        var diff = FrameworkDiffer.Compare(Model(Sample), Model(perQuestion));
        Assert.Equal(Verdict.Identical, diff.Verdict);
    }

    [Fact]
    public void A_scale_and_overall_rule_added_to_a_framework_that_rated_nothing_are_reported()
    {
        const string Unrated = """
            framework pooled {
              title "Pooled"
              version "1"
              publisher "Test"
              effective 2020-01-01
            }

            score safety "Safety"

            case type court "Court disposal"

            domain 1 court_work "Court disposals" for court {
              contributes to safety

              standard 1.1 assessment "Assessment" {
                statement "Assessment is good."
                not rated

                key question 1.1.1 safe "Does assessment analyse safety?"
              }
            }
            """;
        var rated = Unrated
            .Replace("score safety", "scale rating \"Rating\" {\n  level poor \"Poor\" points 0\n  level good \"Good\" points 1\n}\n\nbands overall_bands \"Overall\" {\n  of points\n  poor 0 to 0\n  good 1 to 1\n}\n\noverall rated by total points in overall_bands\n\nscore safety", StringComparison.Ordinal)
            .Replace("not rated", "rated by judgement", StringComparison.Ordinal);
        var diff = FrameworkDiffer.Compare(Model(Unrated), Model(rated));
        Assert.Equal(Verdict.RatingsAffecting, diff.Verdict);
        Assert.Contains(diff.Changes, c => c.Area == ChangeArea.Scale && c.Kind == ChangeKind.Added);
        Assert.Contains(diff.Changes, c => c.Area == ChangeArea.Overall && c.Kind == ChangeKind.Added && c.New == "total points in overall_bands");
        Assert.Contains(diff.Changes, c => c.Area == ChangeArea.Standard && c.Kind == ChangeKind.RatingRuleChanged && c.Old == "not rated" && c.New == "rated by judgement");

        var back = FrameworkDiffer.Compare(Model(rated), Model(Unrated));
        Assert.Contains(back.Changes, c => c.Area == ChangeArea.Scale && c.Kind == ChangeKind.Removed);
        Assert.Contains(back.Changes, c => c.Area == ChangeArea.Overall && c.Kind == ChangeKind.Removed);
    }

    [Fact]
    public void A_framework_compared_with_itself_is_identical()
    {
        var model = FrameworkSource.Compile(Youth2019).Model!;
        Assert.Equal(Verdict.Identical, FrameworkDiffer.Compare(model, model).Verdict);
    }

    [Fact]
    public void Discretion_changed_for_every_standard_is_reported_once()
    {
        var @case = Cases.Single(c => c.Name == "discretion move added");
        var diff = FrameworkDiffer.Compare(Model(Sample), Model(@case.Apply(Sample)));
        var change = Assert.Single(diff.Changes);
        Assert.Equal("discretion of standards 2.1, 2.2", change.Subject);
    }

    [Fact]
    public void A_rewording_shows_the_words_that_changed()
    {
        var segments = WordDiff.Compute("supporting the child or young person's desistance", "supporting the child's desistance");
        Assert.Equal("supporting the child [-or young person-]'s desistance", WordDiff.ToText(segments));
        Assert.Equal("[-YOS-]{+YOT+} staff", WordDiff.ToText(WordDiff.Compute("YOS staff", "YOT staff")));
        // Two shortest word diffs exist here; the one with fewer pieces reads better, and is the one written.
        Assert.Equal(
            "Does [-the implementation and-]{+service+} delivery [-of services effectively-] support the child",
            WordDiff.ToText(WordDiff.Compute("Does the implementation and delivery of services effectively support the child", "Does service delivery support the child")));
        Assert.Equal("the ~~young~~ child", WordDiff.ToMarkdown(WordDiff.Compute("the young", "the child").Where(s => s.Operation != DiffOperation.Added), s => s) + " child");
    }

    [Fact]
    public void A_renamed_item_with_the_same_wording_is_one_rename_with_its_migration_note()
    {
        var @case = Cases.Single(c => c.Name == "key question renamed, same wording");
        var diff = FrameworkDiffer.Compare(Model(Sample), Model(@case.Apply(Sample)));

        // Not removed and added: one rename, its prompts (whose paths move with it) not repeated.
        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Renamed, change.Kind);
        Assert.Equal("key question 2.1.1 desistance_analysis", change.Subject);
        Assert.Equal("renamed from desistance (same wording)", change.Description);
        Assert.Equal(("court_work.assessment.desistance", "court_work.assessment.desistance_analysis"), (change.Old, change.New));
        Assert.Equal(
            "Migration: case data records answers by item path; in data recorded under the old version, rename the answer 'court_work.assessment.desistance' to 'court_work.assessment.desistance_analysis'.",
            change.Reason);

        // Renamed and reworded at once is not the same item as far as the diff can tell.
        var reworded = @case.Apply(Sample).Replace("how to support the child's desistance?", "how to support desistance?", StringComparison.Ordinal);
        var kinds = FrameworkDiffer.Compare(Model(Sample), Model(reworded)).Changes.Where(c => c.Area == ChangeArea.KeyQuestion).Select(c => c.Kind).ToList();
        Assert.Equal(new[] { ChangeKind.Removed, ChangeKind.Added }, kinds.Where(k => k != ChangeKind.Reordered).OrderByDescending(k => k == ChangeKind.Removed));
    }

    [Fact]
    public void Applicability_changes_read_as_the_standards_document_writes_them()
    {
        var wider = Cases.Single(c => c.Name == "prompt applies more widely");
        var change = Assert.Single(FrameworkDiffer.Compare(Model(Sample), Model(wider.Apply(Sample))).Changes);
        Assert.Equal("Applies only to court disposal cases where there is an identifiable victim.", change.Old);
        Assert.Equal("Applies only to court disposal cases where there is an identifiable victim or there are factors related to harm.", change.New);

        // A redefined derived fact is read out with its definition in each version.
        var redefined = Cases.Single(c => c.Name == "derived fact redefined");
        var question = FrameworkDiffer.Compare(Model(Sample), Model(redefined.Apply(Sample))).Changes.First(c => c.Area == ChangeArea.KeyQuestion);
        Assert.Equal("Applies only to court disposal cases where concerns were identified. (Concerns were identified: yes where there are factors related to harm or there is an identifiable victim.)", question.Old);
        Assert.Equal("Applies only to court disposal cases where concerns were identified. (Concerns were identified: yes where there are factors related to harm and there is an identifiable victim.)", question.New);
        Assert.DoesNotContain("when ", DiffRenderer.Render(FrameworkDiffer.Compare(Model(Sample), Model(redefined.Apply(Sample))), DiffFormat.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_edit_in_several_items_is_summarised_once()
    {
        var edited = Sample.Replace("the child's", "the young person's", StringComparison.Ordinal).Replace("for all children.", "for all.", StringComparison.Ordinal);
        var diff = FrameworkDiffer.Compare(Model(Sample), Model(edited));
        Assert.Equal(2, diff.Changes.Count(c => c.Wording.Any(w => w.Text.Contains("young person", StringComparison.Ordinal))));

        // Two items share an edit; the third edit is in one item only, so it is no summary.
        Assert.Equal(new[] { new RepeatedEdit("child", "young person", 2) }, RepeatedEdits.Find(diff.Changes));
        var text = DiffRenderer.Render(diff, DiffFormat.Text);
        Assert.Contains("\nRepeated edits\n  'child' -> 'young person' in 2 items\n", text, StringComparison.Ordinal);
        Assert.Contains("\nWord changes are shown as [-removed words-]{+added words+}.\n", text, StringComparison.Ordinal);

        // A removal is named with the word before it.
        var removal = Sample.Replace("the child's", "the child or young person's", StringComparison.Ordinal);
        Assert.Equal(
            new[] { new RepeatedEdit("child", "child or young person", 2) },
            RepeatedEdits.Find(FrameworkDiffer.Compare(Model(Sample), Model(removal)).Changes));
    }

    [Fact]
    public void Only_lists_the_chosen_kinds_of_change_but_keeps_the_verdict_and_counts_of_the_whole_diff()
    {
        var names = new[] { "title and version", "key question reworded", "prompt applies more widely", "provenance changed", "band edge moved" };
        var changed = Cases.Where(c => names.Contains(c.Name)).Aggregate(Sample, (text, c) => c.Apply(text));
        var diff = FrameworkDiffer.Compare(Model(Sample), Model(changed));
        var wording = diff.Changes.Count(c => c.Category == ChangeCategory.Wording);
        Assert.True(wording >= 2 && wording < diff.Changes.Count);

        var text = DiffRenderer.Render(diff, DiffFormat.Text, new[] { ChangeCategory.Wording });
        Assert.Contains("verdict: ratings-affecting", text, StringComparison.Ordinal);
        Assert.Contains($"\nshowing {wording} of {diff.Changes.Count} change(s): wording only\n", text, StringComparison.Ordinal);
        Assert.Contains("how to support [-the child's-] desistance?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("band changed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("provenance changed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("applicability", text, StringComparison.Ordinal);

        var json = System.Text.Json.JsonDocument.Parse(DiffRenderer.Render(diff, DiffFormat.Json, new[] { ChangeCategory.Provenance, ChangeCategory.Applicability }));
        var categories = json.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("category").GetString()).ToList();
        Assert.Equal(new[] { "applicability", "provenance" }, categories.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("ratingsAffecting", json.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Content_changed_without_a_new_version_is_warned_about()
    {
        var reworded = Cases.Single(c => c.Name == "key question reworded").Apply(Sample);
        var diff = FrameworkDiffer.Compare(Model(Sample), Model(reworded));
        Assert.True(diff.VersionUnchanged);
        Assert.Contains("\nwarning: the content changed but the version did not (both 1): raise 'version' in the new file", DiffRenderer.Render(diff, DiffFormat.Text), StringComparison.Ordinal);
        Assert.Contains("**Warning:** the content changed", DiffRenderer.Render(diff, DiffFormat.Markdown), StringComparison.Ordinal);
        var warnings = System.Text.Json.JsonDocument.Parse(DiffRenderer.Render(diff, DiffFormat.Json)).RootElement.GetProperty("warnings");
        Assert.Equal(1, warnings.GetArrayLength());

        var versioned = Cases.Single(c => c.Name == "title and version").Apply(reworded);
        var bumped = FrameworkDiffer.Compare(Model(Sample), Model(versioned));
        Assert.False(bumped.VersionUnchanged);
        Assert.DoesNotContain("warning:", DiffRenderer.Render(bumped, DiffFormat.Text), StringComparison.Ordinal);
        Assert.False(FrameworkDiffer.Compare(Model(Sample), Model(Sample)).VersionUnchanged);
    }

    [Fact]
    public void Every_change_kind_and_area_is_covered_by_a_crafted_case()
    {
        var covered = Cases.Select(c => c.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<ChangeKind>(), Enum.GetValues<ChangeKind>().Where(covered.Contains));
        var areas = Cases.Select(c => c.Area).ToHashSet();
        Assert.Equal(Enum.GetValues<ChangeArea>(), Enum.GetValues<ChangeArea>().Where(areas.Contains));
    }
}
