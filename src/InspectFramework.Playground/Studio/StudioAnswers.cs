namespace InspectFramework.Playground.Studio;

/// <summary>A file as the page opens it: <c>hash</c> is the lowercase hex SHA-256 of its bytes.</summary>
internal sealed record OpenedFile(string Text, string Hash);

/// <summary>What save hands the page to download, or why it refused.</summary>
internal sealed record SavedFile(string? Text, string? Hash, string? Error);
