namespace InspectFramework.LanguageServer.Protocol;

internal enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}
