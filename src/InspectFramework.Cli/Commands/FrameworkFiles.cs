using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InspectFramework.Cli.Commands;

/// <summary>Expands the paths given on the command line: folders to their framework files, in ordinal order.</summary>
internal static class FrameworkFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*" + FrameworkCompilation.FileExtension, SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
