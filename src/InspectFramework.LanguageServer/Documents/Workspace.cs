using System;
using System.Collections.Immutable;
using System.IO;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Configuration;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Files;

namespace InspectFramework.LanguageServer.Documents;

/// <summary>
/// The server's documents at one moment, never changed: each edit makes a new workspace, and a request
/// reads the one current when it arrived, however many edits come in while it runs. Files under the
/// workspace folders that are not open are read from disk when asked for.
/// </summary>
internal sealed class Workspace
{
    /// <param name="confinedTo">When given (the real path of the folder <c>inspect serve</c> serves),
    /// files on disk are read only from inside it: the client is a web page, not the user's editor.</param>
    /// <param name="configurations">Where the <c>inspectconfig.json</c> of a document is found, as
    /// <c>inspect check</c> finds it; null where there are no files (the browser playground).</param>
    public Workspace(ImmutableArray<string> folders, Func<SourceText, FrameworkCompilation?, FrameworkCompilation> compile, string? confinedTo = null, ConfigurationFiles? configurations = null)
        : this(folders, compile, configurations, ImmutableDictionary.Create<string, DocumentSnapshot>(StringComparer.Ordinal), confinedTo)
    {
    }

    private Workspace(ImmutableArray<string> folders, Func<SourceText, FrameworkCompilation?, FrameworkCompilation> compile, ConfigurationFiles? configurations, ImmutableDictionary<string, DocumentSnapshot> documents, string? confinedTo)
    {
        Folders = folders;
        _configurations = configurations;
        // A document's warnings take the severities its configuration file sets (read again when that file changes).
        Compile = configurations is null ? compile : (text, previous) => compile(text, previous).WithSeverities(configurations.SeveritiesFor(text.Path));
        _compile = compile;
        OpenDocuments = documents;
        ConfinedTo = confinedTo;
    }

    private readonly ConfigurationFiles? _configurations;

    // The compiler as given, which Compile adds the configuration to.
    private readonly Func<SourceText, FrameworkCompilation?, FrameworkCompilation> _compile;

    /// <summary>The only folder files on disk are read from (by real path), or null for anywhere.</summary>
    public string? ConfinedTo { get; }

    /// <summary>The workspace folders' local paths, from <c>initialize</c>.</summary>
    public ImmutableArray<string> Folders { get; }

    /// <summary>The open documents by URI, as the client sent it.</summary>
    public ImmutableDictionary<string, DocumentSnapshot> OpenDocuments { get; }

    /// <summary>How an open document's text is compiled, given the compilation of an earlier version
    /// if there is one: the compiler, or a stand-in in tests, with the configuration file's severities
    /// (files on disk are compiled from their bytes, by <see cref="FrameworkCompilation.FromBytes"/>,
    /// through the same severities).</summary>
    public Func<SourceText, FrameworkCompilation?, FrameworkCompilation> Compile { get; }

    public Workspace WithFolders(ImmutableArray<string> folders) => new(folders, _compile, _configurations, OpenDocuments, ConfinedTo);

    public Workspace WithDocument(DocumentSnapshot document) => new(Folders, _compile, _configurations, OpenDocuments.SetItem(document.Uri, document), ConfinedTo);

    public Workspace WithoutDocument(string uri) => new(Folders, _compile, _configurations, OpenDocuments.Remove(uri), ConfinedTo);

    public DocumentSnapshot Open(string uri, int version, string text) =>
        new(uri, version, new SourceText(DocumentUri.ToPath(uri), text), Compile);

    /// <summary>The open document, else the file on disk (version null), read as <c>inspect check</c>
    /// reads it (a file that is too large or not UTF-8 is one diagnostic); null when neither exists or
    /// the file cannot be read or is outside <see cref="ConfinedTo"/>.</summary>
    public DocumentSnapshot? GetDocument(string uri)
    {
        if (OpenDocuments.TryGetValue(uri, out var open))
        {
            return open;
        }

        var path = DocumentUri.ToPath(uri);
        if (!Path.IsPathRooted(path) || (ConfinedTo is { } folder && !(RealPath.Of(path) is { } real && RealPath.IsInside(real, folder))))
        {
            return null;
        }

        try
        {
            return DocumentSnapshot.FromFile(uri, path, BoundedRead.File(path, FrameworkCompilation.MaxFileBytes), Compile, _configurations?.SeveritiesFor(path) ?? DiagnosticSeverities.Default);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
