using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.EditorFeatures.Completion;
using InspectFramework.LanguageServer.Protocol;
using FeatureKind = InspectFramework.EditorFeatures.Completion.CompletionItemKind;
using LspCompletionItem = InspectFramework.LanguageServer.Protocol.CompletionItem;
using LspCompletionItemKind = InspectFramework.LanguageServer.Protocol.CompletionItemKind;
using LspCompletionList = InspectFramework.LanguageServer.Protocol.CompletionList;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/completion</c>: what may come at the cursor, each item replacing the word being typed
/// (a text edit, so clients agree on what is replaced); snippets in the LSP snippet syntax. The order is
/// the server's (sortText), which puts the likeliest first.
/// </summary>
internal sealed class CompletionHandler : RequestHandler<CompletionParams, LspCompletionList>
{
    public override string Method => "textDocument/completion";

    protected override JsonTypeInfo<CompletionParams> ParamsType => LspJsonContext.Default.CompletionParams;

    protected override JsonTypeInfo<LspCompletionList> ResultType => LspJsonContext.Default.CompletionList;

    // Where a list of values or names continues: after "in {" and after a comma.
    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) =>
        capabilities with { CompletionProvider = new CompletionOptions(["{", ","]) };

    public override Task<LspCompletionList> HandleAsync(CompletionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var list = CompletionService.Complete(document.Compilation, document.Positions.GetOffset(parameters.Position));
        var range = document.Positions.GetRange(list.ReplaceSpan);
        var items = list.Items.Select((item, index) => new LspCompletionItem(
            item.Label,
            Kind(item.Kind),
            item.Detail,
            new TextEdit(range, item.InsertText),
            item.IsSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            index.ToString("D4", CultureInfo.InvariantCulture)));
        return Task.FromResult(new LspCompletionList(false, items.ToImmutableArray()));
    }

    private static LspCompletionItemKind Kind(FeatureKind kind) => kind switch
    {
        FeatureKind.Keyword => LspCompletionItemKind.Keyword,
        FeatureKind.Operator => LspCompletionItemKind.Operator,
        FeatureKind.Fact => LspCompletionItemKind.Variable,
        FeatureKind.Value or FeatureKind.Level => LspCompletionItemKind.EnumMember,
        FeatureKind.ValueSet => LspCompletionItemKind.Enum,
        FeatureKind.CaseType => LspCompletionItemKind.Class,
        FeatureKind.BandTable => LspCompletionItemKind.Struct,
        FeatureKind.Score => LspCompletionItemKind.Constant,
        FeatureKind.Source => LspCompletionItemKind.Module,
        FeatureKind.Option => LspCompletionItemKind.Value,
        _ => LspCompletionItemKind.Snippet,
    };
}
