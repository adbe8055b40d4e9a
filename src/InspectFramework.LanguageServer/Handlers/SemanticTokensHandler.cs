using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.Compiler.Text;
using InspectFramework.EditorFeatures.Classification;
using InspectFramework.LanguageServer.Protocol;

namespace InspectFramework.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>: every classified span, packed as the protocol says. Token
/// types are the classification kinds, in their order; the standard LSP names where one fits (keyword,
/// comment, string, number, operator, variable), the language's own for names by kind (fact, value,
/// level...), which an editor maps to colours (the VS Code extension gives each a standard super type).
/// A token over several lines (a block comment) is sent one line at a time, as clients without
/// multi-line token support need.
/// </summary>
internal sealed class SemanticTokensHandler : RequestHandler<DocumentSymbolParams, SemanticTokens>
{
    /// <summary>The legend: one name per <see cref="ClassificationKind"/>, in its order.</summary>
    public static readonly ImmutableArray<string> TokenTypes = Enum.GetValues<ClassificationKind>().Select(TypeName).ToImmutableArray();

    public static readonly ImmutableArray<string> TokenModifiers = ["declaration"];

    public override string Method => "textDocument/semanticTokens/full";

    protected override JsonTypeInfo<DocumentSymbolParams> ParamsType => LspJsonContext.Default.DocumentSymbolParams;

    protected override JsonTypeInfo<SemanticTokens> ResultType => LspJsonContext.Default.SemanticTokens;

    public override ServerCapabilities AddCapability(ServerCapabilities capabilities) =>
        capabilities with { SemanticTokensProvider = new SemanticTokensOptions(new SemanticTokensLegend(TokenTypes, TokenModifiers), Full: true) };

    public override Task<SemanticTokens> HandleAsync(DocumentSymbolParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = Documents.Require(context, parameters.TextDocument.Uri);
        var source = document.Text;
        var data = ImmutableArray.CreateBuilder<int>();
        int previousLine = 0, previousStart = 0;
        foreach (var span in ClassificationService.Classify(document.Compilation))
        {
            var first = source.GetLinePosition(span.Span.Start).Line;
            var last = source.GetLinePosition(span.Span.End).Line;
            for (var line = first; line <= last; line++)
            {
                var piece = Intersect(span.Span, source.GetLineSpan(line));
                if (piece.Length == 0)
                {
                    continue;
                }

                var start = piece.Start - source.GetLineStart(line);
                data.Add(line - previousLine);
                data.Add(line == previousLine ? start - previousStart : start);
                data.Add(piece.Length);
                data.Add((int)span.Kind);
                data.Add(span.IsDeclaration ? 1 : 0);
                (previousLine, previousStart) = (line, start);
            }
        }

        return Task.FromResult(new SemanticTokens(data.ToImmutable()));
    }

    private static TextSpan Intersect(TextSpan a, TextSpan b) => TextSpan.FromBounds(Math.Max(a.Start, b.Start), Math.Min(a.End, b.End));

    private static string TypeName(ClassificationKind kind) => kind switch
    {
        ClassificationKind.Text => "string",
        ClassificationKind.Name => "variable",
        _ => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..],
    };
}
