using System.Text.Json.Serialization;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>A command as a code lens shows it; <see cref="Id"/> is the protocol's <c>command</c>.</summary>
internal sealed record Command(string Title, [property: JsonPropertyName("command")] string Id);
