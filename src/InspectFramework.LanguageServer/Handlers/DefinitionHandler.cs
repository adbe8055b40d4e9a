using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.EditorFeatures.Navigation;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/definition</c>: where the name under the cursor is declared (in the same file); null elsewhere.</summary>
internal sealed class DefinitionHandler : RequestHandler<TextDocumentPositionParams, Location?>
{
    public override string Method => "textDocument/definition";

    protected override JsonTypeInfo<TextDocumentPositionParams> ParamsType => LspJsonContext.Default.TextDocumentPositionParams;

    protected override JsonTypeInfo<Location?> ResultType => LspJsonContext.Default.Location;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities with { DefinitionProvider = true };

    public override Task<Location?> HandleAsync(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var definition = NavigationService.Definition(document.Compilation, document.Positions.GetOffset(parameters.Position));
        return Task.FromResult(definition is null ? null : new Location(document.Uri, document.Positions.GetRange(definition.Span)));
    }
}
