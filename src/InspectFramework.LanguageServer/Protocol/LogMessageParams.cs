namespace InspectFramework.LanguageServer.Protocol;

internal sealed record LogMessageParams(MessageType Type, string Message);
