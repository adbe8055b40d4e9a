using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.Compiler.Text;
using InspectFramework.EditorFeatures.Hints;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeLens</c>: above each standard and key question, its rating rule and its
/// applicability in plain English, one lens each. Code lenses rather than inlay hints: the sentences
/// are long, and read better on a line of their own than inside the code. The lenses only show (their
/// command names nothing to run). Labels in them are one line, control characters escaped.
/// </summary>
internal sealed class CodeLensHandler : RequestHandler<DocumentSymbolParams, ImmutableArray<CodeLens>>
{
    public override string Method => "textDocument/codeLens";

    protected override JsonTypeInfo<DocumentSymbolParams> ParamsType => LspJsonContext.Default.DocumentSymbolParams;

    protected override JsonTypeInfo<ImmutableArray<CodeLens>> ResultType => LspJsonContext.Default.ImmutableArrayCodeLens;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) => capabilities with { CodeLensProvider = new CodeLensOptions(ResolveProvider: false) };

    public override Task<ImmutableArray<CodeLens>> HandleAsync(DocumentSymbolParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var lenses = new List<CodeLens>();
        foreach (var hint in HintService.Hints(document.Compilation))
        {
            var range = document.Positions.GetRange(hint.Span);
            lenses.Add(new CodeLens(range, new Command(DisplayText.OneLine(hint.Rating), string.Empty)));
            if (hint.Applicability is { } applicability)
            {
                lenses.Add(new CodeLens(range, new Command(DisplayText.OneLine(applicability), string.Empty)));
            }
        }

        return Task.FromResult(lenses.ToImmutableArray());
    }
}
