using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.LanguageServer.Documents;
using InspectFramework.LanguageServer.Protocol;
using CompilerDiagnostic = InspectFramework.Compiler.Diagnostics.Diagnostic;
using CompilerSeverity = InspectFramework.Compiler.Diagnostics.DiagnosticSeverity;
using Diagnostic = InspectFramework.LanguageServer.Protocol.Diagnostic;
using DiagnosticSeverity = InspectFramework.LanguageServer.Protocol.DiagnosticSeverity;
using Position = InspectFramework.LanguageServer.Protocol.Position;
using Range = InspectFramework.LanguageServer.Protocol.Range;

namespace InspectFramework.LanguageServer.Diagnostics;

/// <summary>The compiler's diagnostics as LSP diagnostics: the same code, message, severity and place
/// as <c>inspect check</c> reports, with a link to the code's section of the documentation.</summary>
internal static class DiagnosticConverter
{
    /// <summary>The source shown next to each diagnostic in the editor.</summary>
    public const string Source = "inspect";

    private static readonly FrozenDictionary<string, CodeDescription> Links =
        DiagnosticCatalogue.All.ToFrozenDictionary(d => d.Code, d => new CodeDescription(d.AbsoluteHelpUri), System.StringComparer.Ordinal);

    /// <summary>Where a diagnostic about the file as a whole is shown: its very start.</summary>
    private static readonly Range Top = new(new Position(0, 0), new Position(0, 0));

    public static ImmutableArray<Diagnostic> Convert(DocumentSnapshot document) =>
        document.Compilation.Diagnostics.Select(Convert).ToImmutableArray();

    public static Diagnostic Convert(CompilerDiagnostic diagnostic) => new(
        diagnostic.Location.HasPosition ? PositionMap.ToRange(diagnostic.Location.LineSpan) : Top,
        diagnostic.Severity == CompilerSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        diagnostic.Code,
        Links.TryGetValue(diagnostic.Code, out var link) ? link : new CodeDescription(DiagnosticDescriptor.DocumentationBaseUri + DiagnosticDescriptor.DocumentationPath),
        Source,
        diagnostic.Message);
}
