using System.Collections.Immutable;

namespace InspectFramework.LanguageServer.Protocol;

/// <summary>The client's diagnostics are not read: the server answers from its own compilation of the
/// same version. <see cref="Only"/> limits the kinds of action wanted.</summary>
internal sealed record CodeActionContext(ImmutableArray<string>? Only = null);
