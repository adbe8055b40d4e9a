using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;
using InspectFramework.Studio.Security;
using InspectFramework.Tooling.Files;
using Microsoft.AspNetCore.Http;

namespace InspectFramework.Studio.Files;

/// <summary>
/// The folder <c>inspect serve</c> serves, and the only place it reads or writes. A path from a request
/// is relative, with '/', and names no hidden file or folder; it must stay inside the folder by real
/// path, so neither <c>..</c>, an absolute path nor a symbolic link leads out. Listings do not follow
/// symbolic links at all.
/// </summary>
internal sealed class StudioFolder
{
    /// <summary>The marker of an inspection data file (docs/case-data.md), looked for near its start.</summary>
    private static readonly byte[] CaseDataFormat = "\"inspect-inspection-data/"u8.ToArray();

    private const int CaseDataSniffBytes = 4096;

    public StudioFolder(string root)
    {
        Root = RealPath.Of(root) ?? Path.GetFullPath(root);
    }

    /// <summary>The folder's real path.</summary>
    public string Root { get; }

    /// <summary>Where a request's relative path is, or why it is refused.</summary>
    public FolderPath Resolve(string? relative)
    {
        relative ??= string.Empty;
        var shown = DisplayText.OneLine(relative);
        if (relative.Length == 0)
        {
            return FolderPath.Refused(shown, StatusCodes.Status400BadRequest, "Name a file by its path relative to the studio's folder.");
        }

        if (relative.StartsWith('/') || relative.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(relative) || (relative.Length >= 2 && relative[1] == ':'))
        {
            return FolderPath.Refused(shown, StatusCodes.Status403Forbidden, $"'{shown}' is not a path relative to the studio's folder; only files inside it are served.");
        }

        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                return FolderPath.Refused(shown, StatusCodes.Status403Forbidden, $"'{shown}' leads outside the studio's folder ('..'); only files inside it are served.");
            }

            if (part.Length == 0 || part == "." || part.Any(char.IsControl))
            {
                return FolderPath.Refused(shown, StatusCodes.Status400BadRequest, $"'{shown}' is not a file path: write it as folder/file.inspect.");
            }

            if (part.StartsWith('.'))
            {
                return FolderPath.Refused(shown, StatusCodes.Status403Forbidden, $"'{shown}' is hidden (a name starting with '.'); hidden files and folders are not served.");
            }
        }

        var full = Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
        if (RealPath.Of(full) is not { } real || !RealPath.IsInside(real, Root))
        {
            return FolderPath.Refused(shown, StatusCodes.Status403Forbidden, $"'{shown}' leads outside the studio's folder (a symbolic link); only files inside it are served.");
        }

        return new FolderPath(real, relative, StatusCodes.Status200OK, null);
    }

    /// <summary>The folder's framework files and inspection data files, by relative path with '/',
    /// sorted ordinally; hidden entries and symbolic links are skipped.</summary>
    public FolderListing List()
    {
        var files = new List<string>();
        var caseFiles = new List<string>();
        var truncated = false;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            MatchType = MatchType.Simple,
        };
        foreach (var path in Directory.EnumerateFiles(Root, "*", options))
        {
            var name = Path.GetFileName(path);
            var isFramework = name.EndsWith(FrameworkCompilation.FileExtension, StringComparison.Ordinal);
            if (!isFramework && !(name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && IsCaseData(path)))
            {
                continue;
            }

            if (files.Count + caseFiles.Count == StudioLimits.MaxListedFiles)
            {
                truncated = true;
                break;
            }

            (isFramework ? files : caseFiles).Add(Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'));
        }

        files.Sort(StringComparer.Ordinal);
        caseFiles.Sort(StringComparer.Ordinal);
        return new FolderListing(files, caseFiles, truncated);
    }

    // An inspection data file names its format at its start; a JSON file that does not is something else.
    private static bool IsCaseData(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            var start = new byte[CaseDataSniffBytes];
            var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            return start.AsSpan(0, read).IndexOf(CaseDataFormat) >= 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A file's bytes, at most <paramref name="limit"/>; null when it is larger.</summary>
    public static byte[]? ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        if (stream.Length > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.Length > limit ? null : buffer.ToArray();
    }

    /// <summary>A framework file's text as the editor shows it: UTF-8, its byte-order mark (if any)
    /// not part of the text; null when the bytes are not UTF-8.</summary>
    public static string? Decode(byte[] bytes, out bool hasByteOrderMark)
    {
        hasByteOrderMark = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var offset = hasByteOrderMark ? 3 : 0;
        return System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(offset)) ? Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset) : null;
    }
}

/// <summary>What <see cref="StudioFolder.List"/> found.</summary>
internal sealed record FolderListing(IReadOnlyList<string> Files, IReadOnlyList<string> CaseFiles, bool Truncated);
