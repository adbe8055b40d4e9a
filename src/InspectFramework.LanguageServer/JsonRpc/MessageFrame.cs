namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>What <see cref="MessageReader"/> read: one message's body, a framing error the stream has
/// been resynchronised after, or the end of the input.</summary>
internal readonly record struct MessageFrame(byte[]? Body, string? Error)
{
    public static MessageFrame End => default;

    public bool IsEnd => Body is null && Error is null;
}
