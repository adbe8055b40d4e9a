namespace InspectFramework.Compiler.Diagnostics;

/// <summary>A catalogue entry: the stable code, its default severity and a one-line title for the docs.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title)
{
    /// <summary>
    /// Where every code is explained: the catalogue's path in the repository, the one place the CLI's
    /// SARIF and the source generator's help links come from. Each section carries an explicit anchor
    /// (<c>&lt;a id="if0001"&gt;&lt;/a&gt;</c>), so links survive a change of title.
    /// </summary>
    public const string DocumentationPath = "docs/diagnostics.md";

    /// <summary>Where <see cref="DocumentationPath"/> is published: relative help links (<see cref="HelpUri"/>)
    /// resolve against it wherever an absolute address is needed (the language server's code links).</summary>
    public const string DocumentationBaseUri = "https://github.com/inspectframework/inspectframework/blob/main/";

    /// <summary>The anchor of this code in docs/diagnostics.md.</summary>
    public string HelpAnchor => Code.ToLowerInvariant();

    /// <summary>This code's section of the catalogue.</summary>
    public string HelpUri => DocumentationPath + "#" + HelpAnchor;

    /// <summary>This code's section of the published catalogue, as an absolute address.</summary>
    public string AbsoluteHelpUri => DocumentationBaseUri + HelpUri;
}
