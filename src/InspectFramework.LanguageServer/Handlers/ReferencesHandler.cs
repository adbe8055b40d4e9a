using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.EditorFeatures.Navigation;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/references</c>: every place naming the symbol under the cursor, in source order.</summary>
internal sealed class ReferencesHandler : RequestHandler<ReferenceParams, ImmutableArray<Location>>
{
    public override string Method => "textDocument/references";

    protected override JsonTypeInfo<ReferenceParams> ParamsType => LspJsonContext.Default.ReferenceParams;

    protected override JsonTypeInfo<ImmutableArray<Location>> ResultType => LspJsonContext.Default.ImmutableArrayLocation;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities with { ReferencesProvider = true };

    public override Task<ImmutableArray<Location>> HandleAsync(ReferenceParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var references = NavigationService.References(document.Compilation, document.Positions.GetOffset(parameters.Position), parameters.Context.IncludeDeclaration);
        return Task.FromResult(references.Select(r => new Location(document.Uri, document.Positions.GetRange(r.Span))).ToImmutableArray());
    }
}
