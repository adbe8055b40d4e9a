using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.EditorFeatures.Rename;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/prepareRename</c>: the declared name under the cursor and its text; null where nothing can be renamed.</summary>
internal sealed class PrepareRenameHandler : RequestHandler<TextDocumentPositionParams, PrepareRenameResult?>
{
    public override string Method => "textDocument/prepareRename";

    protected override JsonTypeInfo<TextDocumentPositionParams> ParamsType => LspJsonContext.Default.TextDocumentPositionParams;

    protected override JsonTypeInfo<PrepareRenameResult?> ResultType => LspJsonContext.Default.PrepareRenameResult;

    public override Task<PrepareRenameResult?> HandleAsync(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var target = RenameService.Prepare(document.Compilation, document.Positions.GetOffset(parameters.Position));
        return Task.FromResult(target is null ? null : new PrepareRenameResult(document.Positions.GetRange(target.Span), target.Name));
    }
}
