using System;
using System.Collections.Immutable;
using System.Threading;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Configuration;
using InspectFramework.Compiler.Text;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Documents;

/// <summary>
/// One version of one document, never changed: an edit makes a new snapshot. Its compilation is made
/// once, when first asked for, by whichever thread asks first; requests that read the document at the
/// same time share it. A compiler exception becomes one diagnostic (IF0701), never a failed request.
/// The compilation of the latest earlier version that had one is handed to the compiler, which reuses
/// the syntax the edits since did not touch (versions typed within the pause are never compiled).
/// </summary>
internal sealed class DocumentSnapshot
{
    private readonly Lazy<FrameworkCompilation> _compilation;

    // An earlier version's compilation for this one's to start from; let go once this one has its own.
    private FrameworkCompilation? _previous;

    public DocumentSnapshot(string uri, int? version, SourceText text, Func<SourceText, FrameworkCompilation?, FrameworkCompilation> compile)
        : this(uri, version, text, compile, compilation: null, previous: null)
    {
    }

    private DocumentSnapshot(string uri, int? version, SourceText text, Func<SourceText, FrameworkCompilation?, FrameworkCompilation> compile, Lazy<FrameworkCompilation>? compilation, FrameworkCompilation? previous)
    {
        Uri = uri;
        Version = version;
        Text = text;
        Positions = new PositionMap(text);
        Compiler = compile;
        _previous = previous;
        _compilation = compilation ?? new Lazy<FrameworkCompilation>(Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The document's URI exactly as the client sent it (the key the client knows it by).</summary>
    public string Uri { get; }

    /// <summary>The client's version; null for a file read from disk that is not open.</summary>
    public int? Version { get; }

    public SourceText Text { get; }

    public PositionMap Positions { get; }

    public FrameworkCompilation Compilation => _compilation.Value;

    private Func<SourceText, FrameworkCompilation?, FrameworkCompilation> Compiler { get; }

    // The latest compilation of this version or an earlier one, for the next version to start from.
    private FrameworkCompilation? LatestCompilation => _compilation.IsValueCreated ? _compilation.Value : _previous;

    /// <summary>The snapshot after <paramref name="changes"/>, applied in order, each to the text the one
    /// before it left (a change without a range replaces the whole text).</summary>
    public DocumentSnapshot WithChanges(ImmutableArray<TextDocumentContentChangeEvent> changes, int version)
    {
        var text = Text;
        var positions = Positions;
        foreach (var change in changes)
        {
            string next;
            if (change.Range is null)
            {
                next = change.Text;
            }
            else
            {
                var span = positions.GetSpan(change.Range);
                next = string.Concat(text.Text.AsSpan(0, span.Start), change.Text, text.Text.AsSpan(span.End));
            }

            text = new SourceText(text.Path, next);
            positions = new PositionMap(text);
        }

        return new DocumentSnapshot(Uri, version, text, Compiler, compilation: null, LatestCompilation);
    }

    /// <summary>A file on disk that is not open (version null), compiled from its bytes as
    /// <c>inspect check</c> compiles a file; its text is the one the compiler decoded (empty when the
    /// file was refused whole, as too large).</summary>
    /// <param name="severities">What the file's configuration sets, as <paramref name="compile"/> applies it to open documents.</param>
    public static DocumentSnapshot FromFile(string uri, string path, byte[] bytes, Func<SourceText, FrameworkCompilation?, FrameworkCompilation> compile, DiagnosticSeverities severities)
    {
        var compilation = CompileSafely(new SourceText(path, string.Empty), () => FrameworkCompilation.FromBytes(path, bytes).WithSeverities(severities));
        return new(uri, null, compilation.Source, compile, new Lazy<FrameworkCompilation>(compilation), previous: null);
    }

    private FrameworkCompilation Compile()
    {
        var compilation = CompileSafely(Text, () => Compiler(Text, _previous));
        _previous = null;
        return compilation;
    }

    private static FrameworkCompilation CompileSafely(SourceText text, Func<FrameworkCompilation> compile)
    {
        try
        {
            return compile();
        }
        catch (Exception e)
        {
            // Any exception here is a compiler bug; the editor must go on working, so it is shown as
            // one diagnostic at the top of the file, and the next edit compiles again.
            return FrameworkCompilation.Crashed(text, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
