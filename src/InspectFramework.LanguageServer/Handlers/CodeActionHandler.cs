using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Diagnostics;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeAction</c>: every fix the compiler offers (<see cref="Compiler.Diagnostics.Diagnostic.Fixes"/>)
/// for the diagnostics that touch the requested range, as a quick fix with its edit; the diagnostic's
/// preferred fix is marked so, for editors that apply it with one key.
/// </summary>
internal sealed class CodeActionHandler : RequestHandler<CodeActionParams, ImmutableArray<CodeAction>>
{
    public override string Method => "textDocument/codeAction";

    protected override JsonTypeInfo<CodeActionParams> ParamsType => LspJsonContext.Default.CodeActionParams;

    protected override JsonTypeInfo<ImmutableArray<CodeAction>> ResultType => LspJsonContext.Default.ImmutableArrayCodeAction;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) =>
        capabilities with { CodeActionProvider = new CodeActionOptions([CodeActionKind.QuickFix]) };

    public override Task<ImmutableArray<CodeAction>> HandleAsync(CodeActionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = parameters.TextDocument.Uri;
        if (parameters.Context.Only is { } only && !only.Any(kind => CodeActionKind.QuickFix.StartsWith(kind, StringComparison.Ordinal)))
        {
            return Task.FromResult(ImmutableArray<CodeAction>.Empty);
        }

        var document = Documents.Require(context, uri);
        var requested = document.Positions.GetSpan(parameters.Range);
        var actions = new List<CodeAction>();
        foreach (var diagnostic in document.Compilation.Diagnostics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = diagnostic.Location.Span;
            if (diagnostic.Fixes.IsEmpty || span.Start > requested.End || requested.Start > span.End)
            {
                continue;
            }

            var shown = DiagnosticConverter.Convert(diagnostic, document);
            foreach (var fix in diagnostic.Fixes)
            {
                var edits = fix.Changes.Select(c => new TextEdit(document.Positions.GetRange(c.Span), c.NewText)).ToImmutableArray();
                var edit = new WorkspaceEdit(new Dictionary<string, ImmutableArray<TextEdit>>(StringComparer.Ordinal) { [uri] = edits });
                actions.Add(new CodeAction(fix.Title, CodeActionKind.QuickFix, [shown], edit, fix.IsPreferred ? true : null));
            }
        }

        return Task.FromResult(actions.ToImmutableArray());
    }
}
