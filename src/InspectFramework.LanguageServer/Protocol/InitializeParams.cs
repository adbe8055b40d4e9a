using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>What this server reads of <c>initialize</c>: the client's process (the server exits when it
/// dies) and the workspace folders (or, from older clients, the root). The process id is required, though it may be null.</summary>
internal sealed record InitializeParams(int? ProcessId, string? RootUri = null, string? RootPath = null, ImmutableArray<WorkspaceFolder>? WorkspaceFolders = null);
