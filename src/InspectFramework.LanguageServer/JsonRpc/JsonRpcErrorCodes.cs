namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>The error codes of JSON-RPC 2.0 and the two LSP adds that this server answers with.</summary>
internal static class JsonRpcErrorCodes
{
    /// <summary>The message is not JSON, or its framing (the Content-Length header) is broken.</summary>
    public const int ParseError = -32700;

    /// <summary>JSON, but not a JSON-RPC request; or a request after <c>shutdown</c>.</summary>
    public const int InvalidRequest = -32600;

    public const int MethodNotFound = -32601;

    public const int InvalidParams = -32602;

    /// <summary>A handler failed: a bug in the server, reported to the client instead of ending it.</summary>
    public const int InternalError = -32603;

    /// <summary>A request other than <c>initialize</c> before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>The client cancelled the request with <c>$/cancelRequest</c>.</summary>
    public const int RequestCancelled = -32800;

    /// <summary>A valid request the server declines, saying why (a rename to a name that is taken).</summary>
    public const int RequestFailed = -32803;
}
