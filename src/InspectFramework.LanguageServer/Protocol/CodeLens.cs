namespace InspectFramework.LanguageServer.Protocol;

/// <summary>A line of explanation shown above code; its command has no command id, so it only shows.</summary>
internal sealed record CodeLens(Range Range, Command Command);
