using System;
using System.IO;

namespace InspectFramework.Tooling.Files;

/// <summary>
/// Reads with a size limit enforced while reading, never taken from the file's size on disk: a device
/// (/dev/zero, /dev/urandom), a pipe or a file still growing is read up to the limit and no further, in
/// bounded memory and time.
/// </summary>
public static class BoundedRead
{
    /// <summary>At most <paramref name="limit"/> + 1 bytes of the stream: a longer result means the input
    /// is larger than the limit (and was not read to its end).</summary>
    public static byte[] Read(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (buffer.Length <= limit)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary><see cref="Read(Stream, long)"/> of the file at <paramref name="path"/>.</summary>
    public static byte[] File(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        return Read(stream, limit);
    }
}
