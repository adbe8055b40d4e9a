using System;
using System.IO;

namespace InspectFramework.Tooling.Files;

/// <summary>An output (a file given with --out, standard output, a file saved by the studio) could not
/// be written: a full disk, a read-only folder, a closed pipe. The CLI turns it into one line on stderr
/// and exit code 6, the studio into an answer saying so; never an internal error.</summary>
public sealed class OutputWriteException : IOException
{
    public OutputWriteException(string target, Exception cause)
        : base($"cannot write {target}: {cause.Message.TrimEnd('.')}", cause)
    {
    }
}
