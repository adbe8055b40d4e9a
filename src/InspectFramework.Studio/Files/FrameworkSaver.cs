using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Formatting;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Files;
using Microsoft.AspNetCore.Http;

namespace InspectFramework.Studio.Files;

/// <summary>What a save did: written (<see cref="Hash"/> and <see cref="Text"/> of the file now), a
/// conflict (the file changed on disk since it was opened: <see cref="DiskHash"/>, <see cref="DiskText"/>),
/// or refused (<see cref="Status"/>, <see cref="Error"/>).</summary>
internal sealed record SaveOutcome(int Status, string? Hash = null, string? Text = null, string? DiskHash = null, string? DiskText = null, string? Error = null);

/// <summary>
/// Saves an editor's text into a framework file of the folder: only <c>.inspect</c> files, only when the
/// file on disk is still the one the editor opened (its SHA-256), atomically (<see cref="AtomicFile"/>:
/// a temporary file beside it, renamed over it). With format, the text is written exactly as
/// <c>inspect fmt</c> writes it (UTF-8 without a byte-order mark), and refused if it has syntax errors;
/// without, a byte-order mark the file had is kept.
/// </summary>
internal sealed class FrameworkSaver
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StudioFolder _folder;

    // One save at a time, so that two pages saving one file cannot both pass the hash check.
    private readonly Lock _saving = new();

    public FrameworkSaver(StudioFolder folder) => _folder = folder;

    /// <summary>Lowercase hex SHA-256 of a file's bytes: what a page hands back to say which version it edited.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <param name="baseHash">The hash of the file as the editor opened it; empty for a new file.</param>
    public SaveOutcome Save(string? relative, string text, string baseHash, bool format)
    {
        var path = _folder.Resolve(relative);
        if (path.IsRefused)
        {
            return new SaveOutcome(path.Status, Error: path.Error);
        }

        if (!path.Relative.EndsWith(FrameworkCompilation.FileExtension, StringComparison.Ordinal))
        {
            return new SaveOutcome(StatusCodes.Status403Forbidden, Error: $"'{path.Relative}' is not a framework file: the studio writes only {FrameworkCompilation.FileExtension} files.");
        }

        if (format)
        {
            var formatted = FrameworkFormatter.Format(FrameworkCompilation.FromText(new SourceText(path.Relative, text)));
            if (formatted.Text is null)
            {
                return new SaveOutcome(
                    StatusCodes.Status400BadRequest,
                    Error: $"Not saved: formatting needs a text without syntax errors, and it has {formatted.Errors.Length} ({formatted.Errors[0].ToCanonicalString()}). Correct them, or save without formatting.");
            }

            text = formatted.Text;
        }

        lock (_saving)
        {
            var full = path.FullPath!;
            byte[]? current = null;
            if (File.Exists(full))
            {
                current = StudioFolder.ReadAtMost(full, FrameworkCompilation.MaxFileBytes);
                if (current is null)
                {
                    return new SaveOutcome(StatusCodes.Status400BadRequest, Error: $"'{path.Relative}' on disk is larger than a framework file may be; it was not replaced.");
                }
            }
            else if (Directory.Exists(full))
            {
                return new SaveOutcome(StatusCodes.Status400BadRequest, Error: $"'{path.Relative}' is a folder.");
            }
            else if (!Directory.Exists(Path.GetDirectoryName(full)))
            {
                return new SaveOutcome(StatusCodes.Status400BadRequest, Error: $"The folder of '{path.Relative}' does not exist; the studio creates no folders.");
            }

            var diskHash = current is null ? string.Empty : Hash(current);
            if (!string.Equals(diskHash, baseHash, StringComparison.Ordinal))
            {
                var diskText = current is null ? string.Empty : StudioFolder.Decode(current, out _) ?? Encoding.UTF8.GetString(current);
                return new SaveOutcome(StatusCodes.Status409Conflict, DiskHash: diskHash, DiskText: diskText);
            }

            var keepMark = !format && current is not null && current.AsSpan().StartsWith(Encoding.UTF8.Preamble);
            var bytes = keepMark ? [.. Encoding.UTF8.Preamble, .. Utf8.GetBytes(text)] : Utf8.GetBytes(text);
            try
            {
                AtomicFile.WriteBytes(full, path.Relative, bytes);
            }
            catch (OutputWriteException e)
            {
                return new SaveOutcome(StatusCodes.Status500InternalServerError, Error: $"Not saved: {e.Message}.");
            }

            return new SaveOutcome(StatusCodes.Status200OK, Hash: Hash(bytes), Text: text);
        }
    }
}
