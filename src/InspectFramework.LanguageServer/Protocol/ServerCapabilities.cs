namespace InspectFramework.LanguageServer.Protocol;

/// <summary>What the server can do; each handler adds its own capability
/// (<see cref="Handlers.IMethodHandler.AddCapability"/>), so the list cannot drift from the handlers.</summary>
internal sealed record ServerCapabilities
{
    /// <summary>Always UTF-16: the compiler's columns count UTF-16 code units.</summary>
    public string PositionEncoding { get; init; } = "utf-16";

    public TextDocumentSyncOptions? TextDocumentSync { get; init; }

    public bool? DocumentFormattingProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }

    public bool? HoverProvider { get; init; }

    public bool? DefinitionProvider { get; init; }

    public bool? ReferencesProvider { get; init; }

    public bool? DocumentHighlightProvider { get; init; }

    public bool? DocumentSymbolProvider { get; init; }

    public bool? WorkspaceSymbolProvider { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public RenameOptions? RenameProvider { get; init; }

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    public bool? FoldingRangeProvider { get; init; }

    public CodeLensOptions? CodeLensProvider { get; init; }
}
