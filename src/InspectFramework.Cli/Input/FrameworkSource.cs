using System;
using System.IO;
using InspectFramework.Compiler;
using InspectFramework.Tooling.Files;

namespace InspectFramework.Cli.Input;

/// <summary>
/// Compiles a framework named on the command line: read here, by <see cref="BoundedInput"/> within
/// <see cref="FrameworkCompilation.MaxFileBytes"/>, so that a special file, a pipe or standard input
/// (<c>-</c>) is read like a file and nothing reads without a limit.
/// </summary>
/// <remarks>A named pipe that no program writes to blocks on opening, as it does for <c>cat</c>.</remarks>
internal static class FrameworkSource
{
    /// <summary>Compiles the framework with its warnings as the nearest <c>inspectconfig.json</c> sets
    /// them; the configuration file's own problems are reported with the framework's, so that a
    /// command stops at them as at the framework's errors.</summary>
    /// <param name="path">Where to read the file.</param>
    /// <param name="displayPath">The path as typed; <c>-</c> reads standard input.</param>
    /// <param name="workingDirectory">The folder relative paths are shown from.</param>
    public static FrameworkCompilation CompileConfigured(string path, string displayPath, string workingDirectory)
    {
        var compilation = Compile(path, displayPath);
        var found = ConfigurationFor(Configurations(workingDirectory), path, displayPath, workingDirectory);
        return found is null ? compilation : compilation.WithSeverities(found.SeveritiesFor(path), found.Diagnostics);
    }

    /// <summary>Where configuration files are found and how their paths are shown: relative to the
    /// working directory when under it, as the framework paths typed there are.</summary>
    public static ConfigurationFiles Configurations(string workingDirectory) =>
        new(displayPath: full =>
        {
            var relative = Path.GetRelativePath(workingDirectory, full);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        });

    /// <summary>The configuration for a framework named on the command line (standard input's is the
    /// working directory's).</summary>
    public static FoundConfiguration? ConfigurationFor(ConfigurationFiles configurations, string path, string displayPath, string workingDirectory) =>
        displayPath == BoundedInput.StandardInput
            ? configurations.For(workingDirectory, isFolder: true)
            : configurations.For(Path.GetFullPath(path, workingDirectory));

    /// <summary>Compiles the framework as the compiler reports it, with no configuration (<c>inspect fmt</c>,
    /// and <c>inspect check</c>, which reports each configuration file once).</summary>
    /// <param name="path">Where to read the file.</param>
    /// <param name="displayPath">The path as typed; <c>-</c> reads standard input; <paramref name="path"/> when null.</param>
    public static FrameworkCompilation Compile(string path, string? displayPath = null)
    {
        displayPath ??= path;
        byte[] bytes;
        try
        {
            using var stream = BoundedInput.Open(displayPath == BoundedInput.StandardInput ? BoundedInput.StandardInput : path);
            if (stream.CanSeek && stream.Length > FrameworkCompilation.MaxFileBytes)
            {
                // A file known to be too large is refused unread, with its size (devices report none).
                return FrameworkCompilation.TooLarge(displayPath, stream.Length);
            }

            bytes = BoundedInput.Read(stream, FrameworkCompilation.MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return FrameworkCompilation.Unreadable(displayPath, e.Message.TrimEnd('.'));
        }

        // More than the limit: FromBytes reports the file as too large (IF0008).
        return FrameworkCompilation.FromBytes(displayPath, bytes);
    }
}
