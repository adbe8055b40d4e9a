using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InspectFramework.Tooling.Files;

/// <summary>
/// The path of a file or folder with every symbolic link resolved, in its folders too (as realpath(3)
/// gives it), so that two spellings of one file compare equal: a file is read once however it is
/// reached, an output that is one of the inputs is recognised, a folder walk knows a loop, and a case
/// file named by inspection data is known to stay inside the data's folder.
/// </summary>
public static class RealPath
{
    // As Linux's limit on links followed in one lookup: a longer chain is a loop.
    private const int MaxLinks = 40;

    /// <summary>The resolved full path; a part that does not exist (an output not yet written) is kept
    /// as it is. Null when the links loop.</summary>
    public static string? Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string? Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var resolved = root;
        var parts = full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var candidate = Path.Combine(resolved, parts[i]);
            FileSystemInfo info = new FileInfo(candidate);
            string? target;
            try
            {
                target = info.LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                resolved = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // A relative target is relative to the link's folder; the target may hold links of its own.
            var next = Resolve(Path.GetFullPath(Path.Combine(resolved, target)), ref links);
            if (next is null)
            {
                return null;
            }

            resolved = next;
        }

        return resolved;
    }

    /// <summary>Whether the real path <paramref name="path"/> is inside the real path <paramref name="folder"/> (or below it).</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="output"/> is the same file as any of <paramref name="inputs"/>
    /// (all relative to <paramref name="workingDirectory"/>).</summary>
    public static bool IsOneOf(string output, IEnumerable<string> inputs, string workingDirectory)
    {
        var target = Of(Path.Combine(workingDirectory, output));
        return target is not null && inputs.Any(input => string.Equals(Of(Path.Combine(workingDirectory, input)), target, StringComparison.Ordinal));
    }
}
