using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Cli.Output;

/// <summary>Where each diagnostic code is explained: its section of docs/diagnostics.md.</summary>
internal static class DiagnosticHelp
{
    /// <summary>
    /// The catalogue's path in the repository. SARIF wants an absolute URI for <c>helpUri</c>, but the
    /// project has no published documentation address yet: replace this with it once there is one.
    /// Each section carries an explicit anchor (<c>&lt;a id="if0001"&gt;&lt;/a&gt;</c>), so links
    /// survive a change of title.
    /// </summary>
    public const string DocumentUri = "docs/diagnostics.md";

    public static string UriFor(DiagnosticDescriptor descriptor) => DocumentUri + "#" + descriptor.HelpAnchor;
}
