using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Reports;

namespace InspectFramework.Tooling.Diff;

public enum DiffFormat
{
    Text,
    Markdown,
    Json,
}

/// <summary>Writes a <see cref="FrameworkDiff"/> for people (text, Markdown for pull requests) or for tools (JSON).</summary>
public static class DiffRenderer
{
    private const int VerdictWidth = 19;

    public static string Render(FrameworkDiff diff, DiffFormat format) => Render(diff, format, null);

    /// <param name="only">The categories of change to list (<c>--only</c>), or null for all. The verdict,
    /// the counts and the exit code are always those of the whole diff, so a filter never hides what
    /// gates a change.</param>
    public static string Render(FrameworkDiff diff, DiffFormat format, IReadOnlyCollection<ChangeCategory>? only)
    {
        var shown = only is null ? diff.Changes.ToList() : diff.Changes.Where(c => only.Contains(c.Category)).ToList();
        var view = new View(diff, shown, only, RepeatedEdits.Find(shown));
        return format switch
        {
            DiffFormat.Markdown => Markdown(view),
            DiffFormat.Json => Json(view),
            _ => Text(view),
        };
    }

    /// <summary>The category as written on the command line and in JSON: wording, rules, applicability, provenance.</summary>
    public static string Key(ChangeCategory category) => Camel(category.ToString());

    private sealed record View(FrameworkDiff Diff, IReadOnlyList<FrameworkChange> Shown, IReadOnlyCollection<ChangeCategory>? Only, IReadOnlyList<RepeatedEdit> Repeated)
    {
        public string? Filter => Only is null
            ? null
            : $"showing {Shown.Count} of {Diff.Changes.Count} change(s): {string.Join(", ", Enum.GetValues<ChangeCategory>().Where(Only.Contains).Select(Key))} only";
    }

    /// <summary>The warning when the content changed but the version did not.</summary>
    public static string VersionWarning(FrameworkDiff diff) =>
        $"the content changed but the version did not (both {diff.New.Version}): raise 'version' in the new file, so that case data and generated code stamped with the version can tell the two apart.";

    private const string Legend = "Word changes are shown as [-removed words-]{+added words+}.";

