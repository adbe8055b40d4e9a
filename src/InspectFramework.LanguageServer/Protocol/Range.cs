namespace InspectFramework.LanguageServer.Protocol;

/// <summary>From <see cref="Start"/> up to, not including, <see cref="End"/>.</summary>
internal sealed record Range(Position Start, Position End);
