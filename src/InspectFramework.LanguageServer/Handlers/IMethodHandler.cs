using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>
/// One LSP method. Derive from <see cref="RequestHandler{TParams, TResult}"/> or
/// <see cref="NotificationHandler{TParams}"/>, add the parameter and result types to
/// <see cref="LspJsonContext"/>, and list the handler in <see cref="HandlerCatalogue"/>.
/// </summary>
internal interface IMethodHandler
{
    /// <summary>The LSP method name, such as <c>textDocument/hover</c>.</summary>
    string Method { get; }

    /// <summary>
    /// True for handlers that change the workspace (opening, editing, closing documents): they run one
    /// at a time, in the order they arrived, and each sees every edit before it. All others read the
    /// workspace as it was when they arrived and run concurrently with each other and with later edits
    /// (the ordering of Roslyn's request queue and Bicep's server).
    /// </summary>
    bool MutatesWorkspace { get; }

    /// <summary>Announces what this handler does in <c>initialize</c>'s result.</summary>
    ServerCapabilities AddCapability(ServerCapabilities capabilities);

    /// <summary>Handles the message; returns the result as JSON for a request, null for a notification.</summary>
    /// <exception cref="JsonRpc.JsonRpcException">To answer with a particular error.</exception>
    Task<byte[]?> HandleAsync(JsonElement parameters, RequestContext context, CancellationToken cancellationToken);
}
