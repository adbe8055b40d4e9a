using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Runtime;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// The JSON Schema (draft 2020-12) of one framework's inspection data files, generated from the
/// model: its case types, facts with their members, every key question and prompt path with the
/// answers it takes, its standards and rating levels, and the framework stamp the data must carry.
/// Editors use it to complete and check files; the reader applies the same rules and more (which
/// items apply to which case, rationale where required).
/// </summary>
public static class CaseDataSchema
{
    public static string Generate(ScoringPlan plan)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ToolingJson.WriterOptions()))
        {
            Write(json, plan);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    // A shared value set is one definition that each of its facts refers to; the prefix keeps its
    // name apart from the schema's own definitions ("case", "rating", ...).
    private static string ValueSetDefinition(string set) => "values." + set;

    /// <summary>
    /// For each case type, the values its cases may have of each fact whose values are tied to case
    /// types (<c>for court</c>): <c>if</c> the case type is this one, <c>then</c> the fact is one of those
    /// values (or null, recording nothing). Nothing is written for a framework without such facts.
    /// </summary>
    private static void CaseTypedValues(Utf8JsonWriter json, ScoringPlan plan)
    {
        var facts = plan.Facts.Where(f => f.HasCaseTypedValues && !f.IsDerived).ToList();
        if (facts.Count == 0)
        {
            return;
        }

        json.WriteStartArray("allOf");
        for (var caseType = 0; caseType < plan.CaseTypes.Length; caseType++)
        {
            json.WriteStartObject();
            json.WriteStartObject("if");
            json.WriteStartArray("required");
            json.WriteStringValue("case_type");
            json.WriteEndArray();
            json.WriteStartObject("properties");
            Constant(json, "case_type", plan.CaseTypes[caseType]);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("then");
            json.WriteStartObject("properties");
            json.WriteStartObject("facts");
            json.WriteStartObject("properties");
            foreach (var fact in facts)
            {
                json.WriteStartObject(fact.Name);
                json.WriteString("description", $"The values of '{fact.Name}' a case of type '{plan.CaseTypes[caseType]}' may have.");
                json.WriteStartArray("enum");
                foreach (var member in fact.MembersFor(caseType))
                {
                    json.WriteStringValue(member);
                }

                json.WriteNullValue();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter json, ScoringPlan plan)
    {
        var model = plan.Model;
        json.WriteStartObject();
        json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        json.WriteString("title", $"Inspection data: {model.Title}");
        json.WriteString("description", $"Cases, judgements and discretion decisions recorded under framework {model.Name} version {model.Version} ({model.ContentHash}). Format: docs/case-data.md.");
        json.WriteString("type", "object");
        WriteStrings(json, "required", "format", "inspection");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");

        json.WriteStartObject("$schema");
        json.WriteString("description", "Where editors find this schema (the file inspect schema writes); it does not change the data.");
        json.WriteString("type", "string");
        json.WriteEndObject();

        json.WriteStartObject("format");
        json.WriteString("const", JsonInspectionReader.FormatName);
        json.WriteEndObject();

        json.WriteStartObject("inspection");
        json.WriteString("type", "object");
        WriteStrings(json, "required", "service", "framework");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        NonEmptyString(json, "service", "The inspected service");
        NonEmptyString(json, "inspectorate", "The inspectorate");
        Reference(json, "fieldwork_started", "date", "When fieldwork started");
        Reference(json, "fieldwork_ended", "date", "When fieldwork ended");
        Reference(json, "published", "date", "When the report was published");
        json.WriteStartObject("framework");
        json.WriteString("description", "The framework the data was recorded under; data is scored only against exactly this framework.");
        json.WriteString("type", "object");
        WriteStrings(json, "required", "name", "version", "content_hash");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        Constant(json, "name", model.Name);
        Constant(json, "version", model.Version);
        Constant(json, "content_hash", model.ContentHash);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        ArrayOf(json, "judgements", "judgement", "Ratings recorded by inspectors for the standards rated by judgement.");
        ArrayOf(json, "discretion", "discretion", "Professional discretion decisions of the ratings panel.");
        ArrayOf(json, "ratings", "rating_of_standard", "The final rating of every standard rated from its key questions, for an inspection scored from ratings alone, without cases (docs/case-data.md).");
        json.WriteStartObject("case_files");
        json.WriteString("description", "CSV files of further cases, relative to this file (docs/case-data.md).");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
        json.WriteEndObject();
        json.WriteEndObject();
        ArrayOf(json, "cases", "case", "The inspected cases.");
        json.WriteEndObject();

        // Scored from ratings alone: no cases, case files or discretion beside the ratings.
        json.WriteStartObject("dependentSchemas");
        json.WriteStartObject("ratings");
        json.WriteStartObject("properties");
        foreach (var excluded in new[] { "cases", "case_files", "discretion" })
        {
            json.WriteStartObject(excluded);
            json.WriteNumber("maxItems", 0);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("$defs");
        json.WriteStartObject("date");
        json.WriteString("type", "string");
        json.WriteString("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$");
        json.WriteEndObject();

        json.WriteStartObject("rating");
        json.WriteStartArray("oneOf");
        foreach (var level in plan.Levels)
        {
            json.WriteStartObject();
            json.WriteString("const", level.Name);
            json.WriteString("title", level.Label);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        Decision(json, "judgement", plan, StandardRatingKind.Judgement);
        Decision(json, "discretion", plan, StandardRatingKind.LowestKeyQuestion);
        Decision(json, "rating_of_standard", plan, StandardRatingKind.LowestKeyQuestion, discretionOnly: false);

        json.WriteStartObject("case");
        json.WriteString("type", "object");
        WriteStrings(json, "required", "id", "case_type");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        NonEmptyString(json, "id", "Unique within the inspection");
        json.WriteStartObject("case_type");
        json.WriteStartArray("oneOf");
        for (var i = 0; i < plan.CaseTypes.Length; i++)
        {
            json.WriteStartObject();
            json.WriteString("const", plan.CaseTypes[i]);
            json.WriteString("title", plan.CaseTypeLabels[i]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        Reference(json, "facts", "facts", null);
        Reference(json, "answers", "answers", null);
        json.WriteEndObject();
        CaseTypedValues(json, plan);
        json.WriteEndObject();

        json.WriteStartObject("facts");
        json.WriteString("description", "Recorded facts (derived facts are computed and cannot be recorded). A fact that decides whether an item applies must be recorded; null records nothing.");
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var fact in plan.Facts.Where(f => !f.IsDerived))
        {
            json.WriteStartObject(fact.Name);
            json.WriteString("title", fact.Label);
            switch (fact.Kind)
            {
                case FactKind.Boolean:
                    WriteStrings(json, "type", "boolean", "null");
                    break;
                case FactKind.Integer:
                    WriteStrings(json, "type", "integer", "null");
                    json.WriteNumber("minimum", 0);
                    json.WriteNumber("maximum", int.MaxValue);
                    break;
                default:
                    json.WriteStartArray("oneOf");
                    if (fact.ValueSet is { } valueSet)
                    {
                        json.WriteStartObject();
                        json.WriteString("$ref", "#/$defs/" + ValueSetDefinition(valueSet));
                        json.WriteEndObject();
                        json.WriteStartObject();
                        json.WriteString("type", "null");
                        json.WriteEndObject();
                        json.WriteEndArray();
                        break;
                    }

                    for (var i = 0; i < fact.Members.Length; i++)
                    {
                        json.WriteStartObject();
                        json.WriteString("const", fact.Members[i]);
                        json.WriteString("title", fact.MemberLabels[i]);
                        json.WriteEndObject();
                    }

                    json.WriteStartObject();
                    json.WriteString("type", "null");
                    json.WriteEndObject();
                    json.WriteEndArray();
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("answers");
        json.WriteString("description", "Answers by item path (domain.standard.key_question[.prompt]). Answer exactly the items that apply to the case; give a rationale where the item requires one.");
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var item in plan.Items)
        {
            json.WriteStartObject(item.Path);
            json.WriteString("title", $"{item.Number} {item.Text}");
            if (item.RationaleRequired)
            {
                json.WriteString("description", "A rationale is required with the answer.");
            }

            json.WriteString("$ref", "#/$defs/" + AnswerDefinition(item.Answers));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();

        foreach (var set in model.ValueSets)
        {
            json.WriteStartObject(ValueSetDefinition(set.Name));
            json.WriteString("title", set.Label);
            json.WriteStartArray("oneOf");
            foreach (var member in set.Members)
            {
                json.WriteStartObject();
                json.WriteString("const", member.Name);
                json.WriteString("title", member.Label);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        AnswerType(json, "yes_no", AnswerKind.YesNo);
        AnswerType(json, "yes_no_na", AnswerKind.YesNoNotApplicable);
        AnswerType(json, "text", AnswerKind.Text);
        AnswerType(json, "number", AnswerKind.Number);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string AnswerDefinition(AnswerKind kind) => kind switch
    {
        AnswerKind.YesNo => "yes_no",
        AnswerKind.YesNoNotApplicable => "yes_no_na",
        AnswerKind.Text => "text",
        _ => "number",
    };

    private static void AnswerType(Utf8JsonWriter json, string name, AnswerKind kind)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("oneOf");
        WriteValue(json, kind);
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        json.WriteStartObject("answer");
        WriteValueInline(json, kind);
        json.WriteEndObject();
        json.WriteStartObject("rationale");
        WriteStrings(json, "type", "string", "null");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, AnswerKind kind)
    {
        json.WriteStartObject();
        WriteValueInline(json, kind);
        json.WriteEndObject();
    }

    private static void WriteValueInline(Utf8JsonWriter json, AnswerKind kind)
    {
        switch (kind)
        {
            case AnswerKind.YesNo:
                json.WriteStartArray("enum");
                json.WriteStringValue("yes");
                json.WriteStringValue("no");
                json.WriteNullValue();
                json.WriteEndArray();
                break;
            case AnswerKind.YesNoNotApplicable:
                json.WriteStartArray("enum");
                json.WriteStringValue("yes");
                json.WriteStringValue("no");
                json.WriteStringValue("not_applicable");
                json.WriteNullValue();
                json.WriteEndArray();
                break;
            case AnswerKind.Text:
                WriteStrings(json, "type", "string", "null");
                break;
            default:
                WriteStrings(json, "type", "number", "null");
                break;
        }
    }

    private static void Decision(Utf8JsonWriter json, string name, ScoringPlan plan, StandardRatingKind kind, bool discretionOnly = true)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "object");
        WriteStrings(json, "required", "standard", "rating");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        var standards = plan.Standards.Where(s => s.Kind == kind && (kind == StandardRatingKind.Judgement || !discretionOnly || s.Discretion is { Moves.IsDefaultOrEmpty: false })).ToList();
        if (standards.Count == 0)
        {
            // No standard takes such a decision: the schema accepts none.
            json.WriteBoolean("standard", false);
        }
        else
        {
            json.WriteStartObject("standard");
            json.WriteStartArray("oneOf");
            foreach (var standard in standards)
            {
                json.WriteStartObject();
                json.WriteString("const", standard.Path);
                json.WriteString("title", $"{standard.Number} {standard.Text}");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        Reference(json, "rating", "rating", null);
        json.WriteStartObject("rationale");
        WriteStrings(json, "type", "string", "null");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void ArrayOf(Utf8JsonWriter json, string name, string definition, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("$ref", "#/$defs/" + definition);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void NonEmptyString(Utf8JsonWriter json, string name, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
        json.WriteEndObject();
    }

    private static void Constant(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject(name);
        json.WriteString("const", value);
        json.WriteEndObject();
    }

    private static void Reference(Utf8JsonWriter json, string name, string definition, string? description)
    {
        json.WriteStartObject(name);
        if (description is not null)
        {
            json.WriteString("description", description);
        }

        json.WriteString("$ref", "#/$defs/" + definition);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, params string[] values)
    {
        if (values.Length == 1)
        {
            json.WriteString(name, values[0]);
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
