using System;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace InspectFramework.Cli.Output;

/// <summary>
/// Standard output for the process, opened as a plain file on descriptor 1 rather than taken from
/// <see cref="Console.Out"/>. .NET's console stream treats a write to a closed pipe (EPIPE) as a
/// success, so `inspect docs f | head -1` lost the rest of the document and exited 0; and with
/// descriptor 1 closed, Console.Out throws while it is created (an internal error, or an abort in
/// the native build). Here both are write failures like a full disk: <see cref="CheckedWriter"/>
/// turns them into one line and exit 6, and only when the command writes to standard output.
/// When descriptor 1 is a regular file, the console stream is used after all: a FileStream keeps a
/// position of its own and writes there (pwrite), so `{ echo a; inspect ...; echo b; } > f` would
/// lose output to the writes around it; the console stream writes at the shared offset, and a
/// regular file has no broken pipe to miss (a full disk still fails the write).
/// </summary>
internal static class StandardOutput
{
    /// <param name="open">False when descriptor 1 was not open for writing at start-up
    /// (<see cref="StandardDescriptors"/>): it is never written then.</param>
    public static TextWriter Open(bool open)
    {
        if (!open)
        {
            return new ClosedWriter();
        }

        Stream stream;
        try
        {
            // Windows has no descriptor 1; its console stream reports broken pipes itself.
            stream = OperatingSystem.IsWindows()
                ? Console.OpenStandardOutput()
                : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (stream.CanSeek)
            {
                stream.Dispose();
                stream = Console.OpenStandardOutput();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new ClosedWriter();
        }

        // Flushed at every write, as Console.Out is, so that output and the problems and progress on
        // standard error appear in the order they happen.
        return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
    }

    // Descriptor 1 is closed: every write fails, as it would on a closed pipe.
    private sealed class ClosedWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw Closed();

        public override void Write(string? value) => throw Closed();

        public override void Write(char[] buffer, int index, int count) => throw Closed();

        public override void Flush()
        {
        }

        private static IOException Closed() => new("it is closed");
    }
}
