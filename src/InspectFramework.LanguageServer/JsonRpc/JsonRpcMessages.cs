using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>The JSON-RPC 2.0 envelopes the server sends, written directly: a response must carry
/// <c>"result": null</c> when the result is null, which a serialiser that leaves nulls out would drop.</summary>
internal static class JsonRpcMessages
{
    public static byte[] Response(RequestId id, byte[] result) => Write(json =>
    {
        json.WritePropertyName("id");
        id.Write(json);
        json.WritePropertyName("result");
        json.WriteRawValue(result, skipInputValidation: true);
    });

    /// <param name="id">Null when the request's id could not be read (a parse error).</param>
    public static byte[] Error(RequestId? id, int code, string message) => Write(json =>
    {
        json.WritePropertyName("id");
        if (id is { } known)
        {
            known.Write(json);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartObject("error");
        json.WriteNumber("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
    });

    public static byte[] Notification<T>(string method, T parameters, JsonTypeInfo<T> type) => Write(json =>
    {
        json.WriteString("method", method);
        json.WritePropertyName("params");
        JsonSerializer.Serialize(json, parameters, type);
    });

    private static byte[] Write(System.Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            body(json);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
