using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.Compiler.Formatting;
using InspectFramework.Compiler.Text;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/formatting</c>: the canonical layout, exactly as <c>inspect fmt</c> writes it, as one
/// edit of the whole text; no edits when the text is already canonical, or has syntax errors (which
/// <c>inspect fmt</c> refuses to format too; the diagnostics say what is wrong).
/// </summary>
internal sealed class FormattingHandler : RequestHandler<DocumentFormattingParams, ImmutableArray<TextEdit>>
{
    public override string Method => "textDocument/formatting";

    protected override JsonTypeInfo<DocumentFormattingParams> ParamsType => LspJsonContext.Default.DocumentFormattingParams;

    protected override JsonTypeInfo<ImmutableArray<TextEdit>> ResultType => LspJsonContext.Default.ImmutableArrayTextEdit;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) =>
        capabilities with { DocumentFormattingProvider = true };

    public override Task<ImmutableArray<TextEdit>> HandleAsync(DocumentFormattingParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var formatted = FrameworkFormatter.Format(document.Compilation).Text;
        if (formatted is null || formatted == document.Text.Text)
        {
            return Task.FromResult(ImmutableArray<TextEdit>.Empty);
        }

        var whole = document.Positions.GetRange(new TextSpan(0, document.Text.Length));
        return Task.FromResult(ImmutableArray.Create(new TextEdit(whole, formatted)));
    }
}
