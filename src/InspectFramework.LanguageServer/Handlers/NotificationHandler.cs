using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>A notification: typed parameters in, no answer.</summary>
internal abstract class NotificationHandler<TParams> : IMethodHandler
{
    public abstract string Method { get; }

    public virtual bool MutatesWorkspace => false;

    protected abstract JsonTypeInfo<TParams> ParamsType { get; }

    public virtual ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities;

    public abstract Task HandleAsync(TParams parameters, RequestContext context, CancellationToken cancellationToken);

    async Task<byte[]?> IMethodHandler.HandleAsync(JsonElement parameters, RequestContext context, CancellationToken cancellationToken)
    {
        await HandleAsync(HandlerParameters.Read(parameters, ParamsType, Method), context, cancellationToken).ConfigureAwait(false);
        return null;
    }
}
