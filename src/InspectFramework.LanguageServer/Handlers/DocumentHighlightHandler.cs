using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.EditorFeatures.Navigation;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/documentHighlight</c>: the symbol under the cursor wherever it occurs; its declaration as a write, uses as reads.</summary>
internal sealed class DocumentHighlightHandler : RequestHandler<TextDocumentPositionParams, ImmutableArray<Protocol.DocumentHighlight>>
{
    public override string Method => "textDocument/documentHighlight";

    protected override JsonTypeInfo<TextDocumentPositionParams> ParamsType => LspJsonContext.Default.TextDocumentPositionParams;

    protected override JsonTypeInfo<ImmutableArray<Protocol.DocumentHighlight>> ResultType => LspJsonContext.Default.ImmutableArrayDocumentHighlight;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities with { DocumentHighlightProvider = true };

    public override Task<ImmutableArray<Protocol.DocumentHighlight>> HandleAsync(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var highlights = NavigationService.Highlights(document.Compilation, document.Positions.GetOffset(parameters.Position));
        return Task.FromResult(highlights
            .Select(h => new Protocol.DocumentHighlight(document.Positions.GetRange(h.Span), h.IsDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
            .ToImmutableArray());
    }
}
