using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.EditorFeatures.Outline;
using InspectFramework.LanguageServer.Documents;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary><c>textDocument/documentSymbol</c>: the outline, nested as written (domains, standards, key
/// questions and prompts with their numbers and wording; the declarations with their labels).</summary>
internal sealed class DocumentSymbolHandler : RequestHandler<DocumentSymbolParams, ImmutableArray<DocumentSymbol>>
{
    public override string Method => "textDocument/documentSymbol";

    protected override JsonTypeInfo<DocumentSymbolParams> ParamsType => LspJsonContext.Default.DocumentSymbolParams;

    protected override JsonTypeInfo<ImmutableArray<DocumentSymbol>> ResultType => LspJsonContext.Default.ImmutableArrayDocumentSymbol;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities with { DocumentSymbolProvider = true };

    public override Task<ImmutableArray<DocumentSymbol>> HandleAsync(DocumentSymbolParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        return Task.FromResult(OutlineService.Outline(document.Compilation).Select(i => Symbol(i, document.Positions)).ToImmutableArray());
    }

    // Outlines are at most five deep (domain, standard, key question, prompt), so the recursion is bounded.
    private static DocumentSymbol Symbol(OutlineItem item, PositionMap positions) => new(
        item.Name,
        item.Detail,
        Kind(item.Kind),
        positions.GetRange(item.Span),
        positions.GetRange(item.SelectionSpan),
        item.Children.Select(c => Symbol(c, positions)).ToImmutableArray());

    private static SymbolKind Kind(OutlineItemKind kind) => kind switch
    {
        OutlineItemKind.Framework => SymbolKind.Module,
        OutlineItemKind.Source => SymbolKind.Constant,
        OutlineItemKind.Scale or OutlineItemKind.ValueSet => SymbolKind.Enum,
        OutlineItemKind.Level or OutlineItemKind.Value => SymbolKind.EnumMember,
        OutlineItemKind.BandTable => SymbolKind.Struct,
        OutlineItemKind.CaseType => SymbolKind.Class,
        OutlineItemKind.Fact => SymbolKind.Variable,
        OutlineItemKind.Discretion or OutlineItemKind.Overall => SymbolKind.Property,
        OutlineItemKind.Score => SymbolKind.Field,
        OutlineItemKind.Domain => SymbolKind.Namespace,
        OutlineItemKind.Standard => SymbolKind.Object,
        OutlineItemKind.KeyQuestion => SymbolKind.Function,
        _ => SymbolKind.Event,
    };
}
