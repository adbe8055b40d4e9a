using System;
using System.IO;
using InspectFramework.Compiler.Text;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer;

/// <summary>
/// The server's log: standard error (standard output carries only protocol), and the client's output
/// window through <c>window/logMessage</c> once <c>initialize</c> has been answered (the specification
/// allows nothing earlier).
/// </summary>
internal sealed class ServerLog
{
    private readonly TextWriter _stderr;
    private readonly object _gate = new();
    private Action<LogMessageParams>? _client;

    public ServerLog(TextWriter stderr) => _stderr = stderr;

    public void SendToClient(Action<LogMessageParams> send) => _client = send;

    public void Error(string message) => Write(MessageType.Error, message);

    public void Warning(string message) => Write(MessageType.Warning, message);

    public void Info(string message) => Write(MessageType.Info, message);

    /// <summary>Details for the bug report (a stack trace): standard error only.</summary>
    public void Detail(string message)
    {
        lock (_gate)
        {
            _stderr.WriteLine(message);
            _stderr.Flush();
        }
    }

    private void Write(MessageType type, string message)
    {
        // Messages may quote the client's text: one line, control characters escaped.
        message = DisplayText.OneLine(message);
        lock (_gate)
        {
            _stderr.WriteLine($"inspect lsp: {type.ToString().ToLowerInvariant()}: {message}");
            _stderr.Flush();
        }

        _client?.Invoke(new LogMessageParams(type, message));
    }
}