    /// <summary>The verdict as written in every format: "identical", "compatible", "needs migration", "ratings-affecting".</summary>
    public static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Identical => "identical",
        Verdict.Compatible => "compatible",
        Verdict.NeedsMigration => "needs migration",
        _ => "ratings-affecting",
    };

    /// <summary>What the verdict means for case data already collected.</summary>
    public static string Meaning(Verdict verdict) => verdict switch
    {
        Verdict.Identical => "the two versions have the same content.",
        Verdict.Compatible => "case data collected under the old version scores to the same ratings under the new one, unchanged.",
        Verdict.NeedsMigration => "case data collected under the old version must be completed or cleaned before it can be scored under the new one.",
        _ => "the rating or scoring rules changed: the same answers can give different ratings or scores under the new version.",
    };

    // Sections in the order of the framework file.
    private static string Section(ChangeArea area) => area switch
    {
        ChangeArea.Header => "Header",
        ChangeArea.Source => "Sources",
        ChangeArea.Scale or ChangeArea.BandTable or ChangeArea.Overall => "Rating scale and rules",
        ChangeArea.Score => "Pooled scores",
        ChangeArea.CaseType or ChangeArea.Fact => "Case types and facts",
        _ => "Domains, standards, key questions and prompts",
    };

    private static IEnumerable<IGrouping<string, FrameworkChange>> Sections(View view) =>
        view.Shown.GroupBy(c => Section(c.Area));

    private static string Counts(FrameworkDiff diff) =>
        $"{diff.Changes.Count} change(s): {diff.Count(Verdict.Compatible)} compatible, {diff.Count(Verdict.NeedsMigration)} needing migration, {diff.Count(Verdict.RatingsAffecting)} affecting ratings";

    // ---- text -----------------------------------------------------------------------------------

    private static string Text(View view)
    {
        var diff = view.Diff;
        var builder = new StringBuilder();
        builder.Append("old: ").Append(OneLine(diff.Old.ToString())).Append('\n');
        builder.Append("new: ").Append(OneLine(diff.New.ToString())).Append('\n');
        builder.Append("verdict: ").Append(Label(diff.Verdict)).Append(" - ").Append(Meaning(diff.Verdict)).Append('\n');
        builder.Append(Counts(diff)).Append('\n');
        if (diff.VersionUnchanged)
        {
            builder.Append("warning: ").Append(OneLine(VersionWarning(diff))).Append('\n');
        }

        if (view.Filter is { } filter)
        {
            builder.Append(filter).Append('\n');
        }

        if (view.Shown.Any(c => c.Wording.Count > 0))
        {
            builder.Append(Legend).Append('\n');
        }

        if (view.Repeated.Count > 0)
        {
            builder.Append("\nRepeated edits\n");
            foreach (var edit in view.Repeated)
            {
                builder.Append("  ").Append(OneLine(RepeatedText(edit))).Append('\n');
            }
        }

        foreach (var section in Sections(view))
        {
            builder.Append('\n').Append(section.Key).Append('\n');
            foreach (var change in section)
            {
                builder.Append("  ").Append(Label(change.Verdict).PadRight(VerdictWidth)).Append(OneLine($"{change.Subject}: {change.Description}")).Append('\n');
                var indent = new string(' ', 2 + VerdictWidth);
                if (change.Wording.Count > 0)
                {
                    builder.Append(indent).Append(OneLine(WordDiff.ToText(change.Wording))).Append('\n');
                }
                else
                {
                    if (change.Old is not null)
                    {
                        builder.Append(indent).Append("old: ").Append(OneLine(change.Old)).Append('\n');
                    }

                    if (change.New is not null)
                    {
                        builder.Append(indent).Append("new: ").Append(OneLine(change.New)).Append('\n');
                    }
                }

                if (change.Verdict > Verdict.Compatible)
                {
                    builder.Append(indent).Append("why: ").Append(OneLine(change.Reason)).Append('\n');
                }
            }
        }

        return builder.ToString();
    }

    private static string RepeatedText(RepeatedEdit edit) => $"'{edit.Old}' -> '{edit.New}' in {edit.Items} items";

    // Text values may hold line breaks (\n in the framework) or terminal controls; each change stays on its own lines.
    private static string OneLine(string value) => DisplayText.OneLine(value);

    // ---- Markdown -------------------------------------------------------------------------------

    private static string Markdown(View view)
    {
        var diff = view.Diff;
        var builder = new StringBuilder();
        builder.Append("# Framework changes: ").Append(Escape($"{diff.Old.Name} {diff.Old.Version}")).Append(" → ").Append(Escape($"{diff.New.Name} {diff.New.Version}")).Append("\n\n");
        builder.Append("**Verdict: ").Append(Label(diff.Verdict)).Append("**: ").Append(Escape(Meaning(diff.Verdict))).Append("\n\n");
        builder.Append("| | old | new |\n| --- | --- | --- |\n");
        builder.Append("| framework | ").Append(Code(diff.Old.Name)).Append(" | ").Append(Code(diff.New.Name)).Append(" |\n");
        builder.Append("| version | ").Append(Escape(diff.Old.Version)).Append(" | ").Append(Escape(diff.New.Version)).Append(" |\n");
        builder.Append("| content hash | ").Append(Code(diff.Old.ContentHash)).Append(" | ").Append(Code(diff.New.ContentHash)).Append(" |\n\n");
        builder.Append("| verdict | changes |\n| --- | ---: |\n");
        foreach (var verdict in new[] { Verdict.RatingsAffecting, Verdict.NeedsMigration, Verdict.Compatible })
        {
            builder.Append("| ").Append(Label(verdict)).Append(" | ").Append(diff.Count(verdict)).Append(" |\n");
        }

        if (diff.VersionUnchanged)
        {
            builder.Append("\n**Warning:** ").Append(Escape(VersionWarning(diff))).Append('\n');
        }

        if (view.Filter is { } filter)
        {
            builder.Append('\n').Append(Escape(char.ToUpperInvariant(filter[0]) + filter.Substring(1))).Append(".\n");
        }

        if (view.Shown.Any(c => c.Wording.Count > 0))
        {
            builder.Append("\nWord changes are shown as ~~removed words~~ **added words**.\n");
        }

        if (view.Repeated.Count > 0)
        {
            builder.Append("\n## Repeated edits\n\n");
            foreach (var edit in view.Repeated)
            {
                builder.Append("- ").Append(Code(edit.Old)).Append(" → ").Append(Code(edit.New)).Append(" in ").Append(edit.Items).Append(" items\n");
            }
        }

        foreach (var section in Sections(view))
        {
            builder.Append("\n## ").Append(section.Key).Append("\n\n");
            foreach (var change in section)
            {
                builder.Append("- **").Append(Label(change.Verdict)).Append("** ").Append(Escape(change.Subject)).Append(": ").Append(Escape(change.Description));
                if (change.Wording.Count > 0)
                {
                    builder.Append("<br>\n  ").Append(WordDiff.ToMarkdown(change.Wording, Escape));
                }
                else if (change.Kind == ChangeKind.ApplicabilityChanged && change.Old is not null && change.New is not null)
                {
                    // Sentences, as the standards document writes them, not code.
                    builder.Append("<br>\n  was: ").Append(Escape(change.Old)).Append("<br>\n  now: ").Append(Escape(change.New));
                }
                else if (change.Old is not null && change.New is not null)
                {
                    builder.Append("<br>\n  ").Append(Code(change.Old)).Append(" → ").Append(Code(change.New));
                }
                else if ((change.Old ?? change.New) is { } value)
                {
                    builder.Append("<br>\n  ").Append(Code(value));
                }

                if (change.Verdict > Verdict.Compatible)
                {
                    builder.Append("<br>\n  _").Append(Escape(change.Reason)).Append('_');
                }

                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string Escape(string text) => MarkdownText.Escape(text);

    // A code span long enough to hold any backticks in the value; pipes are escaped for tables.
    private static string Code(string value)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in value)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var content = OneLine(value).Replace("|", "\\|");
        var pad = content.StartsWith("`", StringComparison.Ordinal) || content.EndsWith("`", StringComparison.Ordinal) ? " " : string.Empty;
        return fence + pad + content + pad + fence;
    }

    // ---- JSON -----------------------------------------------------------------------------------

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = AsciiJsonEncoder.Instance,
    };

    private static string Json(View view)
    {
        var diff = view.Diff;
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            Identity(json, "old", diff.Old);
            Identity(json, "new", diff.New);
            json.WriteString("verdict", Key(diff.Verdict));
            json.WriteStartObject("counts");
            json.WriteNumber("compatible", diff.Count(Verdict.Compatible));
            json.WriteNumber("needsMigration", diff.Count(Verdict.NeedsMigration));
            json.WriteNumber("ratingsAffecting", diff.Count(Verdict.RatingsAffecting));
            json.WriteEndObject();
            json.WriteStartArray("warnings");
            if (diff.VersionUnchanged)
            {
                json.WriteStringValue(VersionWarning(diff));
            }

            json.WriteEndArray();
            if (view.Only is { } only)
            {
                json.WriteStartArray("only");
                foreach (var category in Enum.GetValues<ChangeCategory>().Where(only.Contains))
                {
                    json.WriteStringValue(Key(category));
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("repeatedEdits");
            foreach (var edit in view.Repeated)
            {
                json.WriteStartObject();
                json.WriteString("old", edit.Old);
                json.WriteString("new", edit.New);
                json.WriteNumber("items", edit.Items);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("changes");
            foreach (var change in view.Shown)
            {
                json.WriteStartObject();
                json.WriteString("verdict", Key(change.Verdict));
                json.WriteString("category", Key(change.Category));
                json.WriteString("area", Camel(change.Area.ToString()));
                json.WriteString("kind", Camel(change.Kind.ToString()));
                json.WriteString("target", change.Target);
                json.WriteString("subject", change.Subject);
                json.WriteString("description", change.Description);
                json.WriteString("old", change.Old);
                json.WriteString("new", change.New);
                json.WriteString("wordDiff", change.Wording.Count > 0 ? WordDiff.ToText(change.Wording) : null);
                json.WriteString("reason", change.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Identity(Utf8JsonWriter json, string name, FrameworkIdentity identity)
    {
        json.WriteStartObject(name);
        json.WriteString("name", identity.Name);
        json.WriteString("version", identity.Version);
        json.WriteString("contentHash", identity.ContentHash);
        json.WriteEndObject();
    }

    /// <summary>The verdict as a JSON value: identical, compatible, needsMigration, ratingsAffecting.</summary>
    public static string Key(Verdict verdict) => Camel(verdict.ToString());

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
