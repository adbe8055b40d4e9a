namespace InspectFramework.Compiler.Diagnostics;

/// <summary>A catalogue entry: the stable code, its default severity and a one-line title for the docs.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title)
{
    /// <summary>The anchor of this code in docs/diagnostics.md.</summary>
    public string HelpAnchor => Code.ToLowerInvariant();
}
