using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Fuzzing;

/// <summary>
/// Mutations of inspection data: the mistakes people and other systems make in case records (a
/// fact or answer left out, an answer to an item that does not apply, a case type changed, a case
/// copied twice, values of the wrong type, misspelt names), JSON and CSV token edits, and bytes.
/// </summary>
internal static class DataMutations
{
    private static readonly string[] JsonValues =
    {
        "null", "true", "false", "0", "-0", "1", "-1", "1.5", "1e999", "-1e999", "2147483648", "-2147483649", "9223372036854775808",
        "1E2", "0.1e-400", "\"\"", "\" \"", "\"yes\"", "\"YES\"", "\"maybe\"", "\"not_applicable\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"",
        "\"\\u00e9\"", "\"" + new string('x', 70_000) + "\"", "[]", "{}", "[null]", "{\"answer\": 1}", "{\"rationale\": \"only\"}",
        "{\"answer\": \"yes\", \"answer\": \"no\"}", new string('[', 70) + new string(']', 70), new string('[', 2000), "{\"a\":" + new string('{', 100),
    };

    private static readonly string[] CsvValues =
    {
        "", " ", "yes", "YES", "no", "not_applicable", "maybe", "true", "FALSE", "0", "-1", "1.5", "2147483648", "\"\"", "\"yes\"",
        "\"a,b\"", "\"a\"\"b\"", "\"unclosed", "y\"es", "\"line\nbreak\"", "\u00e9", "\u2019", "court", "out_of_court", "=cmd|' /C calc'!A0",
    };

    public static string Apply(List<byte> bytes, bool isCsv, DataSeed seed, Random random)
    {
        var choice = random.Next(10);
        if (choice < 4)
        {
            return isCsv ? CsvCells(bytes, seed, random) : random.Next(5) switch
            {
                0 => Entries(bytes, seed, random),
                1 => DuplicateKey(bytes, random),
                _ => Case(bytes, seed, random),
            };
        }

        if (choice < 7)
        {
            return isCsv ? CsvRows(bytes, random) : JsonTokenEdit(bytes, random);
        }

        return ByteMutations.Apply(bytes, random);
    }

    // ---- JSON ------------------------------------------------------------------------------------

