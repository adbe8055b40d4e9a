using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/didOpen</c>: the document's text is now the client's, and its diagnostics are published at once.</summary>
internal sealed class DidOpenHandler : NotificationHandler<DidOpenTextDocumentParams>
{
    public override string Method => "textDocument/didOpen";

    public override bool MutatesWorkspace => true;

    protected override JsonTypeInfo<DidOpenTextDocumentParams> ParamsType => LspJsonContext.Default.DidOpenTextDocumentParams;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) =>
        capabilities with { TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental, new SaveOptions(IncludeText: false)) };

    public override Task HandleAsync(DidOpenTextDocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var session = context.Session;
        var item = parameters.TextDocument;
        var document = session.Workspace.Open(item.Uri, item.Version, item.Text);
        session.Workspace = session.Workspace.WithDocument(document);
        session.Diagnostics.Schedule(document, immediately: true);
        return Task.CompletedTask;
    }
}
