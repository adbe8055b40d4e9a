using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.EditorFeatures.Folding;
using InspectFramework.LanguageServer.Protocol;
using LspFoldingRange = InspectFramework.LanguageServer.Protocol.FoldingRange;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/foldingRange</c>: blocks and comments over several lines.</summary>
internal sealed class FoldingRangeHandler : RequestHandler<DocumentSymbolParams, ImmutableArray<LspFoldingRange>>
{
    public override string Method => "textDocument/foldingRange";

    protected override JsonTypeInfo<DocumentSymbolParams> ParamsType => LspJsonContext.Default.DocumentSymbolParams;

    protected override JsonTypeInfo<ImmutableArray<LspFoldingRange>> ResultType => LspJsonContext.Default.ImmutableArrayFoldingRange;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities with { FoldingRangeProvider = true };

    public override Task<ImmutableArray<LspFoldingRange>> HandleAsync(DocumentSymbolParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        return Task.FromResult(FoldingService.Fold(document.Compilation)
            .Select(r => new LspFoldingRange(r.StartLine, r.EndLine, r.Kind == FoldingRangeKind.Comment ? "comment" : "region"))
            .ToImmutableArray());
    }
}
