using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;
using Microsoft.CodeAnalysis;

namespace InspectFramework.SourceGenerator;

/// <summary>One Roslyn descriptor per catalogue code, with the catalogue's title, severity and
/// description (docs/diagnostics.md) and an absolute help link that an IDE can open, so the build shows
/// the same codes and messages as <c>inspect check</c>.</summary>
internal static class Descriptors
{
    private const string Category = "InspectFramework";

    private static readonly Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> ByCode =
        DiagnosticCatalogue.All.ToDictionary(d => d.Code, Create, System.StringComparer.Ordinal);

    public static Microsoft.CodeAnalysis.DiagnosticDescriptor For(string code) => ByCode[code];

    private static Microsoft.CodeAnalysis.DiagnosticDescriptor Create(InspectFramework.Compiler.Diagnostics.DiagnosticDescriptor d) =>
        new(
            d.Code,
            d.Title,
            "{0}",
            Category,
            d.Severity == InspectFramework.Compiler.Diagnostics.DiagnosticSeverity.Error ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: d.Help.DescriptionText,
            helpLinkUri: d.AbsoluteHelpUri);
}
