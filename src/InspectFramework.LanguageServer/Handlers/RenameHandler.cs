using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.EditorFeatures.Rename;
using InspectFramework.LanguageServer.JsonRpc;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/rename</c>: every edit, as one document change. Edits of a name case data stores
/// carry the change annotation <see cref="MigrationAnnotation"/>, which asks the user to confirm a
/// data migration. A refused rename is an error response (RequestFailed) whose message says why.
/// </summary>
internal sealed class RenameHandler : RequestHandler<RenameParams, WorkspaceEdit>
{
    public const string MigrationAnnotation = "dataMigration";

    public override string Method => "textDocument/rename";

    protected override JsonTypeInfo<RenameParams> ParamsType => LspJsonContext.Default.RenameParams;

    protected override JsonTypeInfo<WorkspaceEdit> ResultType => LspJsonContext.Default.WorkspaceEdit;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities with { RenameProvider = new RenameOptions(PrepareProvider: true) };

    public override Task<WorkspaceEdit> HandleAsync(RenameParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var result = RenameService.Rename(document.Compilation, document.Positions.GetOffset(parameters.Position), parameters.NewName);
        if (result.Refusal is { } refusal)
        {
            throw new JsonRpcException(JsonRpcErrorCodes.RequestFailed, refusal);
        }

        var edits = result.Edits
            .Select(e => new AnnotatedTextEdit(document.Positions.GetRange(e.Span), e.NewText, e.NeedsConfirmation ? MigrationAnnotation : null))
            .ToImmutableArray();
        var annotations = result.Migration is { } migration
            ? ImmutableDictionary<string, ChangeAnnotation>.Empty.Add(MigrationAnnotation, new ChangeAnnotation("Data migration", NeedsConfirmation: true, migration))
            : null;
        return Task.FromResult(new WorkspaceEdit(DocumentChanges: [new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(document.Uri, document.Version), edits)], ChangeAnnotations: annotations));
    }
}
