using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>A request's id: JSON-RPC allows a number or a string, and answers must echo it as it came.</summary>
[JsonConverter(typeof(RequestIdConverter))]
internal readonly record struct RequestId
{
    private RequestId(long? number, string? text)
    {
        Number = number;
        Text = text;
    }

    public long? Number { get; }

    public string? Text { get; }

    public static RequestId FromNumber(long number) => new(number, null);

    public static RequestId FromText(string text) => new(null, text);

    /// <summary>Reads an id; false for anything but an integer or a string.</summary>
    public static bool TryRead(JsonElement element, out RequestId id)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetInt64(out var number):
                id = FromNumber(number);
                return true;
            case JsonValueKind.String:
                id = FromText(element.GetString()!);
                return true;
            default:
                id = default;
                return false;
        }
    }

    public void Write(Utf8JsonWriter writer)
    {
        if (Text is not null)
        {
            writer.WriteStringValue(Text);
        }
        else
        {
            writer.WriteNumberValue(Number ?? 0);
        }
    }

    public override string ToString() => Text ?? (Number ?? 0).ToString(CultureInfo.InvariantCulture);

    internal sealed class RequestIdConverter : JsonConverter<RequestId>
    {
        public override RequestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.Number => FromNumber(reader.GetInt64()),
                JsonTokenType.String => FromText(reader.GetString()!),
                _ => throw new JsonException("A request id is a number or a string."),
            };

        public override void Write(Utf8JsonWriter writer, RequestId value, JsonSerializerOptions options) => value.Write(writer);
    }
}
