using System;
using System.IO;
using InspectFramework.Compiler;

namespace InspectFramework.Cli.Input;

/// <summary>
/// Compiles a framework named on the command line: read here, by <see cref="BoundedInput"/> within
/// <see cref="FrameworkCompilation.MaxFileBytes"/>, so that a special file, a pipe or standard input
/// (<c>-</c>) is read like a file and nothing reads without a limit.
/// </summary>
/// <remarks>A named pipe that no program writes to blocks on opening, as it does for <c>cat</c>.</remarks>
internal static class FrameworkSource
{
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
