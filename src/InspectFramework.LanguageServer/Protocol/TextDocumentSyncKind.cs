namespace InspectFramework.LanguageServer.Protocol;

internal enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}
