using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;
using InspectFramework.LanguageServer.Handlers;

namespace InspectFramework.LanguageServer;

/// <summary>What the host (the CLI, or a test) chooses about a server; the defaults are the real ones.</summary>
public sealed class LanguageServerOptions
{
    /// <summary>Standard error: the log, for people and bug reports.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>The clock the pause before publishing diagnostics and the watch on the client process run on.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How long typing must pause before diagnostics are published.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Whether the server exits when the client process named in <c>initialize</c> ends. A host
    /// without processes to watch (the browser playground, where the client is the page itself) turns it off.</summary>
    public bool WatchClientProcess { get; init; } = true;

    /// <summary>Whether a document's warnings take the severities of the nearest <c>inspectconfig.json</c>
    /// above it, as <c>inspect check</c> gives them. A host without files (the browser playground) turns it off.</summary>
    public bool ReadsConfigurationFiles { get; init; } = true;

    /// <summary>How often the server checks that the client process named in <c>initialize</c> is alive.</summary>
    public TimeSpan ClientProcessCheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The folder a host serves to a web page (<c>inspect serve</c>): it is the workspace folder
    /// whatever the client names in <c>initialize</c>, and files on disk are read only from inside it
    /// (by real path: no <c>..</c> or symbolic link out). Null for an editor's server (<c>inspect lsp</c>).</summary>
    public string? ServedFolder { get; init; }

    /// <summary>The version <c>initialize</c> reports.</summary>
    public string Version { get; init; } = "0.0.0";

    /// <summary>How an editor's text is compiled: with the checks <c>inspect check</c> makes of the
    /// saved file (size, NUL characters), reusing what it can of an earlier version's compilation;
    /// tests replace it to make the compiler fail.</summary>
    internal Func<SourceText, FrameworkCompilation?, FrameworkCompilation> Compile { get; init; } = FrameworkCompilation.FromText;

    /// <summary>The methods served; tests add handlers that fail or wait.</summary>
    internal ImmutableArray<IMethodHandler> Handlers { get; init; } = HandlerCatalogue.Create();

    /// <summary>Whether a process is running; tests replace it to end the client.</summary>
    internal Func<int, bool> ProcessIsAlive { get; init; } = IsAlive;

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return false;
        }
    }
}
