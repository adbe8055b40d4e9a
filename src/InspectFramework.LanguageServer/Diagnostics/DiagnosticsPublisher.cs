using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Documents;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Diagnostics;

/// <summary>
/// Publishes each document's diagnostics: after a pause in typing (<see cref="Delay"/>), or at once on
/// open and save. A newer edit cancels what an older one scheduled, and a cancelled run never
/// publishes, even when it finished compiling first: cancelling and publishing take the same lock, so
/// the client never receives an older version's diagnostics after a newer one's.
/// </summary>
internal sealed class DiagnosticsPublisher
{
    private readonly Action<PublishDiagnosticsParams> _publish;
    private readonly TimeProvider _time;
    private readonly Action<Exception> _failed;
    private readonly object _gate = new();
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);

    /// <param name="failed">Told of an exception while publishing: a bug, logged, never fatal.</param>
    public DiagnosticsPublisher(Action<PublishDiagnosticsParams> publish, TimeProvider time, TimeSpan delay, Action<Exception> failed)
    {
        _publish = publish;
        _time = time;
        _failed = failed;
        Delay = delay;
    }

    public TimeSpan Delay { get; }

    /// <summary>Publishes the document's diagnostics after <see cref="Delay"/>, or as soon as they are
    /// computed when <paramref name="immediately"/>; cancels whatever was scheduled for it before.</summary>
    public void Schedule(DocumentSnapshot document, bool immediately)
    {
        // Never disposed: it holds no timer or linked token, so there is nothing to release early, and
        // another edit may be cancelling it on the dispatch loop while this run ends.
        var cancellation = new CancellationTokenSource();
        lock (_gate)
        {
            Cancel(document.Uri);
            _pending[document.Uri] = cancellation;
        }

        _ = PublishAsync(document, immediately ? TimeSpan.Zero : Delay, cancellation);
    }

    /// <summary>Cancels what was scheduled for the document and clears its diagnostics (it was closed).</summary>
    public void Clear(string uri)
    {
        lock (_gate)
        {
            Cancel(uri);
            _publish(new PublishDiagnosticsParams(uri, null, ImmutableArray<Protocol.Diagnostic>.Empty));
        }
    }

    /// <summary>Cancels everything scheduled (the server is shutting down).</summary>
    public void CancelAll()
    {
        lock (_gate)
        {
            foreach (var pending in _pending.Values)
            {
                pending.Cancel();
            }

            _pending.Clear();
        }
    }

    private void Cancel(string uri)
    {
        if (_pending.Remove(uri, out var earlier))
        {
            earlier.Cancel();
        }
    }

    private async Task PublishAsync(DocumentSnapshot document, TimeSpan delay, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, token).ConfigureAwait(false);
            }

            // Off the dispatch loop: the compilation is made here unless a request made it already.
            var diagnostics = await Task.Run(() => DiagnosticConverter.Convert(document), token).ConfigureAwait(false);
            lock (_gate)
            {
                if (token.IsCancellationRequested)
                {
                    return;
                }

                _pending.Remove(document.Uri);
                _publish(new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // A newer edit, a close or shutdown replaced this run.
        }
        catch (Exception e)
        {
            _failed(e);
        }
    }
}
