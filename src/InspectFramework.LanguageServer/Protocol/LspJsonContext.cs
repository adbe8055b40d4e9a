using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>
/// The serialisation code for every protocol type, generated at build time: nothing is serialised by
/// reflection, so the Native AOT build needs no metadata. Add each new parameter and result type here.
/// A constructor parameter without a default value is required, and a non-nullable property may not be
/// null: a message without them has invalid parameters (-32602) rather than a null the handler would
/// trip over. Optional properties are parameters with a default value.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(CancelParams))]
[JsonSerializable(typeof(DocumentFormattingParams))]
[JsonSerializable(typeof(ImmutableArray<TextEdit>))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
}
