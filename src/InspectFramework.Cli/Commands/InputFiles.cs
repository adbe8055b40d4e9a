using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Tooling.Files;

namespace InspectFramework.Cli.Commands;

/// <summary>A framework file to check: where to read it, and the path to show (as the user typed it).</summary>
internal sealed record InputFile(string DisplayPath, string FullPath);

/// <summary>The files named on the command line, or why the command line cannot be used.</summary>
internal sealed record InputFileList(ImmutableArray<InputFile> Files, ImmutableArray<string> Problems);

/// <summary>
/// Turns the paths given on the command line into framework files. Folders are searched recursively
/// for <c>.inspect</c> files; paths stay as typed (relative stays relative) so diagnostics point
/// where the user looks. Files come out in ordinal order of their shown path, each file once.
/// </summary>
internal static class InputFiles
{
    // One folder at a time: the walk recurses itself, so that it can tell a folder it has seen.
    private static readonly EnumerationOptions FolderSearch = new()
    {
        // An unreadable subfolder should not hide every other framework in the tree.
        IgnoreInaccessible = true,
        MatchType = MatchType.Simple,
        // Editors on Windows and macOS may save "Framework.INSPECT"; the extension is not case-sensitive there.
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    public static InputFileList Resolve(IEnumerable<string> paths, string workingDirectory)
    {
        // Keyed by real path so that a file named directly and found in a folder is checked once.
        var byFullPath = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            var problem = Add(path, workingDirectory, byFullPath);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        var files = byFullPath.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToImmutableArray();
        return new InputFileList(files, problems.ToImmutable());
    }

    private static string? Add(string path, string workingDirectory, Dictionary<string, InputFile> byFullPath)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "an empty path was given";
        }

        if (path == BoundedInput.StandardInput)
        {
            AddFile(new InputFile(path, path), byFullPath);
            return null;
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(Path.Combine(workingDirectory, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"path '{path}' is not a valid path";
        }

        if (File.Exists(fullPath))
        {
            AddFile(new InputFile(path, fullPath), byFullPath);
            return null;
        }

        if (!Directory.Exists(fullPath))
        {
            return $"path '{path}' does not exist";
        }

        List<string> found;
        try
        {
            found = Walk(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"folder '{path}' could not be searched: {e.Message.TrimEnd('.')}";
        }

        if (found.Count == 0)
        {
            return $"folder '{path}' contains no {FrameworkCompilation.FileExtension} files";
        }

        foreach (var file in found)
        {
            AddFile(new InputFile(Path.Combine(path, Path.GetRelativePath(fullPath, file)), file), byFullPath);
        }

        return null;
    }

    // The .inspect files under a folder, each folder walked once by its real path: a folder reached
    // again through a symbolic link (a loop, or two links to one place) is not walked again.
    private static List<string> Walk(string root)
    {
        var found = new List<string>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (RealPath.Of(folder) is not { } real || !walked.Add(real))
            {
                continue;
            }

            found.AddRange(Directory.EnumerateFiles(folder, "*" + FrameworkCompilation.FileExtension, FolderSearch));
            foreach (var subfolder in Directory.EnumerateDirectories(folder, "*", FolderSearch))
            {
                pending.Push(subfolder);
            }
        }

        return found;
    }

    private static void AddFile(InputFile file, Dictionary<string, InputFile> byFullPath)
    {
        // Keyed by real path: the same file reached by two spellings or links shows once, under the
        // ordinally first spelling, whatever the argument order.
        var key = file.DisplayPath == BoundedInput.StandardInput ? file.DisplayPath : RealPath.Of(file.FullPath) ?? file.FullPath;
        if (!byFullPath.TryGetValue(key, out var existing) || string.CompareOrdinal(file.DisplayPath, existing.DisplayPath) < 0)
        {
            byFullPath[key] = file;
        }
    }
}
