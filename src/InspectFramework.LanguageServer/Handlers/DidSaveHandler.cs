using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/didSave</c>: diagnostics at once, without waiting for the pause in typing.</summary>
internal sealed class DidSaveHandler : NotificationHandler<DidSaveTextDocumentParams>
{
    public override string Method => "textDocument/didSave";

    public override bool MutatesWorkspace => true;

    protected override JsonTypeInfo<DidSaveTextDocumentParams> ParamsType => LspJsonContext.Default.DidSaveTextDocumentParams;

    public override Task HandleAsync(DidSaveTextDocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var session = context.Session;
        if (session.Workspace.OpenDocuments.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            session.Diagnostics.Schedule(document, immediately: true);
        }

        return Task.CompletedTask;
    }
}
