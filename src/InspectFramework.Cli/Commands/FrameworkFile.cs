using System;
using System.IO;
using InspectFramework.Compiler;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// Reads a framework file for the compiler, which does no IO of its own: a file too large or unreadable
/// becomes a diagnostic about the file, like any other mistake.
/// </summary>
internal static class FrameworkFile
{
    /// <param name="path">Where to read the file.</param>
    /// <param name="displayPath">The path diagnostics show (what the user typed); <paramref name="path"/> when null.</param>
    public static FrameworkCompilation Compile(string path, string? displayPath = null)
    {
        displayPath ??= path;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > FrameworkCompilation.MaxFileBytes)
            {
                return FrameworkCompilation.TooLarge(displayPath, info.Length);
            }

            return FrameworkCompilation.FromBytes(displayPath, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return FrameworkCompilation.Unreadable(displayPath, e.Message.TrimEnd('.'));
        }
    }
}
