using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace InspectFramework.Studio.Api;

// The API's requests and answers (docs/studio.md), serialised by source-generated System.Text.Json:
// no reflection, so the Native AOT build needs nothing kept for them.
internal sealed record FileEntry(string Path);

internal sealed record FilesAnswer(IReadOnlyList<FileEntry> Files, IReadOnlyList<FileEntry> CaseFiles, bool Truncated);

internal sealed record FileAnswer(string Path, string Text, string Hash);

internal sealed record SaveRequest(string? Text, string? BaseHash, bool Format);

internal sealed record SavedAnswer(string Hash, string Text);

internal sealed record ConflictAnswer(string DiskHash, string DiskText);

internal sealed record PreviewRequest(string? Path, string? Text);

internal sealed record PreviewAnswer(string? Html, int Errors);

internal sealed record TryRequest(string? Path, string? Text, string? CaseFile, string? CaseName, string? CaseDataBase64);

internal sealed record TryAnswer(string? Html, string Summary, IReadOnlyList<string> Problems, string? Basis);

internal sealed record ChangesRequest(string? Path, string? Text, string? Against);

internal sealed record ChangesAnswer(string Text, string Verdict, bool Available);

internal sealed record ErrorAnswer(string Error);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(FilesAnswer))]
[JsonSerializable(typeof(FileAnswer))]
[JsonSerializable(typeof(SaveRequest))]
[JsonSerializable(typeof(SavedAnswer))]
[JsonSerializable(typeof(ConflictAnswer))]
[JsonSerializable(typeof(PreviewRequest))]
[JsonSerializable(typeof(PreviewAnswer))]
[JsonSerializable(typeof(TryRequest))]
[JsonSerializable(typeof(TryAnswer))]
[JsonSerializable(typeof(ChangesRequest))]
[JsonSerializable(typeof(ChangesAnswer))]
[JsonSerializable(typeof(ErrorAnswer))]
internal sealed partial class StudioJsonContext : JsonSerializerContext;
