using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.EditorFeatures.Studio;

/// <summary>The standards document of the text being edited; <see cref="Html"/> is null when the text
/// has errors (<see cref="Errors"/> of them), so the studio keeps showing the last good one.</summary>
public sealed record PreviewResult(string? Html, int Errors);

/// <summary>The studio's live preview: <c>inspect docs</c>'s HTML, from an editor's text.</summary>
public static class StandardsPreview
{
    /// <param name="path">How diagnostics would name the file.</param>
    public static PreviewResult Render(string path, string text)
    {
        var compilation = FrameworkCompilation.FromText(new SourceText(path, text));
        return compilation.Model is { } model
            ? new PreviewResult(StandardsDocument.Render(model, DocumentFormat.Html), 0)
            : new PreviewResult(null, compilation.Diagnostics.Count(d => d.IsError));
    }
}
