namespace InspectFramework.LanguageServer.Protocol;

internal sealed record CompletionItem(string Label, CompletionItemKind Kind, string? Detail, TextEdit TextEdit, InsertTextFormat InsertTextFormat, string SortText);
