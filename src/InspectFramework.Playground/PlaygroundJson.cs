using System.Text.Json.Serialization;
using InspectFramework.Playground.Studio;

namespace InspectFramework.Playground;

/// <summary>The answers of <see cref="StudioExports"/>, serialised without reflection (trimmed away).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(OpenedFile))]
[JsonSerializable(typeof(SavedFile))]
internal sealed partial class PlaygroundJson : JsonSerializerContext;
