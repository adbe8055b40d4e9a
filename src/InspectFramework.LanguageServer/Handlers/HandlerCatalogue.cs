using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>Every method the server answers beyond the lifecycle (initialize, shutdown, exit, and
/// <c>$/cancelRequest</c>, which the server itself handles): one line per handler.</summary>
internal static class HandlerCatalogue
{
    public static ImmutableArray<IMethodHandler> Create() =>
    [
        new DidOpenHandler(),
        new DidChangeHandler(),
        new DidCloseHandler(),
        new DidSaveHandler(),
        new FormattingHandler(),
        new CodeActionHandler(),
        new HoverHandler(),
        new DefinitionHandler(),
        new ReferencesHandler(),
        new DocumentHighlightHandler(),
        new DocumentSymbolHandler(),
        new WorkspaceSymbolHandler(),
        new CompletionHandler(),
        new PrepareRenameHandler(),
        new RenameHandler(),
        new SemanticTokensHandler(),
        new FoldingRangeHandler(),
        new CodeLensHandler(),
    ];

    public static FrozenDictionary<string, IMethodHandler> ByMethod(ImmutableArray<IMethodHandler> handlers) =>
        handlers.ToFrozenDictionary(h => h.Method, System.StringComparer.Ordinal);
}
