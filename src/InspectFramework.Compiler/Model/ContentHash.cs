using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Model;

/// <summary>
/// Hashes the model, not the file: layout and comments do not change the hash, any change of
/// meaning or wording does. This is the framework's identity for case data and generated files
/// (see docs/change-control.md): stamp them with name, version and this hash.
/// </summary>
/// <remarks>
/// The hashed text is the UTF-8 of the model's <see cref="CanonicalForm"/>, written field by field
/// here: every string quoted and escaped, absent values written as null, decimals without trailing
/// zeros. So equal
/// models always hash alike (65 and 65.0 are one edge) and different models never share their
/// canonical text: no value can imitate a field separator, and a missing guidance is not an empty one.
/// A test checks that every property of every model record is written here. Changing this format
/// changes every hash: bump <see cref="FormatVersion"/> when doing so.
/// Properties added since the format was first used (pooled scores, and the scores each key question
/// contributes to) are written only when not empty, which every earlier model was: so frameworks that
/// do not use them keep the identity their case data is stamped with, and the canonical texts of
/// different models still differ (an absent list stands for the empty one, and nothing else).
/// </remarks>
public static class ContentHash
{
    /// <summary>Identifies the canonical format; part of the hashed text.</summary>
    public const string FormatVersion = "inspect-model-1";

