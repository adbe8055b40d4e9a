namespace InspectFramework.LanguageServer.Protocol;

/// <summary>One edit: <see cref="Text"/> replaces <see cref="Range"/>, or the whole document when there
/// is no range. (The deprecated <c>rangeLength</c> is ignored, as the specification allows.)</summary>
internal sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);
