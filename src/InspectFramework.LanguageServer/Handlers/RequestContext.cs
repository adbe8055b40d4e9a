using InspectFramework.LanguageServer.Documents;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>What a handler works with.</summary>
internal sealed class RequestContext
{
    public RequestContext(Workspace workspace, ServerSession session)
    {
        Workspace = workspace;
        Session = session;
    }

    /// <summary>The workspace as it was when the message arrived: read documents from here.</summary>
    public Workspace Workspace { get; }

    /// <summary>The server's state: only handlers that <see cref="IMethodHandler.MutatesWorkspace"/> change it.</summary>
    public ServerSession Session { get; }
}
