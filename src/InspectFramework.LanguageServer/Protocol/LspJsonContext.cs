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
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(ImmutableArray<CodeAction>))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(ImmutableArray<Location>))]
[JsonSerializable(typeof(ImmutableArray<DocumentHighlight>))]
[JsonSerializable(typeof(DocumentSymbolParams))]
[JsonSerializable(typeof(ImmutableArray<DocumentSymbol>))]
[JsonSerializable(typeof(WorkspaceSymbolParams))]
[JsonSerializable(typeof(ImmutableArray<SymbolInformation>))]
[JsonSerializable(typeof(CompletionParams))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(PrepareRenameResult))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(SemanticTokens))]
[JsonSerializable(typeof(ImmutableArray<FoldingRange>))]
[JsonSerializable(typeof(ImmutableArray<CodeLens>))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
}
