namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The completion context (how it was triggered) is not read: the place decides what is offered.</summary>
internal sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);
