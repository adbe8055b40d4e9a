using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.EditorFeatures.Navigation;
using InspectFramework.LanguageServer.Documents;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>
/// <c>workspace/symbol</c>: declared names across the open documents and the framework files under the
/// workspace folders (read from disk when not open), whose name, label or number contains the query.
/// </summary>
internal sealed class WorkspaceSymbolHandler : RequestHandler<WorkspaceSymbolParams, ImmutableArray<SymbolInformation>>
{
    public override string Method => "workspace/symbol";

    protected override JsonTypeInfo<WorkspaceSymbolParams> ParamsType => LspJsonContext.Default.WorkspaceSymbolParams;

    protected override JsonTypeInfo<ImmutableArray<SymbolInformation>> ResultType => LspJsonContext.Default.ImmutableArraySymbolInformation;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities with { WorkspaceSymbolProvider = true };

    public override Task<ImmutableArray<SymbolInformation>> HandleAsync(WorkspaceSymbolParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var documents = Documents(context.Workspace, cancellationToken).ToList();
        var byPath = documents.GroupBy(d => d.Compilation.Source.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var found = WorkspaceSymbolService.Find(documents.Select(d => d.Compilation), parameters.Query);
        return Task.FromResult(found.Select(s =>
        {
            var document = byPath[s.Location.Path];
            return new SymbolInformation(s.Name, Kind(s.Kind), new Location(document.Uri, document.Positions.GetRange(s.Location.Span)), s.Container);
        }).ToImmutableArray());
    }

    // Open documents first, then files on disk, each in ordinal order of URI, so answers are the same on every machine.
    private static IEnumerable<DocumentSnapshot> Documents(Workspace workspace, CancellationToken cancellationToken)
    {
        var open = workspace.OpenDocuments.Values.OrderBy(d => d.Uri, StringComparer.Ordinal).ToList();
        var seen = new HashSet<string>(open.Select(d => d.Text.Path), StringComparer.Ordinal);
        foreach (var document in open)
        {
            yield return document;
        }

        var files = workspace.Folders
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*" + FrameworkCompilation.FileExtension, SearchOption.AllDirectories))
            .Where(path => seen.Add(path))
            .OrderBy(path => path, StringComparer.Ordinal);
        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (workspace.GetDocument(DocumentUri.FromPath(path)) is { } document)
            {
                yield return document;
            }
        }
    }

    private static SymbolKind Kind(DeclaredSymbolKind kind) => kind switch
    {
        DeclaredSymbolKind.Source => SymbolKind.Constant,
        DeclaredSymbolKind.Scale => SymbolKind.Enum,
        DeclaredSymbolKind.Level or DeclaredSymbolKind.Value => SymbolKind.EnumMember,
        DeclaredSymbolKind.BandTable => SymbolKind.Struct,
        DeclaredSymbolKind.CaseType => SymbolKind.Class,
        DeclaredSymbolKind.Fact => SymbolKind.Variable,
        DeclaredSymbolKind.Score => SymbolKind.Field,
        DeclaredSymbolKind.Domain => SymbolKind.Namespace,
        DeclaredSymbolKind.Standard => SymbolKind.Object,
        DeclaredSymbolKind.KeyQuestion => SymbolKind.Function,
        _ => SymbolKind.Event,
    };
}
