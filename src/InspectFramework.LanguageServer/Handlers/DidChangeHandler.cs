using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/didChange</c>: incremental edits, applied in order; diagnostics follow after a pause in typing.</summary>
internal sealed class DidChangeHandler : NotificationHandler<DidChangeTextDocumentParams>
{
    public override string Method => "textDocument/didChange";

    public override bool MutatesWorkspace => true;

    protected override JsonTypeInfo<DidChangeTextDocumentParams> ParamsType => LspJsonContext.Default.DidChangeTextDocumentParams;

    public override Task HandleAsync(DidChangeTextDocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var session = context.Session;
        var uri = parameters.TextDocument.Uri;
        if (!session.Workspace.OpenDocuments.TryGetValue(uri, out var document))
        {
            session.Log.Warning($"Edits to '{uri}', which is not open, were ignored (the client sent didChange without didOpen).");
            return Task.CompletedTask;
        }

        var changed = document.WithChanges(parameters.ContentChanges, parameters.TextDocument.Version);
        session.Workspace = session.Workspace.WithDocument(changed);
        session.Diagnostics.Schedule(changed, immediately: false);
        return Task.CompletedTask;
    }
}
