using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>A request: typed parameters in, a typed result out, both through <see cref="LspJsonContext"/>.</summary>
internal abstract class RequestHandler<TParams, TResult> : IMethodHandler
{
    public abstract string Method { get; }

    public virtual bool MutatesWorkspace => false;

    protected abstract JsonTypeInfo<TParams> ParamsType { get; }

    protected abstract JsonTypeInfo<TResult> ResultType { get; }

    public virtual ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities;

    public abstract Task<TResult> HandleAsync(TParams parameters, RequestContext context, CancellationToken cancellationToken);

    async Task<byte[]?> IMethodHandler.HandleAsync(JsonElement parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var result = await HandleAsync(HandlerParameters.Read(parameters, ParamsType, Method), context, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.SerializeToUtf8Bytes(result, ResultType);
    }
}
