using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InspectFramework.LanguageServer.JsonRpc;

namespace InspectFramework.LanguageServer.Handlers;

internal static class HandlerParameters
{
    /// <summary>The message's parameters as <typeparamref name="T"/>; anything else is invalid parameters (-32602).</summary>
    public static T Read<T>(JsonElement parameters, JsonTypeInfo<T> type, string method)
    {
        try
        {
            if (parameters.ValueKind == JsonValueKind.Object && parameters.Deserialize(type) is { } read)
            {
                return read;
            }
        }
        catch (JsonException e)
        {
            throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"Invalid parameters for '{method}': {e.Message}");
        }

        throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"Invalid parameters for '{method}': an object is expected.");
    }
}
