namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The LSP completion item kinds this server uses (the numbers are the protocol's).</summary>
internal enum CompletionItemKind
{
    Variable = 6,
    Class = 7,
    Module = 9,
    Value = 12,
    Enum = 13,
    Keyword = 14,
    Snippet = 15,
    EnumMember = 20,
    Constant = 21,
    Struct = 22,
    Operator = 24,
}
