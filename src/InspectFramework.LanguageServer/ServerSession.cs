using InspectFramework.LanguageServer.Diagnostics;
using InspectFramework.LanguageServer.Documents;

namespace InspectFramework.LanguageServer;

/// <summary>
/// The server's changing state. Only the dispatch loop changes <see cref="Workspace"/> (through
/// handlers that mutate the workspace, one at a time), so it needs no lock; readers get the value
/// current when their request arrived.
/// </summary>
internal sealed class ServerSession
{
    public ServerSession(Workspace workspace, DiagnosticsPublisher diagnostics, ServerLog log)
    {
        Workspace = workspace;
        Diagnostics = diagnostics;
        Log = log;
    }

    public Workspace Workspace { get; set; }

    public DiagnosticsPublisher Diagnostics { get; }

    public ServerLog Log { get; }
}
