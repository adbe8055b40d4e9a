using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.EditorFeatures.Hover;
using InspectFramework.LanguageServer.Protocol;
using LspHover = InspectFramework.LanguageServer.Protocol.Hover;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/hover</c>: Markdown about the declared name under the cursor; null elsewhere.</summary>
internal sealed class HoverHandler : RequestHandler<TextDocumentPositionParams, LspHover?>
{
    public override string Method => "textDocument/hover";

    protected override JsonTypeInfo<TextDocumentPositionParams> ParamsType => LspJsonContext.Default.TextDocumentPositionParams;

    protected override JsonTypeInfo<LspHover?> ResultType => LspJsonContext.Default.Hover;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities with { HoverProvider = true };

    public override Task<LspHover?> HandleAsync(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var hover = HoverService.Hover(document.Compilation, document.Positions.GetOffset(parameters.Position));
        return Task.FromResult(hover is null ? null : new LspHover(new MarkupContent("markdown", hover.Markdown), document.Positions.GetRange(hover.Span)));
    }
}
