using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectFramework.LanguageServer.Tests.Infrastructure;

[JsonSerializable(typeof(JsonElement))]
internal sealed partial class TestJsonContext : JsonSerializerContext
{
}
