namespace InspectFramework.LanguageServer.Protocol;

internal enum InsertTextFormat
{
    PlainText = 1,
    Snippet = 2,
}
