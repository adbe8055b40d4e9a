using InspectFramework.Compiler.Model;

namespace InspectFramework.Tooling.StandardsDocuments;

public enum DocumentFormat
{
    Html,
    Markdown,
}

/// <summary>
/// Renders a framework as a readable standards document for methodology staff: title block, contents,
/// rating rules as tables, case information, domains, standards with statements, key questions and
/// prompts, applicability in plain English, provenance marks. Reads only the model, and is stamped
/// with the framework's name, version and content hash; the public HTML document (see
/// <see cref="DocumentAudience.Public"/>) is not.
/// </summary>
public static class StandardsDocument
{
    public static string Render(FrameworkModel model, DocumentFormat format) => Render(model, format, DocumentOptions.Default);

    /// <remarks>The public audience and branding apply to the HTML document; Markdown is for staff.</remarks>
    public static string Render(FrameworkModel model, DocumentFormat format, DocumentOptions options)
    {
        var content = new DocumentContent(model);
        return format == DocumentFormat.Markdown ? new MarkdownDocument(content).Render() : new HtmlDocument(content, options).Render();
    }
}
