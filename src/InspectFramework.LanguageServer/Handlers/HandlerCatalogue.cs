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
    ];

    public static FrozenDictionary<string, IMethodHandler> ByMethod(ImmutableArray<IMethodHandler> handlers) =>
        handlers.ToFrozenDictionary(h => h.Method, System.StringComparer.Ordinal);
}
