using System;
using System.Linq;
using System.Runtime.InteropServices.JavaScript;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Formatting;
using InspectFramework.Compiler.Text;

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

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
