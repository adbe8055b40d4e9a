namespace InspectFramework.Tooling.StandardsDocuments;

/// <summary>Who the standards document is for.</summary>
public enum DocumentAudience
{
    /// <summary>Methodology staff: names as written in the framework, the content hash, every provenance mark in full.</summary>
    Internal,

    /// <summary>Publication: no internal names or content hash, provenance as numbered notes, a cover and print layout.</summary>
    Public,
}

/// <summary>
/// An organisation's look for a published document. Every value is checked before it gets here: the
/// organisation is plain text (escaped like all text), the logo a data URI of a PNG or JPEG checked by
/// its content, the accent colour <c>#rrggbb</c>; so nothing from a branding file becomes markup or script.
/// </summary>
public sealed record Branding(string? Organisation, string? LogoDataUri, string? AccentColour);

/// <summary>How to render a standards document.</summary>
public sealed record DocumentOptions(DocumentAudience Audience = DocumentAudience.Internal, Branding? Branding = null)
{
    public static DocumentOptions Default { get; } = new();
}
