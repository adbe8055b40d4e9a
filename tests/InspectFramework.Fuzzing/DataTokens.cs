using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace InspectFramework.Fuzzing;

/// <summary>A rough, never-failing view of JSON bytes as tokens, for structure-aware mutations of
/// inspection files (the readers under test get the result; this only has to find the pieces).</summary>
internal static class JsonTokens
{
    public static ImmutableArray<(int Start, int End)> Of(byte[] json)
    {
        var tokens = ImmutableArray.CreateBuilder<(int, int)>();
        var i = 0;
        while (i < json.Length)
        {
            var b = json[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
                continue;
            }

            var start = i;
            if (b == '"')
            {
                i++;
                while (i < json.Length && json[i] != '"' && json[i] != '\n')
                {
                    i += json[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(json.Length, i + 1);
            }
            else if (IsWordByte(b))
            {
                while (i < json.Length && IsWordByte(json[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add((start, i));
        }

        return tokens.ToImmutable();
    }

    /// <summary>The byte ranges of the elements of the root's "cases" array (empty if there is none).</summary>
    public static ImmutableArray<(int Start, int End)> CaseSpans(byte[] json)
    {
        var spans = ImmutableArray.CreateBuilder<(int, int)>();
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("cases"u8))
                {
                    reader.Read();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        spans.Add((start, (int)reader.BytesConsumed));
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Earlier mutations may have broken the JSON (or a name's \\u escapes): it then offers
            // no case-level mutations.
        }

        return spans.ToImmutable();
    }

    /// <summary>The file names in the root's "case_files" array.</summary>
    public static ImmutableArray<string> CaseFiles(byte[] json)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty("case_files", out var files) && files.ValueKind == JsonValueKind.Array)
        {
            foreach (var file in files.EnumerateArray())
            {
                if (file.ValueKind == JsonValueKind.String)
                {
                    names.Add(file.GetString()!);
                }
            }
        }

        return names.ToImmutable();
    }

    private static bool IsWordByte(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'+' or (byte)'.';
}

/// <summary>RFC 4180 records and fields of CSV bytes, for structure-aware mutations of case files.</summary>
internal static class CsvTokens
{
    /// <summary>Records after the header row, each with its line break.</summary>
    public static ImmutableArray<(int Start, int End)> Rows(byte[] csv)
    {
        var rows = ImmutableArray.CreateBuilder<(int, int)>();
        var start = 0;
        var quoted = false;
        var first = true;
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"')
            {
                quoted = !quoted;
            }
            else if (csv[i] == '\n' && !quoted)
            {
                if (!first)
                {
                    rows.Add((start, i + 1));
                }

                first = false;
                start = i + 1;
            }
        }

        if (start < csv.Length && !first)
        {
            rows.Add((start, csv.Length));
        }

        return rows.ToImmutable();
    }

    /// <summary>Fields of the record that starts at <paramref name="start"/>, without separators.</summary>
    public static List<(int Start, int End)> Fields(byte[] csv, int start)
    {
        var fields = new List<(int, int)>();
        var quoted = false;
        var fieldStart = start;
        for (var i = start; i < csv.Length; i++)
        {
            var b = csv[i];
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b == ',')
            {
                fields.Add((fieldStart, i));
                fieldStart = i + 1;
            }
            else if (!quoted && (b == '\n' || b == '\r'))
            {
                fields.Add((fieldStart, i));
                return fields;
            }
        }

        fields.Add((fieldStart, csv.Length));
        return fields;
    }

    /// <summary>The header's column names, unquoted (good enough for the sample headers).</summary>
    public static List<string> Header(byte[] csv) =>
        Fields(csv, 0).ConvertAll(f => Encoding.UTF8.GetString(csv, f.Start, f.End - f.Start).Trim('"'));
}
