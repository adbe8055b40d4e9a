using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices.JavaScript;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Formatting;
using InspectFramework.Compiler.Text;
using InspectFramework.EditorFeatures.Studio;
using InspectFramework.Tooling.CaseData;

namespace InspectFramework.Playground.Studio;

/// <summary>
/// What the studio page asks of its backend besides the language server, for the playground, where
/// the browser holds the files: each answer is one JSON object (PlaygroundJson), the shapes of
/// web/src/backend.js.
/// </summary>
public static partial class StudioExports
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A framework file's bytes (bundled, opened or dropped): its text and its hash.</summary>
    [JSExport]
    public static string Open(byte[] bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var opened = new OpenedFile(Utf8.GetString(bytes, bom, bytes.Length - bom), Hash(bytes));
        return JsonSerializer.Serialize(opened, PlaygroundJson.Default.OpenedFile);
    }

    /// <summary>The text to download on save: formatted as <c>inspect fmt</c> writes it when asked,
    /// refused when formatting is asked of a text with syntax errors.</summary>
    [JSExport]
    public static string Save(string path, string text, bool format)
    {
        if (format)
        {
            var formatted = FrameworkFormatter.Format(FrameworkCompilation.FromText(new SourceText(path, text)));
            if (formatted.Text is null)
            {
                var error = $"Not saved: formatting needs a text without syntax errors, and this one has {formatted.Errors.Length}, the first: {DisplayText.OneLine(formatted.Errors.First().ToCanonicalString())}. Fix them, or save without formatting.";
                return JsonSerializer.Serialize(new SavedFile(null, null, error), PlaygroundJson.Default.SavedFile);
            }

            text = formatted.Text;
        }

        return JsonSerializer.Serialize(new SavedFile(text, Hash(Utf8.GetBytes(text)), null), PlaygroundJson.Default.SavedFile);
    }

    /// <summary>The standards document of the text (<c>inspect docs</c>'s HTML), or null and the error count.</summary>
    [JSExport]
    public static string Preview(string path, string text) =>
        JsonSerializer.Serialize(StandardsPreview.Render(path, text), PlaygroundJson.Default.PreviewResult);

    /// <summary>A case-data file of the page's folder (bundled or opened), written into the runtime's
    /// in-memory file system (the tab's memory, not a disk) so that an inspection's <c>case_files</c>
    /// (Sefton's cases as CSV) are found beside it, as <c>inspect score</c> finds them.</summary>
    [JSExport]
    public static void AddCaseFile(string path, byte[] bytes)
    {
        var file = InFolder(path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
    }

    /// <summary>The text scored on case data (<c>inspect score</c>'s HTML report), or the problems. Data of
    /// the folder (<paramref name="inFolder"/>) may name case files added with <see cref="AddCaseFile"/>;
    /// a dropped file may name none. Data recorded under the text as first opened
    /// (<paramref name="openedText"/>) or as last saved (<paramref name="savedText"/>) is scored with the
    /// edited text when the edits are compatible (TryIt's earlier versions).</summary>
    [JSExport]
    public static string TryIt(string path, string text, string caseDataName, byte[] caseData, bool inFolder, string? savedText, string? openedText)
    {
        var options = inFolder ? new InspectionReadOptions { StreamFolder = Path.GetDirectoryName(InFolder(caseDataName)) } : null;
        var earlier = new[]
        {
            savedText is null ? null : new EarlierVersion("the text as last saved", "saved:" + path, savedText),
            openedText is null || openedText == savedText ? null : new EarlierVersion("the text as opened", "opened:" + path, openedText),
        }.OfType<EarlierVersion>().ToArray();
        return JsonSerializer.Serialize(EditorFeatures.Studio.TryIt.Score(path, text, caseData, caseDataName, options, earlier), PlaygroundJson.Default.TryItResult);
    }

    /// <summary><c>inspect diff</c>'s text report and verdict, from the text as first opened (or last saved) to the text now.</summary>
    [JSExport]
    public static string Changes(string path, string savedText, string text) =>
        JsonSerializer.Serialize(EditorFeatures.Studio.Changes.Compare("saved:" + path, savedText, path, text), PlaygroundJson.Default.ChangesResult);

    private const string Folder = "/playground";

    // A path of the page's listing ('samples/luton-2020.json'), kept inside the folder.
    private static string InFolder(string path)
    {
        var file = Path.GetFullPath(Path.Combine(Folder, path));
        return file.StartsWith(Folder + "/", StringComparison.Ordinal)
            ? file
            : throw new ArgumentException($"'{DisplayText.OneLine(path)}' is not a path inside the playground's folder.", nameof(path));
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
