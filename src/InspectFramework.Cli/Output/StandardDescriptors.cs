using System;
using System.IO;
using System.Runtime.InteropServices;

namespace InspectFramework.Cli.Output;

/// <summary>
/// Standard input, output and error when the process starts with some of them closed
/// (`inspect fmt --write f.inspect >&-`). Unix gives a new file the lowest free descriptor, so a
/// file the tool opens could become descriptor 1 or 2, and text meant for standard output or an
/// error message would be written into the user's file. Checked once at start-up, before any
/// command opens a file:
/// - each free descriptor 0-2 is held by /dev/null, opened for writing only, for the life of the
///   process, as BSD's C library and many Unix tools do: no file can take it, and reading it fails
///   as reading a closed one would;
/// - standard output and error count as open only when descriptor 1 or 2 is open for writing and
///   is not the runtime's own. The runtime opens files and pipes of its own before Main: with
///   descriptor 1 or 2 closed, the JIT build's first pipe takes it, so "open" is not enough (with
///   descriptor 2 closed, the first error message aborted the process: exit 134).
/// Standard output keeps its meaning of "closed": a command that writes text to it still says so
/// and exits 6 (<see cref="StandardOutput"/>), rather than writing nowhere and exiting 0; one that
/// writes only files (fmt --write, docs -o) works, as scripts and cron jobs run it. Refusing to start
/// would break those for nothing. Messages for a closed standard error are dropped: closing it asks
/// for that, and the exit code still tells.
/// </summary>
internal static class StandardDescriptors
{
    private const int GetStatusFlags = 3; // F_GETFL (Linux and macOS)
    private const int AccessModeMask = 3; // O_ACCMODE
    private const int ReadOnly = 0;       // O_RDONLY

    /// <summary>Holds the free descriptors 0-2 (see above) and says whether standard output and
    /// standard error can be written.</summary>
    public static (bool Output, bool Error) Secure()
    {
        // Windows has no descriptors 0-2 to reuse; its console streams report a missing handle.
        if (OperatingSystem.IsWindows())
        {
            return (true, true);
        }

        // Asked before holding: a closed descriptor held with /dev/null is writable, and would pass
        // for an open one (the Native AOT build, whose runtime takes no descriptor before Main).
        var open = (IsOpenForWriting(1), IsOpenForWriting(2));
        HoldFree();
        return open;
    }

    private static void HoldFree()
    {
        while (true)
        {
            Microsoft.Win32.SafeHandles.SafeFileHandle handle;
            try
            {
                handle = File.OpenHandle("/dev/null", FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return; // no /dev/null: nothing to hold them with, and nothing better to do
            }

            if (handle.DangerousGetHandle().ToInt64() > 2)
            {
                handle.Dispose();
                return;
            }

            // Kept open until the process ends: the handle never closes it, not even when collected.
            handle.SetHandleAsInvalid();
        }
    }

    private static bool IsOpenForWriting(int descriptor)
    {
        var flags = fcntl(descriptor, GetStatusFlags);
        return flags != -1 && (flags & AccessModeMask) != ReadOnly && !IsOwnPipe(descriptor);
    }

    // With descriptors 0 and 1 both closed, the JIT build's runtime makes a pipe for itself on them
    // (read end 0, write end 1) before Main: writing "standard output" there would write into the
    // runtime's own pipe. A pipe whose read end this process also holds was not given to it as its
    // output (`2>&1 | tee` gives 1 and 2 the same write end, and is not mistaken). Linux shows it in
    // /proc; elsewhere the check is skipped.
    private static bool IsOwnPipe(int descriptor)
    {
        try
        {
            var pipe = new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget;
            if (pipe is null || !pipe.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var entry in new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos())
            {
                if (int.TryParse(entry.Name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var other)
                    && other != descriptor && entry.LinkTarget == pipe && (fcntl(other, GetStatusFlags) & AccessModeMask) == ReadOnly)
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No /proc (not Linux): taken as given to the process.
        }

        return false;
    }

    // Native AOT binds it directly (DirectPInvoke in the project); the JIT's loader maps "libc" to the
    // C library itself.
    [DllImport("libc", ExactSpelling = true)]
    private static extern int fcntl(int descriptor, int command);
}
