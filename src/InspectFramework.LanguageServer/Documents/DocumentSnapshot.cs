using System;
using System.Collections.Immutable;
using System.Threading;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Documents;

/// <summary>
/// One version of one document, never changed: an edit makes a new snapshot. Its compilation is made
/// once, when first asked for, by whichever thread asks first; requests that read the document at the
/// same time share it. A compiler exception becomes one diagnostic (IF0701), never a failed request.
/// </summary>
internal sealed class DocumentSnapshot
{
    private readonly Lazy<FrameworkCompilation> _compilation;

    public DocumentSnapshot(string uri, int? version, SourceText text, Func<SourceText, FrameworkCompilation> compile)
        : this(uri, version, text, compile, new Lazy<FrameworkCompilation>(() => CompileSafely(text, () => compile(text)), LazyThreadSafetyMode.ExecutionAndPublication))
    {
    }

    private DocumentSnapshot(string uri, int? version, SourceText text, Func<SourceText, FrameworkCompilation> compile, Lazy<FrameworkCompilation> compilation)
    {
        Uri = uri;
        Version = version;
        Text = text;
        Positions = new PositionMap(text);
        Compiler = compile;
        _compilation = compilation;
    }

    /// <summary>The document's URI exactly as the client sent it (the key the client knows it by).</summary>
    public string Uri { get; }

    /// <summary>The client's version; null for a file read from disk that is not open.</summary>
    public int? Version { get; }

    public SourceText Text { get; }

    public PositionMap Positions { get; }

    public FrameworkCompilation Compilation => _compilation.Value;

    private Func<SourceText, FrameworkCompilation> Compiler { get; }

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

        return new DocumentSnapshot(Uri, version, text, Compiler);
    }

    /// <summary>A file on disk that is not open (version null), compiled from its bytes as
    /// <c>inspect check</c> compiles a file; its text is the one the compiler decoded (empty when the
    /// file was refused whole, as too large).</summary>
    public static DocumentSnapshot FromFile(string uri, string path, byte[] bytes, Func<SourceText, FrameworkCompilation> compile)
    {
        var compilation = CompileSafely(new SourceText(path, string.Empty), () => FrameworkCompilation.FromBytes(path, bytes));
        return new(uri, null, compilation.Source, compile, new Lazy<FrameworkCompilation>(compilation));
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