    private static string Case(List<byte> bytes, DataSeed seed, Random random)
    {
        var array = bytes.ToArray();
        var cases = JsonTokens.CaseSpans(array);
        if (cases.IsEmpty)
        {
            return JsonTokenEdit(bytes, random);
        }

        var index = random.Next(cases.Length);
        var (start, end) = cases[index];
        string edit;
        byte[] replacement;
        bool duplicate;

        // Earlier mutations may have left the case unreadable (bad bytes, broken syntax): then a
        // token edit instead. System.Text.Json finds some of that only when the node is used.
        try
        {
            if (JsonNode.Parse(array.AsSpan(start, end - start)) is not JsonObject record)
            {
                return JsonTokenEdit(bytes, random);
            }

            edit = EditCase(record, cases, array, seed.Plan, random, out duplicate, out var raw);
            var written = record.ToJsonString(new JsonSerializerOptions { WriteIndented = random.Next(2) == 0 });
            replacement = Encoding.UTF8.GetBytes(raw is null ? written : written.Replace("\"" + RawPlaceholder + "\"", raw, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return JsonTokenEdit(bytes, random);
        }

        if (duplicate)
        {
            bytes.InsertRange(end, Encoding.UTF8.GetBytes(",\n").Concat(replacement));
        }
        else
        {
            bytes.RemoveRange(start, end - start);
            bytes.InsertRange(start, replacement);
        }

        return Invariant($"case {index + 1}: {edit}");
    }

    // Odd values (some not JSON at all) go in as this placeholder and are written in raw afterwards.
    private const string RawPlaceholder = "@@raw value@@";

    private static string EditCase(JsonObject record, System.Collections.Immutable.ImmutableArray<(int Start, int End)> cases, byte[] json, ScoringPlan plan, Random random, out bool duplicate, out string? raw)
    {
        duplicate = false;
        raw = null;
        var facts = record["facts"] as JsonObject;
        var answers = record["answers"] as JsonObject;
        switch (random.Next(13))
        {
            case 0 when facts is { Count: > 0 }:
            {
                var name = facts.ElementAt(random.Next(facts.Count)).Key;
                facts.Remove(name);
                return $"remove fact {name}";
            }

            case 1 when answers is { Count: > 0 }:
            {
                var name = answers.ElementAt(random.Next(answers.Count)).Key;
                answers.Remove(name);
                return $"remove answer {name}";
            }

            case 2 when answers is not null:
            {
                // Often an item that does not apply to this case (another case type's, a prompt whose condition fails).
                var item = plan.Items[random.Next(plan.Items.Length)];
                answers[item.Path] = random.Next(2) == 0 ? "yes" : new JsonObject { ["answer"] = "no", ["rationale"] = "Added." };
                return $"answer {item.Path}";
            }

            case 3:
            {
                var type = plan.CaseTypes[random.Next(plan.CaseTypes.Length)];
                record["case_type"] = type;
                return $"case type {type}";
            }

            case 4:
            {
                var other = cases[random.Next(cases.Length)];
                var id = JsonNode.Parse(json.AsSpan(other.Start, other.End - other.Start))?["id"]?.DeepClone();
                record["id"] = id;
                return $"id of another case ({id?.ToJsonString() ?? "null"})";
            }

            case 5:
                duplicate = true;
                return "copied twice";
            case 6 when facts is { Count: > 0 }:
            {
                var name = facts.ElementAt(random.Next(facts.Count)).Key;
                raw = JsonValues[random.Next(JsonValues.Length)];
                facts[name] = RawPlaceholder;
                return $"fact {name} = {ByteMutations.Show(raw)}";
            }

            case 7 when answers is { Count: > 0 }:
            {
                var name = answers.ElementAt(random.Next(answers.Count)).Key;
                raw = JsonValues[random.Next(JsonValues.Length)];
                answers[name] = RawPlaceholder;
                return $"answer {name} = {ByteMutations.Show(raw)}";
            }

            case 8 when answers is { Count: > 0 }:
            {
                var name = answers.ElementAt(random.Next(answers.Count)).Key;
                var value = answers[name]?.DeepClone();
                answers.Remove(name);
                var misspelt = Misspell(name, random);
                answers[misspelt] = value;
                return $"answer {name} renamed {misspelt}";
            }

            case 9 when facts is { Count: > 0 }:
            {
                var name = facts.ElementAt(random.Next(facts.Count)).Key;
                var value = facts[name]?.DeepClone();
                facts.Remove(name);
                var misspelt = Misspell(name, random);
                facts[misspelt] = value;
                return $"fact {name} renamed {misspelt}";
            }

            case 10:
            {
                var property = new[] { "id", "case_type", "facts", "answers" }[random.Next(4)];
                record.Remove(property);
                return $"remove {property}";
            }

            case 11 when facts is not null:
            {
                // Any fact of the framework, derived ones included (they may not be recorded).
                var fact = plan.Facts[random.Next(plan.Facts.Length)];
                facts[fact.Name] = fact.Kind switch
                {
                    FactKind.Boolean => JsonValue.Create(random.Next(2) == 0),
                    FactKind.Integer => JsonValue.Create(random.Next(-1, 8)),
                    _ => JsonValue.Create(fact.Members.IsEmpty ? "none" : fact.Members[random.Next(fact.Members.Length)]),
                };
                return $"fact {fact.Name} = {facts[fact.Name]!.ToJsonString()}";
            }

            default:
            {
                var property = new[] { "id", "case_type", "facts", "answers" }[random.Next(4)];
                raw = JsonValues[random.Next(JsonValues.Length)];
                record[property] = RawPlaceholder;
                return $"{property} = {ByteMutations.Show(raw)}";
            }
        }
    }

    // The inspection's own entries: judgements given twice or for a standard rated from its key
    // questions, discretion requests of any kind, the framework stamp changed.
    private static string Entries(List<byte> bytes, DataSeed seed, Random random)
    {
        JsonObject root;
        try
        {
            if (JsonNode.Parse(bytes.ToArray()) is not JsonObject parsed)
            {
                return JsonTokenEdit(bytes, random);
            }

            root = parsed;
            _ = root.Count;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return JsonTokenEdit(bytes, random);
        }

        // A document that parses can still hold text its nodes cannot read or write out again, such as
        // invalid UTF-8 or a lone surrogate escape ("\udc00") an earlier mutation made. Nodes read such
        // text lazily, so any step of the edit may find it; the input then gets a token edit instead.
        try
        {
            return EditEntries(bytes, root, seed, random);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return JsonTokenEdit(bytes, random);
        }
    }

    private static string EditEntries(List<byte> bytes, JsonObject root, DataSeed seed, Random random)
    {
        var plan = seed.Plan;
        if (plan.Standards.IsEmpty)
        {
            return JsonTokenEdit(bytes, random);
        }

        var standard = plan.Standards[random.Next(plan.Standards.Length)].Path;
        var level = plan.Levels.IsEmpty ? "none" : plan.Levels[random.Next(plan.Levels.Length)].Name;
        var inspection = root["inspection"] as JsonObject;
        var stamp = inspection?["framework"] as JsonObject;
        string edit;
        switch (random.Next(8))
        {
            case 5:
                edit = HostilePayload(root, inspection, random);
                break;
            case 6 or 7:
                edit = CaseFile(root, seed, random);
                break;
            case 0 when root["judgements"] is JsonArray { Count: > 0 } judgements:
                judgements.Add(judgements[random.Next(judgements.Count)]!.DeepClone());
                edit = "a judgement given twice";
                break;
            case 1 when root["judgements"] is JsonArray judgements:
                judgements.Add(new JsonObject { ["standard"] = standard, ["rating"] = level });
                edit = $"judgement {standard} = {level}";
                break;
            case 2:
                if (root["discretion"] is not JsonArray discretion)
                {
                    // Before "cases", where the format wants it.
                    var cases = root["cases"]?.DeepClone();
                    root.Remove("cases");
                    root["discretion"] = discretion = new JsonArray();
                    if (cases is not null)
                    {
                        root["cases"] = cases;
                    }
                }

                discretion.Add(random.Next(3) == 0 ? new JsonObject { ["standard"] = standard, ["rating"] = level } : new JsonObject { ["standard"] = standard, ["rating"] = level, ["rationale"] = "Panel decision." });
                edit = $"discretion {standard} = {level}";
                break;
            case 3 when stamp is not null:
            {
                var property = new[] { "name", "version", "content_hash" }[random.Next(3)];
                stamp[property] = random.Next(2) == 0 ? "2018.1" : null;
                edit = $"framework stamp {property} changed";
                break;
            }

            default:
                root.Remove("judgements");
                edit = "judgements removed";
                break;
        }

        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        bytes.Clear();
        bytes.AddRange(Encoding.UTF8.GetBytes(text));
        return edit;
    }

    /// <summary>The <c>case_files</c> entries the reader must refuse or read safely; <see cref="DataOracle"/>
    /// makes the links and the folder in the input's folder.</summary>
    public static readonly string[] CaseFileLinks = { "link-out.csv", "link-loop.csv", "link-in.csv" };

    // A case_files entry that points out of the folder (absolute, "..", a link out), at a special or
    // missing file, a folder or a link loop, or has a hostile name; added to the list or replacing it.
    private static string CaseFile(JsonObject root, DataSeed seed, Random random)
    {
        var csv = seed.CsvName ?? "cases.csv";
        var entries = new[]
        {
            "/etc/passwd", "/dev/zero", "/dev/urandom", "/proc/self/environ", "/", "../" + csv, "./sub/../../" + csv, "sub/../" + csv,
            "link-out.csv", "link-loop.csv", "link-in.csv", "sub", ".", "", "missing.csv", "C:\\cases.csv", "\\\\server\\share\\cases.csv",
            HostileText.Payloads[random.Next(HostileText.Payloads.Length)] + ".csv", "a\u0000b.csv", "\u202Evsc.csv",
        };
        var entry = entries[random.Next(entries.Length)];
        if (root["case_files"] is JsonArray files && random.Next(2) == 0)
        {
            files.Insert(random.Next(files.Count + 1), entry);
            return "case_files entry added: " + ByteMutations.Show(entry);
        }

        root["case_files"] = new JsonArray(entry);
        return "case_files: " + ByteMutations.Show(entry);
    }

    // A key given again in any object of the file, at any depth, with the same or another value.
    private static string DuplicateKey(List<byte> bytes, Random random)
    {
        var json = bytes.ToArray();
        try
        {
            var count = 0;
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                count += reader.TokenType == JsonTokenType.PropertyName ? 1 : 0;
            }

            if (count == 0)
            {
                return JsonTokenEdit(bytes, random);
            }

            var chosen = random.Next(count);
            reader = new Utf8JsonReader(json);
            for (var seen = -1; seen < chosen;)
            {
                reader.Read();
                seen += reader.TokenType == JsonTokenType.PropertyName ? 1 : 0;
            }

            var nameStart = (int)reader.TokenStartIndex;
            var name = json.AsSpan(nameStart, reader.ValueSpan.Length + 2).ToArray();
            reader.Read();
            var valueStart = (int)reader.TokenStartIndex;
            reader.Skip();
            var valueEnd = (int)reader.BytesConsumed;
            var value = random.Next(2) == 0 ? json.AsSpan(valueStart, valueEnd - valueStart).ToArray() : Encoding.UTF8.GetBytes(JsonValues[random.Next(JsonValues.Length)]);
            var insert = new List<byte> { (byte)',' };
            insert.AddRange(name);
            insert.Add((byte)':');
            insert.AddRange(value);
            bytes.InsertRange(valueEnd, insert);
            return Invariant($"key {Encoding.UTF8.GetString(name)} given twice at byte {valueEnd}");
        }
        catch (JsonException)
        {
            return JsonTokenEdit(bytes, random);
        }
    }

    // Where text from the data reaches the reports: the service's name and the rationales.
    private static string HostilePayload(JsonObject root, JsonObject? inspection, Random random)
    {
        var payload = HostileText.Payloads[random.Next(HostileText.Payloads.Length)];
        var rationales = new[] { "judgements", "discretion" }.Select(n => root[n]).OfType<JsonArray>().SelectMany(a => a).OfType<JsonObject>().ToList();
        if (inspection is not null && (rationales.Count == 0 || random.Next(2) == 0))
        {
            inspection["service"] = payload;
            return "service name " + ByteMutations.Show(payload);
        }

        if (rationales.Count == 0)
        {
            return "no text to replace";
        }

        rationales[random.Next(rationales.Count)]["rationale"] = payload;
        return "rationale " + ByteMutations.Show(payload);
    }

    private static string JsonTokenEdit(List<byte> bytes, Random random)
    {
        var array = bytes.ToArray();
        var tokens = JsonTokens.Of(array);
        if (tokens.IsEmpty)
        {
            return ByteMutations.Apply(bytes, random);
        }

        var (start, end) = tokens[random.Next(tokens.Length)];
        var (otherStart, otherEnd) = tokens[random.Next(tokens.Length)];
        switch (random.Next(4))
        {
            case 0:
                bytes.RemoveRange(start, end - start);
                return Invariant($"delete JSON token at byte {start}");
            case 1:
                bytes.InsertRange(end, array.Skip(start).Take(end - start));
                return Invariant($"duplicate JSON token at byte {start}");
            case 2:
                bytes.RemoveRange(start, end - start);
                bytes.InsertRange(start, array.Skip(otherStart).Take(otherEnd - otherStart));
                return Invariant($"replace JSON token at byte {start} by the one at {otherStart}");
            default:
            {
                var value = JsonValues[random.Next(JsonValues.Length)];
                bytes.RemoveRange(start, end - start);
                bytes.InsertRange(start, Encoding.UTF8.GetBytes(value));
                return Invariant($"replace JSON token at byte {start} by {ByteMutations.Show(value)}");
            }
        }
    }

    // ---- CSV -------------------------------------------------------------------------------------

    private static string CsvCells(List<byte> bytes, DataSeed seed, Random random)
    {
        var array = bytes.ToArray();
        var rows = CsvTokens.Rows(array);
        var rowStart = rows.IsEmpty || random.Next(8) == 0 ? 0 : rows[random.Next(rows.Length)].Start;
        var fields = CsvTokens.Fields(array, rowStart);
        var (start, end) = fields[random.Next(fields.Count)];
        string value;
        if (rowStart == 0)
        {
            // A header: a misspelt column, a column named twice, another framework item's path.
            var header = CsvTokens.Header(array);
            value = random.Next(3) switch
            {
                0 => Misspell(Encoding.UTF8.GetString(array, start, end - start), random),
                1 => header[random.Next(header.Count)],
                _ => seed.Plan.Items[random.Next(seed.Plan.Items.Length)].Path + (random.Next(2) == 0 ? ":rationale" : string.Empty),
            };
        }
        else
        {
            // Another cell of the same row (a value in the wrong column) or an odd value.
            value = random.Next(3) == 0 ? Field(array, fields[random.Next(fields.Count)]) : CsvValues[random.Next(CsvValues.Length)];
        }

        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.UTF8.GetBytes(value));
        return Invariant($"CSV field at byte {start} = {ByteMutations.Show(value)}");
    }

