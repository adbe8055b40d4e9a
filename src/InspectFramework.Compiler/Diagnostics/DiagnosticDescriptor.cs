using System;
using System.Linq;

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

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The anchor of this code in docs/diagnostics.md.</summary>
    public string HelpAnchor => Code.ToLowerInvariant();

    /// <summary>This code's section of the catalogue.</summary>
    public string HelpUri => DocumentationPath + "#" + HelpAnchor;

    /// <summary>This code's section of the published catalogue, as an absolute address.</summary>
    public string AbsoluteHelpUri => DocumentationBaseUri + HelpUri;

    /// <summary>This code's section of the catalogue published under <paramref name="baseUri"/> (an
    /// absolute address of the repository's root, as <see cref="DocumentationBaseUri"/> is).</summary>
    public string HelpUriUnder(Uri baseUri) => new Uri(baseUri, HelpUri).AbsoluteUri;

    /// <summary>What docs/diagnostics.md says about this code (a test checks every code has it).</summary>
    public DiagnosticHelp Help => DiagnosticDocumentation.For(Code) ?? new DiagnosticHelp(Title, string.Empty, string.Empty);

    /// <summary>The title as one Pascal-case identifier, SARIF's rule name: words capitalised, articles
    /// left out and acronyms as words ("File is not UTF-8 text": FileIsNotUtf8Text).</summary>
    public string Name => string.Concat(System.Text.RegularExpressions.Regex.Split(Title, "[^A-Za-z0-9]+")
        .Where(w => w.Length > 0 && !Articles.Contains(w.ToLowerInvariant()))
        .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1).ToLowerInvariant()));

    private static readonly string[] Articles = { "a", "an", "the" };
}
