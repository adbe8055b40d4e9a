using System.Text.Json.Serialization;
using InspectFramework.EditorFeatures.Studio;
using InspectFramework.Playground.Studio;

namespace InspectFramework.Playground;

/// <summary>The answers of <see cref="StudioExports"/>, serialised without reflection (trimmed away):
/// camel case, the names web/src/backend.js gives them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(OpenedFile))]
[JsonSerializable(typeof(SavedFile))]
[JsonSerializable(typeof(PreviewResult))]
[JsonSerializable(typeof(TryItResult))]
[JsonSerializable(typeof(ChangesResult))]
internal sealed partial class PlaygroundJson : JsonSerializerContext;