    private static string CsvRows(List<byte> bytes, Random random)
    {
        var array = bytes.ToArray();
        var rows = CsvTokens.Rows(array);
        if (rows.IsEmpty)
        {
            return ByteMutations.Apply(bytes, random);
        }

        var (start, end) = rows[random.Next(rows.Length)];
        switch (random.Next(4))
        {
            case 0:
                bytes.InsertRange(end, array.Skip(start).Take(end - start));
                return Invariant($"CSV row at byte {start} copied twice");
            case 1:
                bytes.RemoveRange(start, end - start);
                return Invariant($"CSV row at byte {start} deleted");
            case 2:
            {
                var fields = CsvTokens.Fields(array, start);
                var (fieldStart, fieldEnd) = fields[random.Next(fields.Count)];
                var remove = Math.Min(bytes.Count - fieldStart, fieldEnd - fieldStart + 1);
                bytes.RemoveRange(fieldStart, remove);
                return Invariant($"CSV field at byte {fieldStart} deleted with its comma");
            }

            default:
            {
                var (otherStart, otherEnd) = rows[random.Next(rows.Length)];
                var fields = CsvTokens.Fields(array, start);
                var others = CsvTokens.Fields(array, otherStart);
                var column = random.Next(Math.Min(fields.Count, others.Count));
                var (fieldStart, fieldEnd) = fields[column];
                bytes.RemoveRange(fieldStart, fieldEnd - fieldStart);
                bytes.InsertRange(fieldStart, Encoding.UTF8.GetBytes(Field(array, others[column])));
                return Invariant($"CSV field at byte {fieldStart} = the same column of the row at byte {otherStart}");
            }
        }
    }

    private static string Field(byte[] csv, (int Start, int End) field) => Encoding.UTF8.GetString(csv, field.Start, field.End - field.Start);

    private static string Misspell(string name, Random random)
    {
        if (name.Length == 0)
        {
            return "x";
        }

        var at = random.Next(name.Length);
        return random.Next(3) switch
        {
            0 => name.Remove(at, 1),
            1 => name.Insert(at, "x"),
            _ => name.ToUpperInvariant(),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
