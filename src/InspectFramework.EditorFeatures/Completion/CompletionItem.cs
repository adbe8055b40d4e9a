namespace InspectFramework.EditorFeatures.Completion;

/// <summary>
/// One completion. <see cref="InsertText"/> replaces the list's span; when <see cref="IsSnippet"/>
/// it is in the LSP snippet syntax (<c>${1:name}</c> tab stops, <c>$0</c> the final cursor), with
/// lines after the first indented relative to the first (the client adds the current indentation).
/// </summary>
public sealed record CompletionItem(string Label, CompletionItemKind Kind, string? Detail, string InsertText, bool IsSnippet = false);
