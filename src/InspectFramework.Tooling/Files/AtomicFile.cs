using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace InspectFramework.Tooling.Files;

/// <summary>
/// The one way the commands write files: each file is written in full to a temporary file beside it,
/// flushed to disk, then renamed over the target. A full disk, a signal or a concurrent run leaves the
/// old file or the new one, never a mix, and never loses the old file. Text is UTF-8 without a
/// byte-order mark. Failures are <see cref="OutputWriteException"/>s naming the path as shown. A target
/// reached through a symbolic link is replaced where the link points (the link stays), and keeps its
/// permissions. A device, a pipe or an empty file is written in place instead (nothing to lose, and a
/// device must not be replaced by a file).
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(string path, string shownPath, string text) => WriteBytes(path, shownPath, Utf8.GetBytes(text));

    public static void WriteBytes(string path, string shownPath, byte[] bytes) => WriteAll(new[] { (path, shownPath, bytes) });

    /// <summary>Writes every file to its temporary first and renames them only when all are on disk,
    /// so a failure to write any of them (a full disk) leaves every target as it was.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, string ShownPath, byte[] Bytes)> files)
    {
        var temporaries = new List<string>(files.Count);
        try
        {
            var renames = new List<(string Temporary, string Target, string Shown)>(files.Count);
            foreach (var (path, shown, bytes) in files)
            {
                var target = RealPath.Of(path) ?? throw new OutputWriteException(shown, new IOException("its symbolic links form a loop"));
                if (IsEmptyOrDevice(target))
                {
                    // Never renamed over: a device (/dev/null, /dev/stdout) or a pipe must stay what it
                    // is, and an empty file has nothing to lose. Written in place.
                    Try(shown, () =>
                    {
                        using var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
                        stream.Write(bytes, 0, bytes.Length);
                        stream.Flush();
                    });
                    continue;
                }

                var temporary = Temporary(target);
                renames.Add((temporary, target, shown));
                temporaries.Add(temporary);
                Try(shown, () =>
                {
                    using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                    {
                        stream.Write(bytes, 0, bytes.Length);
                        stream.Flush(flushToDisk: true);
                    }

                    if (!OperatingSystem.IsWindows() && File.Exists(target))
                    {
                        File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
                    }
                });
            }

            foreach (var (temporary, target, shown) in renames)
            {
                Try(shown, () => File.Move(temporary, target, overwrite: true));
            }
        }
        finally
        {
            foreach (var temporary in temporaries)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The write has already failed and says so; a stray temporary is the lesser harm.
                }
            }
        }
    }

    // Devices and pipes have no size (st_size 0), like an empty file; a regular file with content has one.
    private static bool IsEmptyOrDevice(string target)
    {
        var info = new FileInfo(target);
        return info.Exists && info.Length == 0;
    }

    // Hidden, unique per run, in the target's folder (a rename is atomic only within one file system).
    private static string Temporary(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
    }

    private static void Try(string shownPath, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputWriteException(shownPath, e);
        }
    }
}
