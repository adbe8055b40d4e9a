namespace InspectFramework.LanguageServer.Protocol;

/// <summary>A zero-based line and character; characters are UTF-16 code units (the encoding this server
/// announces in <c>positionEncoding</c>), as the compiler's columns are.</summary>
internal sealed record Position(int Line, int Character);
