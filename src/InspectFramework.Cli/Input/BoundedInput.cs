using System;
using System.IO;
using InspectFramework.Tooling.Files;

namespace InspectFramework.Cli.Input;

/// <summary>
/// Reads an input named on the command line with its size limit enforced while reading, never taken
/// from the file's size on disk: a device (/dev/zero, /dev/urandom), a pipe or a file still growing
/// is read up to the limit and no further, in bounded memory and time. <c>-</c> is standard input.
/// </summary>
internal static class BoundedInput
{
    public const string StandardInput = "-";

    public static Stream Open(string path) => path == StandardInput
        ? Console.OpenStandardInput()
        : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);

    /// <summary>At most <paramref name="limit"/> + 1 bytes of the input: a longer result means the input
    /// is larger than the limit (and was not read to its end).</summary>
    public static byte[] Read(Stream stream, long limit) => BoundedRead.Read(stream, limit);
}
