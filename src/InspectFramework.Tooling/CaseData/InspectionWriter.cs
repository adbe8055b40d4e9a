using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// Writes an inspection data file (docs/case-data.md) as a stream: the header entries first, then
/// one case at a time, so tools can produce files of any size. What it writes, the reader reads.
/// </summary>
public sealed class InspectionWriter : IDisposable
{
    private readonly ScoringPlan _plan;
    private readonly Utf8JsonWriter _json;
    private bool _disposed;

    public InspectionWriter(
        Stream stream,
        ScoringPlan plan,
        InspectionMetadata metadata,
        IReadOnlyList<RatingDecision> judgements,
        IReadOnlyList<RatingDecision> discretion,
        IReadOnlyList<string>? caseFiles = null,
        bool indented = true)
    {
        _plan = plan;

        // Relaxed escaping keeps apostrophes and non-ASCII letters readable in the file.
        _json = new Utf8JsonWriter(stream, ToolingJson.WriterOptions(indented));
        _json.WriteStartObject();
        _json.WriteString("format", JsonInspectionReader.FormatName);
        _json.WriteStartObject("inspection");
        WriteOptional("service", metadata.Service);
        WriteOptional("inspectorate", metadata.Inspectorate);
        WriteOptional("fieldwork_started", metadata.FieldworkStarted);
        WriteOptional("fieldwork_ended", metadata.FieldworkEnded);
        WriteOptional("published", metadata.Published);
        var stamp = metadata.Framework ?? FrameworkIdentity.Of(plan.Model);
        _json.WriteStartObject("framework");
        _json.WriteString("name", stamp.Name);
        _json.WriteString("version", stamp.Version);
        _json.WriteString("content_hash", stamp.ContentHash);
        _json.WriteEndObject();
        _json.WriteEndObject();
        WriteDecisions("judgements", judgements);
        WriteDecisions("discretion", discretion);
        if (caseFiles is { Count: > 0 })
        {
            _json.WriteStartArray("case_files");
            foreach (var file in caseFiles)
            {
                _json.WriteStringValue(file);
            }

            _json.WriteEndArray();
        }

        _json.WriteStartArray("cases");
    }

    public void WriteCase(RecordedCase recorded)
    {
        _json.WriteStartObject();
        _json.WriteString("id", recorded.Id);
        _json.WriteString("case_type", recorded.CaseType);
        _json.WriteStartObject("facts");
        foreach (var fact in recorded.Facts)
        {
            switch (fact.Value)
            {
                case bool b:
                    _json.WriteBoolean(fact.Name, b);
                    break;
                case int i:
                    _json.WriteNumber(fact.Name, i);
                    break;
                default:
                    _json.WriteString(fact.Name, Convert.ToString(fact.Value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        _json.WriteEndObject();
        _json.WriteStartObject("answers");
        foreach (var answer in recorded.Answers)
        {
            if (answer.Rationale is null)
            {
                _json.WritePropertyName(answer.Path);
                WriteAnswer(answer);
            }
            else
            {
                _json.WriteStartObject(answer.Path);
                if (answer.Answer is not null)
                {
                    _json.WritePropertyName("answer");
                    WriteAnswer(answer);
                }

                _json.WriteString("rationale", answer.Rationale);
                _json.WriteEndObject();
            }
        }

        _json.WriteEndObject();
        _json.WriteEndObject();

        // Keep the writer's buffer small however many cases are written.
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _json.Dispose();
    }

    private void WriteAnswer(CaseAnswer answer)
    {
        var item = _plan.FindItem(answer.Path);
        if (answer.Answer is null)
        {
            _json.WriteNullValue();
        }
        else if (item >= 0 && _plan.Items[item].Answers == AnswerKind.Number && decimal.TryParse(answer.Answer, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            _json.WriteNumberValue(number);
        }
        else
        {
            _json.WriteStringValue(answer.Answer);
        }
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(name, value);
        }
    }

    private void WriteDecisions(string name, IReadOnlyList<RatingDecision> decisions)
    {
        if (decisions.Count == 0)
        {
            return;
        }

        _json.WriteStartArray(name);
        foreach (var decision in decisions)
        {
            _json.WriteStartObject();
            _json.WriteString("standard", decision.Standard);
            _json.WriteString("rating", decision.Rating);
            if (decision.Rationale is not null)
            {
                _json.WriteString("rationale", decision.Rationale);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }
}
