using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/didClose</c>: the document is the file on disk again; its diagnostics are cleared.</summary>
internal sealed class DidCloseHandler : NotificationHandler<DidCloseTextDocumentParams>
{
    public override string Method => "textDocument/didClose";

    public override bool MutatesWorkspace => true;

    protected override JsonTypeInfo<DidCloseTextDocumentParams> ParamsType => LspJsonContext.Default.DidCloseTextDocumentParams;

    public override Task HandleAsync(DidCloseTextDocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var session = context.Session;
        var uri = parameters.TextDocument.Uri;
        session.Workspace = session.Workspace.WithoutDocument(uri);
        session.Diagnostics.Clear(uri);
        return Task.CompletedTask;
    }
}