    public static string Compute(FrameworkModel model)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(Canonical(model)));
        var hex = new StringBuilder("sha256:", 7 + (bytes.Length * 2));
        foreach (var b in bytes)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>The canonical text that is hashed (the model's own <see cref="FrameworkModel.ContentHash"/> excluded).</summary>
    public static string Canonical(FrameworkModel model)
    {
        var json = new CanonicalForm();
        json.StartObject()
            .Property("format", FormatVersion)
            .Property("Name", model.Name)
            .Property("Title", model.Title)
            .Property("Version", model.Version)
            .Property("Publisher", model.Publisher)
            .Property("Effective", model.Effective)
            .Property("Guidance", model.Guidance);
        json.Name("Sources").StartArray();
        foreach (var source in model.Sources)
        {
            json.StartObject().Property("Name", source.Name).Property("Title", source.Title).EndObject();
        }

        json.EndArray();
        json.Name("Scale");
        if (model.Scale is { } scale)
        {
            json.StartObject().Property("Name", scale.Name).Property("Label", scale.Label);
            json.Name("Levels").StartArray();
            foreach (var level in scale.Levels)
            {
                json.StartObject().Property("Name", level.Name).Property("Label", level.Label).Property("Points", level.Points).Property("Ordinal", level.Ordinal).EndObject();
            }

            json.EndArray().EndObject();
        }
        else
        {
            json.String(null);
        }

        json.Name("BandTables").StartArray();
        foreach (var table in model.BandTables)
        {
            json.StartObject()
                .Property("Name", table.Name)
                .Property("Label", table.Label)
                .Property("Measure", table.Measure.ToString())
                .Property("Rounding", table.Rounding.ToString())
                .Property("Decimals", table.Decimals);
            json.Name("Bands").StartArray();
            foreach (var band in table.Bands)
            {
                json.StartObject().Property("Level", band.Level).Property("Low", Number(band.Low)).Property("High", Number(band.High)).EndObject();
            }

            json.EndArray().EndObject();
        }

        json.EndArray();
        json.Name("CaseTypes").StartArray();
        foreach (var caseType in model.CaseTypes)
        {
            json.StartObject().Property("Name", caseType.Name).Property("Label", caseType.Label).EndObject();
        }

        json.EndArray();
        // Value sets, a fact's set and a value's case types are written only where there are some, so
        // the hash of a framework that uses none is what it was before the language had them.
        if (model.ValueSets.Count > 0)
        {
            json.Name("ValueSets").StartArray();
            foreach (var set in model.ValueSets)
            {
                json.StartObject().Property("Name", set.Name).Property("Label", set.Label);
                Members(json, set.Members);
                json.EndObject();
            }

            json.EndArray();
        }

        json.Name("Facts").StartArray();
        foreach (var fact in model.Facts)
        {
            json.StartObject().Property("Name", fact.Name).Property("Label", fact.Label).Property("Kind", fact.Kind.ToString());
            if (fact.ValueSet is { } valueSet)
            {
                json.Property("ValueSet", valueSet);
            }

            Members(json, fact.Members);
            Condition(json.Name("Derivation"), fact.Derivation);
            json.Property("ForAnalysis", fact.ForAnalysis).EndObject();
        }

        json.EndArray();
        if (model.Scores.Count > 0)
        {
            json.Name("Scores").StartArray();
            foreach (var score in model.Scores)
            {
                json.StartObject()
                    .Property("Name", score.Name)
                    .Property("Label", score.Label)
                    .Property("Rounding", score.Rounding.ToString())
                    .Property("Decimals", score.Decimals)
                    .EndObject();
            }

            json.EndArray();
        }

        json.Name("Domains").StartArray();
        foreach (var domain in model.Domains)
        {
            json.StartObject().Property("Number", domain.Number).Property("Name", domain.Name).Property("Text", domain.Text);
            json.Name("CaseTypes").StartArray();
            foreach (var caseType in domain.CaseTypes)
            {
                json.String(caseType);
            }

            json.EndArray();
            Condition(json.Name("Condition"), domain.Condition);
            json.Property("Guidance", domain.Guidance);
            Provenance(json, domain.Provenance);
            json.Name("Standards").StartArray();
            foreach (var standard in domain.Standards)
            {
                Standard(json, standard);
            }

            json.EndArray().EndObject();
        }

        json.EndArray();
        json.Name("Overall");
        if (model.Overall is { } overall)
        {
            json.StartObject().Property("Bands", overall.Bands).EndObject();
        }
        else
        {
            json.String(null);
        }

        json.EndObject();
        return json.ToString();
    }

    private static void Standard(CanonicalForm json, StandardModel standard)
    {
        json.StartObject()
            .Property("Number", standard.Number)
            .Property("Name", standard.Name)
            .Property("Text", standard.Text)
            .Property("Statement", standard.Statement)
            .Property("Rule", standard.Rule.ToString())
            .Property("Bands", standard.Bands);
        json.Name("Discretion");
        if (standard.Discretion is { } discretion)
        {
            json.StartObject().Property("RationaleRequired", discretion.RationaleRequired);
            json.Name("Moves").StartArray();
            foreach (var move in discretion.Moves)
            {
                json.StartObject()
                    .Property("From", move.From)
                    .Property("To", move.To)
                    .Property("WithinPoints", move.WithinPoints is { } within ? Number(within) : null)
                    .EndObject();
            }

            json.EndArray().EndObject();
        }
        else
        {
            json.String(null);
        }

        Condition(json.Name("Condition"), standard.Condition);
        json.Property("Guidance", standard.Guidance);
        Provenance(json, standard.Provenance);
        json.Name("KeyQuestions").StartArray();
        foreach (var question in standard.KeyQuestions)
        {
            json.StartObject()
                .Property("Number", question.Number)
                .Property("Name", question.Name)
                .Property("Text", question.Text)
                .Property("Answers", question.Answers.ToString())
                .Property("RationaleRequired", question.RationaleRequired);
            Condition(json.Name("Condition"), question.Condition);
            json.Property("Guidance", question.Guidance);
            Provenance(json, question.Provenance);
            if (question.Scores.Count > 0)
            {
                json.Name("Scores").StartArray();
                foreach (var score in question.Scores)
                {
                    json.String(score);
                }

                json.EndArray();
            }

            json.Name("Prompts").StartArray();
            foreach (var prompt in question.Prompts)
            {
                json.StartObject()
                    .Property("Number", prompt.Number)
                    .Property("Letter", prompt.Letter)
                    .Property("Name", prompt.Name)
                    .Property("Text", prompt.Text)
                    .Property("Answers", prompt.Answers.ToString())
                    .Property("RationaleRequired", prompt.RationaleRequired);
                Condition(json.Name("Condition"), prompt.Condition);
                json.Property("Guidance", prompt.Guidance);
                Provenance(json, prompt.Provenance);
                json.EndObject();
            }

            json.EndArray().EndObject();
        }

        json.EndArray().EndObject();
    }

    private static void Provenance(CanonicalForm json, EquatableArray<ProvenanceModel> provenance)
    {
        json.Name("Provenance").StartArray();
        foreach (var mark in provenance)
        {
            json.StartObject().Property("Kind", mark.Kind == ProvenanceKind.Verbatim ? "Verbatim" : "Reconstructed").Property("Source", mark.Source).Property("Note", mark.Note).EndObject();
        }

        json.EndArray();
    }

    // Conditions nest at most FrameworkParser.MaxNestingDepth deep: the recursion is bounded.
    private static void Members(CanonicalForm json, EquatableArray<EnumMemberModel> members)
    {
        json.Name("Members").StartArray();
        foreach (var member in members)
        {
            json.StartObject().Property("Name", member.Name).Property("Label", member.Label);
            if (member.CaseTypes.Count > 0)
            {
                json.Name("CaseTypes").StartArray();
                foreach (var caseType in member.CaseTypes)
                {
                    json.String(caseType);
                }

                json.EndArray();
            }

            json.EndObject();
        }

        json.EndArray();
    }

    private static void Condition(CanonicalForm json, ConditionModel? condition)
    {
        switch (condition)
        {
            case null:
                json.String(null);
                break;
            case ConstantCondition c:
                json.StartObject().Property("Constant", c.Value).EndObject();
                break;
            case FactIsTrueCondition f:
                json.StartObject().Property("FactIsTrue", f.Fact).EndObject();
                break;
            case NotCondition n:
                Condition(json.StartObject().Name("Not"), n.Operand);
                json.EndObject();
                break;
            case AllCondition a:
                Operands(json.StartObject().Name("All"), a.Operands);
                json.EndObject();
                break;
            case AnyCondition a:
                Operands(json.StartObject().Name("Any"), a.Operands);
                json.EndObject();
                break;
            case MembershipCondition m:
                json.StartObject().Property("Fact", m.Fact).Name("In").StartArray();
                foreach (var member in m.Members)
                {
                    json.String(member);
                }

                json.EndArray().EndObject();
                break;
            case SameValueCondition s:
                json.StartObject().Property("Left", s.Left).Property("SameAs", s.Right).EndObject();
                break;
            case EquivalentCondition e:
                Condition(json.StartObject().Name("Equivalent").StartArray(), e.Left);
                Condition(json, e.Right);
                json.EndArray().EndObject();
                break;
            case IntegerComparisonCondition c:
                json.StartObject();
                Operand(json.Name("Left"), c.Left);
                json.Property("Operator", c.Operator.ToString());
                Operand(json.Name("Right"), c.Right);
                json.EndObject();
                break;
            default:
                // A new condition record must be added here; refusing beats hashing it as nothing.
                throw new System.InvalidOperationException($"ContentHash does not know the condition {condition.GetType().Name}.");
        }
    }

    private static void Operands(CanonicalForm json, EquatableArray<ConditionModel> operands)
    {
        json.StartArray();
        foreach (var operand in operands)
        {
            Condition(json, operand);
        }

        json.EndArray();
    }

    private static void Operand(CanonicalForm json, IntegerOperand operand)
    {
        switch (operand)
        {
            case IntegerConstantOperand constant:
                json.StartObject().Property("Constant", constant.Value).EndObject();
                break;
            case IntegerFactOperand fact:
                json.StartObject().Property("Fact", fact.Fact).EndObject();
                break;
            default:
                throw new System.InvalidOperationException($"ContentHash does not know the operand {operand.GetType().Name}.");
        }
    }

    // Trailing zeros dropped: 65 and 65.0 are equal values and must hash alike.
    private static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
