namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The LSP symbol kinds this server uses (the numbers are the protocol's).</summary>
internal enum SymbolKind
{
    Module = 2,
    Namespace = 3,
    Class = 5,
    Property = 7,
    Field = 8,
    Enum = 10,
    Function = 12,
    Variable = 13,
    Constant = 14,
    Object = 19,
    EnumMember = 22,
    Struct = 23,
    Event = 24,
}
