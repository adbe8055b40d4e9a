using InspectFramework.LanguageServer.Documents;
using InspectFramework.LanguageServer.JsonRpc;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>The document a request is about, for the editor-feature handlers.</summary>
internal static class Documents
{
    /// <exception cref="JsonRpcException">The document is neither open nor a file that can be read (invalid parameters).</exception>
    public static DocumentSnapshot Require(RequestContext context, string uri) =>
        context.Workspace.GetDocument(uri)
        ?? throw new JsonRpcException(JsonRpcErrorCodes.InvalidParams, $"'{uri}' is neither open nor a file that can be read.");
}
