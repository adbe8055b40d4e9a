namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>What an <see cref="IMessageChannel"/> read: one message's body, a framing error the channel
/// has recovered from, or the end of the input.</summary>
public readonly record struct MessageFrame(byte[]? Body, string? Error)
{
    public static MessageFrame End => default;

    public bool IsEnd => Body is null && Error is null;
}
