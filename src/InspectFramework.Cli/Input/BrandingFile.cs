using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.Cli.Input;

/// <summary>
/// Reads <c>inspect docs --branding FILE</c>: a small JSON object with <c>organisation</c>, <c>logo</c>
/// and <c>accentColour</c>. Every value is checked, and every problem reported at its place (IF0801,
/// IF0802), before anything is rendered; the logo is embedded only if its content is PNG or JPEG.
/// </summary>
internal static class BrandingFile
{
    public const int MaxLogoBytes = 1024 * 1024;
    private const int MaxFileBytes = 64 * 1024;
    private const int MaxOrganisation = 200;

    /// <returns>The branding, or null with the problems in <paramref name="diagnostics"/>.</returns>
    public static Branding? Load(string fullPath, string displayPath, out IReadOnlyList<Diagnostic> diagnostics)
    {
        string text;
        try
        {
            var info = new FileInfo(fullPath);
            text = info.Exists && info.Length > MaxFileBytes
                ? throw new IOException($"it is {info.Length} bytes; a branding file may be at most {MaxFileBytes} bytes")
                : File.ReadAllText(fullPath, new UTF8Encoding(false, true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics = DiagnosticBag.AboutFile(displayPath, r => r.UnreadableBranding(DisplayText.OneLine(e.Message)));
            return null;
        }

        var bag = new DiagnosticBag(new SourceText(displayPath, text));
        var branding = Parse(text, Path.GetDirectoryName(fullPath) ?? ".", bag);
        diagnostics = bag.ToSortedArray();
        return bag.HasErrors ? null : branding;
    }

    private static Branding? Parse(string text, string directory, DiagnosticBag bag)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        TextSpan Span(long byteStart, int byteLength)
        {
            var start = Encoding.UTF8.GetCharCount(bytes, 0, (int)byteStart);
            return new TextSpan(start, Encoding.UTF8.GetCharCount(bytes, (int)byteStart, byteLength));
        }

        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                bag.Report.InvalidBranding(Span(reader.TokenStartIndex, 0), "The branding file must be one JSON object, { ... }.");
                return null;
            }

            string? organisation = null, logo = null, accent = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var nameSpan = Span(reader.TokenStartIndex, (int)(reader.BytesConsumed - reader.TokenStartIndex));
                reader.Read();
                var valueSpan = Span(reader.TokenStartIndex, reader.TokenType == JsonTokenType.String ? reader.ValueSpan.Length + 2 : (int)(reader.BytesConsumed - reader.TokenStartIndex));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }

                if (!seen.Add(name))
                {
                    bag.Report.InvalidBranding(nameSpan, $"'{name}' is given twice; give each setting once.");
                    continue;
                }

                var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                switch (name)
                {
                    case "organisation" when value is null || value.Trim().Length == 0 || value.Length > MaxOrganisation || value.Any(char.IsControl):
                        bag.Report.InvalidBranding(valueSpan, $"'organisation' must be the organisation's name as text in quotes, on one line, at most {MaxOrganisation} characters.");
                        break;
                    case "organisation":
                        organisation = value!.Trim();
                        break;
                    case "logo" when value is null || value.Trim().Length == 0:
                        bag.Report.InvalidBranding(valueSpan, "'logo' must be the name of an image file in quotes, relative to the branding file.");
                        break;
                    case "logo":
                        logo = LogoDataUri(Path.Combine(directory, value!), value!, valueSpan, bag);
                        break;
                    case "accentColour" when value is null || value.Length != 7 || value[0] != '#' || !value.Skip(1).All(Uri.IsHexDigit):
                        bag.Report.InvalidBranding(valueSpan, $"'accentColour' must be a colour written as # and six hexadecimal digits, such as \"#1f5fa8\", not {DisplayText.OneLine(Value(reader))}.");
                        break;
                    case "accentColour":
                        accent = value!.ToLowerInvariant();
                        break;
                    default:
                        bag.Report.InvalidBranding(nameSpan, $"'{DisplayText.OneLine(name)}' is not a branding setting.");
                        break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                bag.Report.InvalidBranding(Span(reader.TokenStartIndex, 0), "Only one JSON object may be in the file.");
            }

            return new Branding(organisation, logo, accent);
        }
        catch (JsonException e)
        {
            bag.Report.InvalidBranding(Span(Math.Min(reader.BytesConsumed, bytes.Length), 0), $"The branding file is not valid JSON: {DisplayText.OneLine(e.Message)}");
            return null;
        }
    }

    private static string Value(Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "\"" + reader.GetString() + "\"",
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => "a list or object",
    };

    // The type is read from the content, never from the name: PNG and JPEG only. SVG is refused, as
    // it can carry scripts and links.
    private static string? LogoDataUri(string path, string written, TextSpan span, DiagnosticBag bag)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                bag.Report.UnusableLogo(span, written, "there is no such file");
                return null;
            }

            if (info.Length > MaxLogoBytes)
            {
                bag.Report.UnusableLogo(span, written, $"it is {info.Length} bytes, more than 1 MB");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report.UnusableLogo(span, written, "it could not be read (" + DisplayText.OneLine(e.Message) + ")");
            return null;
        }

        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        var type = bytes.AsSpan().StartsWith(png) ? "image/png" : bytes.AsSpan().StartsWith(jpeg) ? "image/jpeg" : null;
        if (type is null)
        {
            bag.Report.UnusableLogo(span, written, "it is not a PNG or JPEG image (its first bytes say neither)");
            return null;
        }

        return $"data:{type};base64,{Convert.ToBase64String(bytes)}";
    }
}
