namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The protocol's highlight kinds that this server uses: a declaration is written, a use read.</summary>
internal enum DocumentHighlightKind
{
    Read = 2,
    Write = 3,
}
