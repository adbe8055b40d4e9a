using System;

namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>Thrown by a handler to answer a request with a particular error (bad parameters, a refused
/// rename) rather than the internal error every other exception becomes.</summary>
internal sealed class JsonRpcException : Exception
{
    public JsonRpcException(int code, string message)
        : base(message)
    {
        Code = code;
    }

    public int Code { get; }
}
