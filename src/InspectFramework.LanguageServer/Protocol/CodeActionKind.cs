namespace InspectFramework.LanguageServer.Protocol;

internal static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}
