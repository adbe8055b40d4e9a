using InspectFramework.LanguageServer.JsonRpc;

namespace InspectFramework.LanguageServer.Protocol;

internal sealed record CancelParams(RequestId Id);
